using System.Collections.Generic;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>A part of a paragraph: the text under a label, or text before any label (<see cref="Label"/> null).</summary>
    internal readonly struct LabelSegment
    {
        public LabelSegment(string? label, string text)
        {
            Label = label;
            Text = text;
        }

        public string? Label { get; }

        public string Text { get; }
    }

    /// <summary>
    /// Finds the bold section labels of a paragraph, such as <c>**错误信息**</c> or <c>**Error Message**:</c>: at its start,
    /// and at the start of a later line, where a document that leaves out the blank line after a section's text puts
    /// the next label (<c>Failed to create dump file.</c> then <c>**错误描述**</c>).
    /// </summary>
    internal static class LabelParagraph
    {
        private static readonly char[] s_afterLabel = { ':', '：', ' ', '\t', '\n' };

        /// <summary>
        /// The paragraph's segments, in order. Bold text alone on the paragraph's first line (colons aside) is a label,
        /// known or not; on a later line, or followed by more text on its line, bold text is a label only when it names
        /// a field, so that bold words in prose stay prose.
        /// </summary>
        public static List<LabelSegment> Split(ParagraphBlock paragraph)
        {
            var segments = new List<LabelSegment>();
            var lineStart = paragraph.Inline?.FirstChild;
            Inline? segmentStart = lineStart;
            string? segmentLabel = null;
            var first = true;
            while (lineStart != null)
            {
                var lineEnd = NextLineBreak(lineStart);
                if (TryReadLabel(lineStart, lineEnd, first, out var label, out var afterLabel))
                {
                    if (segmentLabel != null || segmentStart != lineStart)
                    {
                        segments.Add(Segment(segmentLabel, segmentStart, lineStart));
                    }

                    segmentLabel = label;
                    segmentStart = afterLabel;
                }

                first = false;
                lineStart = lineEnd?.NextSibling;
            }

            segments.Add(Segment(segmentLabel, segmentStart, null));
            return segments;
        }

        private static LabelSegment Segment(string? label, Inline? start, Inline? end)
        {
            var text = PlainText.OfSiblings(start, end);
            return new LabelSegment(label, label == null ? text : text.TrimStart(s_afterLabel));
        }

        // A line that starts with bold text is a label when the bold text names a field, or, on the paragraph's first
        // line, when nothing but colons follows it there.
        private static bool TryReadLabel(Inline lineStart, Inline? lineEnd, bool firstLine, out string label, out Inline? afterLabel)
        {
            label = string.Empty;
            afterLabel = null;
            var inline = lineStart;
            while (inline != lineEnd && inline is LiteralInline blank && blank.Content.ToString().Trim().Length == 0)
            {
                inline = inline.NextSibling;
            }

            if (inline == lineEnd || inline is not EmphasisInline { DelimiterCount: 2 } strong)
            {
                return false;
            }

            label = PlainText.Of(strong);
            afterLabel = strong.NextSibling;
            if (label.Length == 0)
            {
                return false;
            }

            var sameLine = PlainText.OfSiblings(strong.NextSibling, lineEnd).TrimStart(s_afterLabel);
            var known = SectionLabels.Find(label) != SectionKind.None;
            return known || (firstLine && sameLine.Length == 0);
        }

        private static Inline? NextLineBreak(Inline start)
        {
            var inline = start;
            while (inline != null && inline is not LineBreakInline)
            {
                inline = inline.NextSibling;
            }

            return inline;
        }
    }
}
