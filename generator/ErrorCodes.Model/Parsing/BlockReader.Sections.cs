using System.Collections.Generic;
using System.Text;
using ErrorCodes.Model.Diagnostics;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    // A code's sections as its labels open them, the rounds of fields a label starts again, and the notes between codes.
    internal sealed partial class BlockReader
    {
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
    }
}
