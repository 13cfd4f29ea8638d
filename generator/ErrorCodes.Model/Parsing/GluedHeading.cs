using ErrorCodes.Model.Diagnostics;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Finds a code heading typed at the end of a paragraph's last line, as in upstream's
    /// "Please try again later.## 16000055 Installation-Free Timeout": markdown sees text, the author meant a heading.
    /// </summary>
    internal static class GluedHeading
    {
        public static bool TryFind(ParagraphBlock paragraph, SpecText text, out string before, out string heading, out int level, out TextLocation location)
        {
            before = heading = string.Empty;
            level = 0;
            location = default!;
            var plain = PlainText.Of(paragraph);
            var index = FindMarker(plain);
            if (index < 0)
            {
                return false;
            }

            while (index + level < plain.Length && plain[index + level] == '#')
            {
                level++;
            }

            heading = plain.Substring(index + level).Trim();
            if (CodeHeading.TryParse(heading, out _, out _, out _) != CodeHeadingKind.Code)
            {
                return false;
            }

            before = plain.Substring(0, index).TrimEnd();

            // The same marker in the source, for the diagnostic's location.
            var start = paragraph.Span.Start;
            var sourceIndex = FindMarker(text.Normalized.Substring(start, paragraph.Span.Length));
            var end = paragraph.Span.End + 1;
            location = sourceIndex < 0 ? text.Locate(start, end) : text.Locate(start + sourceIndex, end);
            return true;
        }

        // The start of a run of one to six '#' and a space on the text's last line, glued to a character that is not
        // white space: at a line's start it would already be a heading.
        private static int FindMarker(string text)
        {
            var lineStart = text.LastIndexOf('\n') + 1;
            for (var i = lineStart + 1; i < text.Length; i++)
            {
                if (text[i] != '#' || text[i - 1] == '#' || char.IsWhiteSpace(text[i - 1]))
                {
                    continue;
                }

                var end = i;
                while (end < text.Length && text[end] == '#')
                {
                    end++;
                }

                if (end - i <= 6 && end < text.Length && text[end] == ' ')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
