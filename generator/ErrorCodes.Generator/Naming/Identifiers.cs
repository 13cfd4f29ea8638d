using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Generator.Naming
{
    /// <summary>Names for generated types and members, derived from spec file names and English messages.</summary>
    internal static class Identifiers
    {
        // Names past this stop at a word boundary: a whole sentence is no name, and metadata caps names at 511 bytes.
        public const int MaxMemberNameLength = 64;

        // Metadata holds a type's name in at most 1023 bytes of UTF-8; 128 UTF-16 characters stay under that.
        public const int MaxIdentifierLength = 128;

        /// <summary>
        /// The PascalCase name of a message's first sentence, from its ASCII letters and digits:
        /// <c>Operation not permitted.</c> gives <c>OperationNotPermitted</c>, <c>SSL is null.</c> gives <c>SslIsNull</c>.
        /// Null when the sentence has no such words. A name that would start with a digit starts with '_'.
        /// </summary>
        public static string? FromMessage(string message)
        {
            var builder = new StringBuilder();
            foreach (var word in Words(FirstSentence(message)))
            {
                if (builder.Length != 0 && builder.Length + word.Length > MaxMemberNameLength)
                {
                    break;
                }

                builder.Append(char.ToUpperInvariant(word[0]));
                builder.Append(word.Substring(1).ToLowerInvariant());
            }

            if (builder.Length > MaxMemberNameLength)
            {
                builder.Length = MaxMemberNameLength;
            }

            if (builder.Length == 0)
            {
                return null;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary>The name of a code whose message gives none: <c>Code2301001</c>, <c>CodeMinus1</c>.</summary>
        public static string FromCode(int code) => "Code" + CodeSuffix(code);

        /// <summary>The code as it can stand in an identifier: <c>2301001</c>, <c>Minus1</c>.</summary>
        public static string CodeSuffix(int code) =>
            code < 0
                ? "Minus" + (-(long)code).ToString(CultureInfo.InvariantCulture)
                : code.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The catalog name of a spec file: its words in PascalCase without the word "errorcode":
        /// <c>errorcode-net-socket.md</c> gives <c>NetSocket</c>, <c>errorcode_linkEnhance.md</c> gives <c>LinkEnhance</c>.
        /// </summary>
        public static string FromFileName(string fileName)
        {
            var stem = fileName;
            var dot = stem.IndexOf('.');
            if (dot > 0)
            {
                stem = stem.Substring(0, dot);
            }

            var builder = new StringBuilder();
            foreach (var word in FileNameWords(stem))
            {
                var lower = word.ToLowerInvariant();
                if (lower == "errorcode" || lower == "errorcodes")
                {
                    continue;
                }

                builder.Append(char.ToUpperInvariant(word[0]));
                builder.Append(lower.Substring(1));
            }

            if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, "Spec");
            }

            return builder.ToString();
        }

        /// <summary>True for a name that C# accepts as a type or namespace part without '@', and that fits in metadata.</summary>
        public static bool IsValidIdentifier(string name) =>
            name.Length <= MaxIdentifierLength
            && SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.GlobalKeyword;

        public static bool IsValidNamespace(string name)
        {
            foreach (var part in name.Split('.'))
            {
                if (!IsValidIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        // Up to the first '.', '!', '?', ';' or ':' that ends a sentence: long upstream messages go on with
        // "Possible causes: 1. ...", which belongs in the message, not in a name.
        private static string FirstSentence(string message)
        {
            for (var i = 0; i < message.Length; i++)
            {
                var c = message[i];
                var endsSentence = c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '。' || c == '\n';
                if (endsSentence && (i + 1 == message.Length || !char.IsLetterOrDigit(message[i + 1])))
                {
                    return message.Substring(0, i);
                }
            }

            return message;
        }

        private static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsAsciiLetterOrDigit(c))
                {
                    word.Append(c);
                }
                else if ((c == '\'' || c == '’') && word.Length != 0 && i + 1 < text.Length && IsAsciiLetterOrDigit(text[i + 1]))
                {
                    // "Can't" is one word.
                }
                else if (word.Length != 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (word.Length != 0)
            {
                yield return word.ToString();
            }
        }

        private static IEnumerable<string> FileNameWords(string stem)
        {
            var word = new StringBuilder();
            for (var i = 0; i < stem.Length; i++)
            {
                var c = stem[i];
                if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
                {
                    if (word.Length != 0)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }

                    continue;
                }

                if (char.IsUpper(c) && word.Length != 0 && char.IsLower(word[word.Length - 1]))
                {
                    yield return word.ToString();
                    word.Clear();
                }

                word.Append(c);
            }

            if (word.Length != 0)
            {
                yield return word.ToString();
            }
        }

        /// <summary>True when the text has a CJK ideograph, which is how a label or header tells a Chinese document.</summary>
        public static bool ContainsCjk(string text)
        {
            foreach (var c in text)
            {
                if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
