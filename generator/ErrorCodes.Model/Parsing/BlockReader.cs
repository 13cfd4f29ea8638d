using System.Collections.Generic;
using System.Text;
using ErrorCodes.Model.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Walks a document's top-level blocks in order, keeping track of the code, the scenario and the section they belong
    /// to. Every text ends up in a field, a section of a code, a scenario or a note. Its repairs of the layouts upstream
    /// writes are in BlockReader.Repairs.cs, its sections and notes in BlockReader.Sections.cs.
    /// </summary>
    internal sealed partial class BlockReader
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
