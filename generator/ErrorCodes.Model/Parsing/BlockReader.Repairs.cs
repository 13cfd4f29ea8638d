using System.Collections.Generic;
using ErrorCodes.Model.Diagnostics;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    // The layouts upstream writes that markdown reads otherwise: a label or a heading typed onto the line before, a note
    // quoted inside a field, a heading that does not start with its code. Each is read as its writer meant, and said.
    internal sealed partial class BlockReader
    {
        // A label typed on the line after a list item's text ("1. 磁盘已满。" then "**处理步骤**") is, to markdown, more of
        // the item: the item ends where the label starts, and the label opens its section.
        private bool TryReadListEndingInALabel(ListBlock list)
        {
            if (list.LastChild is not ListItemBlock last || last.LastChild is not ParagraphBlock paragraph)
            {
                return false;
            }

            var segments = LabelParagraph.Split(paragraph);
            if (segments.Count < 2 || segments[0].Label != null)
            {
                return false;
            }

            if (_section == SectionKind.None)
            {
                BeginUntitledSection(list);
            }

            foreach (var block in list)
            {
                if (block is ListItemBlock item)
                {
                    Piece.AddItem(_pieces, item == last ? ItemTextBefore(item, paragraph, segments[0].Text) : PlainText.Of(item));
                }
            }

            for (var i = 1; i < segments.Count; i++)
            {
                if (segments[i].Label != null)
                {
                    ReadLabel(paragraph, segments[i].Label!, segments[i].Text);
                }
                else
                {
                    ReadText(paragraph, segments[i].Text);
                }
            }

            return true;
        }

        // A heading typed at the end of a list's last item ("2. Confirm whether the input type exists.## 17700026 …", as
        // upstream has it) is, to markdown, more of the item: the item ends where the heading starts.
        private bool TryReadListEndingInAGluedHeading(ListBlock list)
        {
            if (list.LastChild is not ListItemBlock last
                || last.LastChild is not ParagraphBlock paragraph
                || !GluedHeading.TryFind(paragraph, _text, out var before, out var headingText, out var level, out var location))
            {
                return false;
            }

            if (_section == SectionKind.None)
            {
                BeginUntitledSection(list);
            }

            foreach (var block in list)
            {
                if (block is ListItemBlock item)
                {
                    Piece.AddItem(_pieces, item == last ? ItemTextBefore(item, paragraph, before) : PlainText.Of(item));
                }
            }

            StartGluedCode(headingText, level, location);
            return true;
        }

        // An editor's note quoted inside a section ("> **说明**：错误信息请以接口实际返回内容为准。", under upstream's hidebug
        // messages) is no part of the field it interrupts: it is kept as a section of the code under its own label, and
        // what follows it goes on with the field.
        private bool TryReadNoteQuote(QuoteBlock quote)
        {
            if (quote.Count == 0 || quote[0] is not ParagraphBlock first)
            {
                return false;
            }

            var segments = LabelParagraph.Split(first);
            if (segments.Count == 0 || segments[0].Label is not string label || !SectionLabels.IsNote(label))
            {
                return false;
            }

            var parts = new List<string>();
            for (var i = 0; i < segments.Count; i++)
            {
                var text = i != 0 && segments[i].Label != null ? SectionLabels.Normalize(segments[i].Label!) + "：" + segments[i].Text : segments[i].Text;
                if (text.Length != 0)
                {
                    parts.Add(text);
                }
            }

            for (var i = 1; i < quote.Count; i++)
            {
                var text = PlainText.Of(quote[i]);
                if (text.Length != 0)
                {
                    parts.Add(text);
                }
            }

            var (section, sectionLabel) = (_section, _sectionLabel);
            EndSection();
            Fields!.Sections.Add(new CodeSection(SectionLabels.Normalize(label), string.Join("\n", parts)));
            (_section, _sectionLabel) = (section, sectionLabel);
            return true;
        }

        private static string ItemTextBefore(ListItemBlock item, ParagraphBlock paragraph, string paragraphText)
        {
            var parts = new List<string>();
            foreach (var block in item)
            {
                var text = block == paragraph ? paragraphText : PlainText.Of(block);
                if (text.Length != 0)
                {
                    parts.Add(text);
                }
            }

            return string.Join("\n", parts);
        }

        // A heading typed at the end of the previous line ("later.## 16000055 Installation-Free Timeout", as upstream
        // has it) is no heading to markdown; left alone, the code would vanish into the previous one.
        private void ReadGluedHeading(ParagraphBlock paragraph, string before, string headingText, int level, TextLocation location)
        {
            ReadText(paragraph, before);
            StartGluedCode(headingText, level, location);
        }

        private void StartGluedCode(string headingText, int level, TextLocation location)
        {
            _document.Diagnostics.Add(DiagnosticRules.GluedHeading, location, headingText);
            Finish();
            if (CodeHeading.TryParse(headingText, out var code, out var title, out var token) == CodeHeadingKind.Code)
            {
                ReportOtherDigits(token, code, location);
                _code = new CodeBuilder(code, title, location.StartLine, location, level) { InDelRegion = _inDelRegion };
                _document.Codes.Add(_code);
            }
        }

        private void ReportOtherDigits(string token, int code, TextLocation location)
        {
            if (CodeHeading.HasOtherDigits(token))
            {
                _document.Diagnostics.Add(DiagnosticRules.OtherDigits, location, token, code);
            }
        }

        // A field's label under a heading that is no code: the heading was meant to be a code's, but does not start with
        // it (upstream's English system-resource document: "## The system resource type of OceanStor 180002 is
        // incorrect."). Where the code is would be a guess: the text stays in the notes, and the build says so, once.
        private void ReportHeadingWithoutCode(string label)
        {
            if (_passageHeading is not { } heading || SectionLabels.Find(label, firstOfCode: true) == SectionKind.None)
            {
                return;
            }

            _passageHeading = null;
            var number = NumberIn(heading.Text);
            _document.Diagnostics.Add(DiagnosticRules.HeadingWithoutCode, heading.Location, heading.Text, SectionLabels.Normalize(label), number.Length != 0 ? "it holds " + number + " further on" : "it holds no number");
        }

        private static string NumberIn(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    var end = i;
                    while (end < text.Length && char.IsDigit(text[end]))
                    {
                        end++;
                    }

                    if (end - i >= 3)
                    {
                        return text.Substring(i, end - i);
                    }
                }
            }

            return string.Empty;
        }
    }
}
