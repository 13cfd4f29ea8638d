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
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    case '\0':
                        builder.Append("\\0");
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[i + 1]);
                            i++;
                        }
                        else if (NeedsEscape(c))
                        {
                            AppendUnicodeEscape(builder, c);
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
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
                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    case '\n':
                    case '\r':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        lines.Add(builder.ToString());
                        builder.Clear();
                        if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                        {
                            i++;
                        }

                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[i + 1]);
                            i++;
                        }
                        else if (NeedsEscape(c) && c != '\t')
                        {
                            AppendUnicodeEscape(builder, c);
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            lines.Add(builder.ToString());
            return lines;
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
