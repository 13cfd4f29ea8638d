using System.Collections.Generic;
using System.Text;
using ErrorCodes.Model.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Walks a document's top-level blocks in order, keeping track of the code, the scenario and the section they belong
    /// to. Every text ends up in a field, a section of a code, a scenario or a note.
    /// </summary>
    internal sealed class BlockReader
    {
        private readonly SpecText _text;
        private readonly DocumentBuilder _document;
        private readonly HashSet<int> _codeLevels;
        private readonly List<Piece> _pieces = new List<Piece>();
        private CodeBuilder? _code;
        private ScenarioBuilder? _scenario;
        private bool _inDelRegion;
        private SectionKind _section;
        private string _sectionLabel = string.Empty;
        private StringBuilder? _note;

        // The heading that opened the passage being read, while no code's field label has been seen under it: a label
        // that names a field there means the heading was meant to be a code's (see ReadLabel).
        private (string Text, TextLocation Location)? _passageHeading;

        public BlockReader(SpecText text, DocumentBuilder document, HashSet<int> codeLevels)
        {
            _text = text;
            _document = document;
            _codeLevels = codeLevels;
        }

        // The fields being read: the current scenario's, else the code's.
        private FieldsBuilder? Fields => _scenario?.Fields ?? _code?.Fields;

        public void Read(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    ReadHeading(heading);
                    return;
                case HtmlBlock html:
                    ReadComments(html);
                    return;
                case ThematicBreakBlock:
                case LinkReferenceDefinitionGroup:
                    return;
                case ParagraphBlock paragraph:
                    ReadParagraph(paragraph);
                    return;
                case ListBlock list when _code != null && TryReadListEndingInALabel(list):
                    return;
                case ListBlock list when _code != null && TryReadListEndingInAGluedHeading(list):
                    return;
                case QuoteBlock quote when Fields != null && _section != SectionKind.None && TryReadNoteQuote(quote):
                    return;
                case Table table when _codeLevels.Count == 0 && TableCodes.TryGetColumns(table, out var number, out var name, out var message, out var chinese):
                    Finish();
                    EndNote();
                    _document.IsTable = true;
                    _document.CountLanguage(chinese);
                    TableCodes.Read(table, number, name, message, _text, _document, _inDelRegion);
                    return;
                case Table table when _codeLevels.Count == 0 && TableCodes.TryGetFieldColumns(table, out var codeColumn, out var fields, out var chineseFields):
                    Finish();
                    EndNote();
                    _document.CountLanguage(chineseFields);
                    TableCodes.ReadFields(table, codeColumn, fields, _text, _document, _inDelRegion);
                    return;
            }

            ReadText(block, PlainText.Of(block));
        }

        public void Finish()
        {
            EndSection();
            EndNote();
            if (_code != null)
            {
                ReportMissingSections(_code);
            }

            _code = null;
            _scenario = null;
        }

        // A label may open the paragraph or, written on the line after the previous section's text, stand inside it.
        private void ReadParagraph(ParagraphBlock paragraph)
        {
            var segments = LabelParagraph.Split(paragraph);
            if (segments.Count == 1 && segments[0].Label == null)
            {
                if (GluedHeading.TryFind(paragraph, _text, out var before, out var headingText, out var level, out var location))
                {
                    ReadGluedHeading(paragraph, before, headingText, level, location);
                }
                else
                {
                    ReadText(paragraph, segments[0].Text);
                }

                return;
            }

            foreach (var segment in segments)
            {
                if (segment.Label != null)
                {
                    ReadLabel(paragraph, segment.Label, segment.Text);
                }
                else
                {
                    ReadText(paragraph, segment.Text);
                }
            }
        }

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

        private void ReadText(Block block, string text)
        {
            if (_note != null)
            {
                CollectLinks(block);
                AppendToNote(text);
            }
            else if (_code == null)
            {
                CollectLinks(block);
                AddNote(text);
            }
            else
            {
                if (_section == SectionKind.None && text.Length != 0)
                {
                    BeginUntitledSection(block);
                }

                if (block is ParagraphBlock)
                {
                    Piece.AddText(_pieces, text);
                }
                else
                {
                    Piece.AddTo(_pieces, block);
                }
            }
        }

        // Text between a heading and its first label belongs to no field; it is kept, untitled, and reported.
        private void BeginUntitledSection(Block block)
        {
            _document.Diagnostics.Add(DiagnosticRules.TextBeforeFirstLabel, Locate(block), _code!.Code);
            _section = SectionKind.Other;
            _sectionLabel = string.Empty;
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

        private void ReadComments(HtmlBlock html)
        {
            Comments.Read(html, (kind, key, value) =>
            {
                switch (kind)
                {
                    case CommentKind.DelStart:
                        _inDelRegion = true;
                        break;
                    case CommentKind.DelEnd:
                        _inDelRegion = false;
                        break;
                    case CommentKind.Property:
                        _document.AddProperty(key, value);
                        break;
                }
            });
        }

        // Links from the notes to other documents, such as "通用错误码请参考[通用错误码](../errorcode-universal.md)".
        private void CollectLinks(Block block)
        {
            foreach (var fileName in Links.In(block))
            {
                _document.AddLink(fileName);
            }
        }

        // The message has its own warning (ECG0004): a code without one loses its name.
        private void ReportMissingSections(CodeBuilder code)
        {
            var missing = new List<string>();
            foreach (var (kind, label) in new[] { (SectionKind.Description, "错误描述 (Description)"), (SectionKind.Causes, "可能原因 (Possible Causes)"), (SectionKind.Remediation, "处理步骤 (Solution)") })
            {
                if (!code.HasLabel(kind))
                {
                    missing.Add(label);
                }
            }

            if (missing.Count != 0)
            {
                _document.Diagnostics.Add(DiagnosticRules.MissingSection, code.Heading, code.Code, string.Join(", ", missing));
            }
        }

        private void ReadHeading(HeadingBlock heading)
        {
            var text = PlainText.Of(heading.Inline);
            switch (CodeHeading.TryParse(text, out var code, out var title, out var token))
            {
                case CodeHeadingKind.Code:
                    Finish();
                    ReportOtherDigits(token, code, Locate(heading));
                    _code = new CodeBuilder(code, title, heading.Line, Locate(heading), heading.Level)
                    {
                        IsDeprecated = Deprecation.IsMarked(heading.Inline),
                        InDelRegion = _inDelRegion,
                    };
                    _document.Codes.Add(_code);
                    return;
                case CodeHeadingKind.InvalidCode:
                    Finish();
                    _document.Diagnostics.Add(DiagnosticRules.InvalidCode, Locate(heading), token);
                    return;
            }

            if (_codeLevels.Contains(heading.Level) && CodeHeading.StartsLikeACode(text, out var brokenToken))
            {
                Finish();
                _document.Diagnostics.Add(DiagnosticRules.InvalidCode, Locate(heading), brokenToken);
                return;
            }

            // A sub-heading of a code is one way the error arises, with fields of its own.
            if (_code != null && _code.Level != 0 && heading.Level > _code.Level)
            {
                EndSection();
                EndNote();
                _scenario = new ScenarioBuilder(text, heading.Line);
                _code.Scenarios.Add(_scenario);
                return;
            }

            Finish();
            if (heading.Level == 1 && _document.Title.Length == 0 && _document.Codes.Count == 0)
            {
                _document.Title = text;
                return;
            }

            // A heading that is not a code opens a passage of the document, kept as a note under its title.
            StartNote(text);
            _passageHeading = (text, Locate(heading));
        }

        private void ReadLabel(ParagraphBlock paragraph, string label, string rest)
        {
            var previous = _section;
            EndSection();
            EndNote();
            var fields = Fields;
            if (fields == null)
            {
                ReportHeadingWithoutCode(label);
                StartNote(label);
                CollectLinks(paragraph);
                AppendToNote(rest);
                return;
            }

            var kind = SectionLabels.Find(label, firstOfCode: fields.LabelLines.Count == 0 && _section == SectionKind.None);
            if (kind == SectionKind.None && SectionLabels.IsDocumentNote(label))
            {
                _document.Diagnostics.Add(DiagnosticRules.UnknownLabel, Locate(paragraph), SectionLabels.Normalize(label));
                StartNote(label);
                CollectLinks(paragraph);
                AppendToNote(rest);
                return;
            }

            if (kind == SectionKind.None)
            {
                // Not a field, but the document's text: kept under its label, and the build says so.
                _document.Diagnostics.Add(DiagnosticRules.OtherSection, Locate(paragraph), SectionLabels.Normalize(label), _code!.Code);
                kind = SectionKind.Other;
            }
            else
            {
                _document.CountLanguage(DocumentLanguage.ContainsCjk(label));
                if (kind == fields.FirstLabel && previous != kind && previous != SectionKind.None && (_scenario == null || _scenario.Title.Length == 0))
                {
                    fields = StartRound(paragraph, label);
                }

                if (fields.LabelLines.TryGetValue(kind, out var firstLine))
                {
                    _document.Diagnostics.Add(DiagnosticRules.RepeatedLabel, Locate(paragraph), _code!.Code, SectionLabels.Normalize(label), firstLine + 1);
                }
                else
                {
                    if (fields.LabelLines.Count == 0)
                    {
                        fields.FirstLabel = kind;
                    }

                    fields.LabelLines.Add(kind, paragraph.Line);
                }
            }

            _section = kind;
            _sectionLabel = SectionLabels.Normalize(label);
            if (rest.Length != 0)
            {
                _pieces.Add(new Piece(rest, PieceKind.Paragraph));
            }
        }

        // A code's fields that start again with the label they began with (upstream's geoLocationManager 3301200:
        // message, description and steps, then a message again, four times) are the ways the error arises, each one round:
        // read as unnamed scenarios, rather than each field's texts run together. The code's fields are the first round's.
        // Another label used twice (steps, then causes again) is one field written in two places: ECG0013 joins them.
        private FieldsBuilder StartRound(ParagraphBlock paragraph, string label)
        {
            var code = _code!;
            if (code.Scenarios.Count == 0)
            {
                var first = new ScenarioBuilder(string.Empty, code.Line);
                code.Fields.MoveTo(first.Fields);
                code.Scenarios.Add(first);
            }

            _document.Diagnostics.Add(DiagnosticRules.FieldsAgain, Locate(paragraph), code.Code, SectionLabels.Normalize(label), code.Scenarios.Count + 1);
            _scenario = new ScenarioBuilder(string.Empty, paragraph.Line);
            code.Scenarios.Add(_scenario);
            return _scenario.Fields;
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

        private void EndSection()
        {
            var fields = Fields;
            if (fields != null)
            {
                switch (_section)
                {
                    case SectionKind.Message:
                        fields.Message = Join(fields.Message, JoinText(_pieces));
                        break;
                    case SectionKind.Description:
                        fields.Description = Join(fields.Description, JoinText(_pieces));
                        break;
                    case SectionKind.Causes:
                        Items.AddTo(fields.Causes, _pieces);
                        break;
                    case SectionKind.Remediation:
                        Items.AddTo(fields.Remediation, _pieces);
                        break;
                    case SectionKind.Other:
                        fields.Sections.Add(new CodeSection(_sectionLabel, JoinText(_pieces)));
                        break;
                }
            }

            _section = SectionKind.None;
            _sectionLabel = string.Empty;
            _pieces.Clear();
        }

        private void StartNote(string text)
        {
            EndNote();
            _note = new StringBuilder(text);
        }

        private void AppendToNote(string text)
        {
            if (text.Length == 0 || _note == null)
            {
                return;
            }

            if (_note.Length != 0)
            {
                _note.Append('\n');
            }

            _note.Append(text);
        }

        private void EndNote()
        {
            if (_note != null)
            {
                AddNote(_note.ToString());
                _note = null;
            }
        }

        private void AddNote(string text)
        {
            if (text.Length != 0)
            {
                _document.Notes.Add(text);
            }
        }

        // A repeated section adds to the first, so no text of the document is lost.
        private static string Join(string first, string second) =>
            first.Length == 0 ? second : second.Length == 0 ? first : first + "\n" + second;

        private static string JoinText(List<Piece> pieces)
        {
            var builder = new StringBuilder();
            foreach (var piece in pieces)
            {
                if (builder.Length != 0)
                {
                    builder.Append('\n');
                }

                builder.Append(piece.Text);
            }

            return builder.ToString();
        }

        private TextLocation Locate(Block block) => _text.Locate(block.Span.Start, block.Span.End + 1);
    }
}
