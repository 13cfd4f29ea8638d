using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Model.Naming
{
    /// <summary>
    /// The C# rules for names, as the compiler applies them (identifier characters by Unicode category, reserved
    /// keywords), so that a name this library chooses or accepts always compiles, without a reference to the compiler.
    /// </summary>
    public static class CSharpIdentifiers
    {
        /// <summary>Metadata holds a type's name in at most 1023 bytes of UTF-8; 128 UTF-16 characters stay under that.</summary>
        public const int MaxLength = 128;

        // The reserved keywords, and the undocumented ones the compiler also reserves; contextual keywords are names.
        private static readonly HashSet<string> s_keywords = new HashSet<string>
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
            "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
            "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",
        };

        /// <summary>
        /// True for a name C# accepts as a type, member or namespace part without '@', that fits in metadata and means
        /// what it shows: identifier characters, no reserved keyword, not <c>global</c> (which would read as the global
        /// alias), not <c>value__</c> (the field every enum has), and no formatting character such as a soft hyphen or a
        /// zero-width space, which C# allows but ignores when it compares names: invisible, and the same name as the
        /// one without it.
        /// </summary>
        public static bool IsValid(string name) =>
            name.Length != 0
            && name.Length <= MaxLength
            && IsIdentifier(name)
            && !HasFormatCharacter(name)
            && !s_keywords.Contains(name)
            && name != "global"
            && name != "value__";

        /// <summary>True when <paramref name="name"/> holds a formatting character (Unicode category Cf).</summary>
        public static bool HasFormatCharacter(string name)
        {
            foreach (var c in name)
            {
                if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True for a dotted name whose every part <see cref="IsValid"/>.</summary>
        public static bool IsValidNamespace(string name)
        {
            foreach (var part in name.Split('.'))
            {
                if (!IsValid(part))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A letter (of any script), a letter number, or '_'.</summary>
        public static bool IsStartCharacter(char c)
        {
            if (c < 0x80)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            }

            return IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));
        }

        /// <summary>A start character, a decimal digit, a connector, a combining mark or a format character.</summary>
        public static bool IsPartCharacter(char c)
        {
            if (c < 0x80)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return IsLetter(category)
                || category == UnicodeCategory.DecimalDigitNumber
                || category == UnicodeCategory.ConnectorPunctuation
                || category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark
                || category == UnicodeCategory.Format;
        }

        private static bool IsIdentifier(string name)
        {
            if (!IsStartCharacter(name[0]))
            {
                return false;
            }

            for (var i = 1; i < name.Length; i++)
            {
                if (!IsPartCharacter(name[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLetter(UnicodeCategory category) =>
            category == UnicodeCategory.UppercaseLetter
            || category == UnicodeCategory.LowercaseLetter
            || category == UnicodeCategory.TitlecaseLetter
            || category == UnicodeCategory.ModifierLetter
            || category == UnicodeCategory.OtherLetter
            || category == UnicodeCategory.LetterNumber;
    }
}
