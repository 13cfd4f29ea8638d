using System.Globalization;
using System.Text;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>
    /// Text from a document as a diagnostic message shows it. A document is untrusted input, and a build log or a
    /// terminal acts on some characters rather than showing them: control characters (ESC moves the cursor and can
    /// hide lines of a CI log), line breaks (which would start a line that looks like another diagnostic), bidi and
    /// other formatting characters (which reorder or hide text), and halves of surrogate pairs. Each is shown as
    /// <c>\uXXXX</c> instead.
    /// </summary>
    public static class Printable
    {
        /// <summary><paramref name="text"/> with every character that would act rather than show written as <c>\uXXXX</c>.</summary>
        public static string Escape(string text)
        {
            var first = FirstToEscape(text, 0);
            if (first < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            builder.Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (Acts(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        private static int FirstToEscape(string text, int start)
        {
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (Acts(c))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool Acts(char c)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            {
                return true;
            }

            if (c < 0x80)
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.Surrogate;
        }
    }
}
