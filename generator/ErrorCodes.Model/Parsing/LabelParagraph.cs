using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>Recognises a paragraph that is a bold section label, such as <c>**错误信息**</c> or <c>**Error Message**:</c>.</summary>
    internal static class LabelParagraph
    {
        /// <summary>
        /// True when the paragraph starts with bold text followed by nothing but colons up to its end or a line
        /// break; <paramref name="rest"/> is the text after that line break. Bold text followed by more text on
        /// its line is a label only when it is a known one (<c>**Error Message:** Some text.</c>).
        /// </summary>
        public static bool TryRead(ParagraphBlock paragraph, out string label, out string rest)
        {
            label = string.Empty;
            rest = string.Empty;
            var first = paragraph.Inline?.FirstChild;
            while (first is LiteralInline blank && IsBlank(blank.Content.ToString()))
            {
                first = first.NextSibling;
            }

            if (first is not EmphasisInline { DelimiterCount: 2 } strong)
            {
                return false;
            }

            label = PlainText.Of(strong);
            if (label.Length == 0)
            {
                return false;
            }

            var lineBreak = strong.NextSibling;
            while (lineBreak != null && lineBreak is not LineBreakInline)
            {
                lineBreak = lineBreak.NextSibling;
            }

            var sameLine = PlainText.OfSiblings(strong.NextSibling, lineBreak).TrimStart(':', '：', ' ', '\t');
            var nextLines = lineBreak == null ? string.Empty : PlainText.OfSiblings(lineBreak.NextSibling);
            if (sameLine.Length == 0)
            {
                rest = nextLines;
                return true;
            }

            if (SectionLabels.Find(label) == SectionKind.None)
            {
                return false;
            }

            rest = nextLines.Length == 0 ? sameLine : sameLine + "\n" + nextLines;
            return true;
        }

        private static bool IsBlank(string text) => text.Trim().Length == 0;

    }
}
