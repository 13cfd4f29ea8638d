using System.Globalization;
using System.Text;

namespace ErrorCodes.Model.Parsing
{
    internal enum CodeHeadingKind
    {
        NotCode,
        Code,
        InvalidCode,
    }

    /// <summary>Reads a heading's leading integer code and its title.</summary>
    internal static class CodeHeading
    {
        public static CodeHeadingKind TryParse(string text, out int code, out string title, out string token)
        {
            code = 0;
            title = string.Empty;
            token = string.Empty;
            text = SkipFormatCharacters(text);
            var i = 0;
            var negative = i < text.Length && text[i] == '-';
            if (negative)
            {
                i++;
            }

            // Any decimal digits, as a Chinese input method in full-width mode types them (２３０１００２) or another
            // script writes them: the code they spell, which the caller reports when they are not 0-9.
            var digitsStart = i;
            var digits = new StringBuilder(negative ? "-" : string.Empty);
            while (i < text.Length && char.IsDigit(text[i]))
            {
                digits.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(text[i])));
                i++;
            }

            if (i == digitsStart || !EndsToken(text, i))
            {
                return CodeHeadingKind.NotCode;
            }

            token = text.Substring(0, i);
            if (!int.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code))
            {
                return CodeHeadingKind.InvalidCode;
            }

            title = text.Substring(i).TrimStart(' ', '\t', ':', '：', '-', '–', '—', '、').Trim();
            return CodeHeadingKind.Code;
        }

        /// <summary>
        /// True when <paramref name="line"/> is a markdown heading line of a code, such as <c>## 7600901 Unknown Error</c>;
        /// <paramref name="heading"/> is its text after the '#'s.
        /// </summary>
        public static bool TryReadHeadingLine(string line, out string heading)
        {
            heading = string.Empty;
            var text = line.TrimStart(' ');
            if (line.Length - text.Length > 3)
            {
                return false;
            }

            var level = 0;
            while (level < text.Length && text[level] == '#')
            {
                level++;
            }

            if (level == 0 || level > 6 || level == text.Length || (text[level] != ' ' && text[level] != '\t'))
            {
                return false;
            }

            heading = text.Substring(level).Trim().TrimEnd('#').Trim();
            return TryParse(heading, out _, out _, out _) == CodeHeadingKind.Code;
        }

        /// <summary>True when the heading's first word starts with a digit, as a code would, such as <c>23O1001</c>.</summary>
        public static bool StartsLikeACode(string text, out string token)
        {
            text = SkipFormatCharacters(text);
            var end = 0;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            token = text.Substring(0, end);
            var first = token.StartsWith("-", System.StringComparison.Ordinal) ? 1 : 0;
            return first < token.Length && char.IsDigit(token[first]);
        }

        /// <summary>True when a code's <paramref name="token"/> has digits other than 0-9, such as full-width ones.</summary>
        public static bool HasOtherDigits(string token)
        {
            foreach (var c in token)
            {
                if (char.IsDigit(c) && (c < '0' || c > '9'))
                {
                    return true;
                }
            }

            return false;
        }

        // Invisible characters such as a right-to-left mark before the digits must not hide a code.
        private static string SkipFormatCharacters(string text)
        {
            var start = 0;
            while (start < text.Length && char.GetUnicodeCategory(text[start]) == UnicodeCategory.Format)
            {
                start++;
            }

            return text.Substring(start);
        }

        // "5G", "3DES" and "802.11" start with digits but are words, not codes; a CJK title written
        // without a space ("2301001操作不允许") still is a code.
        private static bool EndsToken(string text, int index)
        {
            if (index >= text.Length)
            {
                return true;
            }

            var next = text[index];
            if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '_')
            {
                return false;
            }

            if ((next == '.' || next == ',' || next == '．' || next == '，') && index + 1 < text.Length && char.IsDigit(text[index + 1]))
            {
                return false;
            }

            return true;
        }
    }
}
