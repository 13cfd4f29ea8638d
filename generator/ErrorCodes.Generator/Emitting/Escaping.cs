using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorCodes.Generator.Emitting
{
    /// <summary>Spec text as C# string literals and XML doc text.</summary>
    internal static class Escaping
    {
        /// <summary>
        /// A regular string literal whose value is exactly <paramref name="value"/>. Characters that C# reads as
        /// line breaks, control characters and unpaired surrogates are written as escapes, so the literal stays on
        /// one line and the file stays valid UTF-8; everything else, Chinese included, stays readable.
        /// </summary>
        public static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var escape = LiteralEscape(value[i]);
                if (escape != null)
                {
                    builder.Append(escape);
                }
                else
                {
                    i = AppendCharacter(builder, value, i, keepTab: false);
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>A string[] creation expression, or an empty array.</summary>
        public static string StringArray(IReadOnlyList<string> items)
        {
            if (items.Count == 0)
            {
                return "new string[0]";
            }

            var builder = new StringBuilder("new string[] { ");
            for (var i = 0; i < items.Count; i++)
            {
                if (i != 0)
                {
                    builder.Append(", ");
                }

                builder.Append(Literal(items[i]));
            }

            return builder.Append(" }").ToString();
        }

        /// <summary>
        /// The lines of <paramref name="value"/> as XML doc text: markup characters escaped, characters that XML 1.0
        /// cannot hold shown as <c>\uXXXX</c>, and line breaks (including the ones only C# treats as such) splitting lines.
        /// </summary>
        public static List<string> XmlLines(string value)
        {
            var lines = new List<string>();
            var builder = new StringBuilder();
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (IsLineBreak(c))
                {
                    lines.Add(builder.ToString());
                    builder.Clear();
                    if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else if (XmlEntity(c) is { } entity)
                {
                    builder.Append(entity);
                }
                else
                {
                    i = AppendCharacter(builder, value, i, keepTab: true);
                }
            }

            lines.Add(builder.ToString());
            return lines;
        }

        /// <summary>The text on one line, for a comment: a line break in it would end the comment.</summary>
        public static string SingleLine(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (IsLineBreak(chars[i]))
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }

        private static string? LiteralEscape(char c) => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\0' => "\\0",
            _ => null,
        };

        private static string? XmlEntity(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            _ => null,
        };

        // The characters C# reads as line breaks, which a doc comment line must not hold.
        private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        // A surrogate pair as it is, a character that must not appear raw as \uXXXX, any other as it is; returns the
        // index of the last character taken.
        private static int AppendCharacter(StringBuilder builder, string value, int index, bool keepTab)
        {
            var c = value[index];
            if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                builder.Append(c).Append(value[index + 1]);
                return index + 1;
            }

            if (NeedsEscape(c) && !(keepTab && c == '\t'))
            {
                AppendUnicodeEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }

            return index;
        }

        // Control characters, line and paragraph separators, unpaired surrogates, non-characters, and format
        // characters (bidi overrides, zero-width spaces): escaped, so that generated code reads as what it is.
        private static bool NeedsEscape(char c) =>
            c < ' ' || c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || c == '\u2028' || c == '\u2029'
            || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

        private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }
}
