using System.Collections.Generic;
using System.Text;
using ErrorCodes.Model.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>Walks a document's top-level blocks in order, keeping track of the code and section they belong to.</summary>
    internal sealed class BlockReader
    {
        private readonly SpecText _text;
        private readonly DocumentBuilder _document;
        private readonly HashSet<int> _codeLevels;
        private readonly Dictionary<SectionKind, int> _sectionLines = new Dictionary<SectionKind, int>();
        private readonly List<Piece> _pieces = new List<Piece>();
        private CodeBuilder? _code;
        private bool _inDelRegion;
        private SectionKind _section;
        private StringBuilder? _note;

        public BlockReader(SpecText text, DocumentBuilder document, HashSet<int> codeLevels)
        {
            _text = text;
            _document = document;
            _codeLevels = codeLevels;
        }

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
                case ParagraphBlock paragraph when LabelParagraph.TryRead(paragraph, out var label, out var rest):
                    ReadLabel(paragraph, label, rest);
                    return;
                case ParagraphBlock paragraph when GluedHeading.TryFind(paragraph, _text, out var before, out var headingText, out var location):
                    ReadGluedHeading(paragraph, before, headingText, location);
                    return;
                case Table table when _codeLevels.Count == 0 && TableCodes.TryGetColumns(table, out var number, out var name, out var message, out var chinese):
                    Finish();
                    EndNote();
                    _document.IsTable = true;
                    _document.CountLanguage(chinese);
                    TableCodes.Read(table, number, name, message, _text, _document, _inDelRegion);
                    return;
            }

            ReadText(block, PlainText.Of(block));
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
            else if (_section != SectionKind.None)
            {
                if (block is ParagraphBlock)
                {
                    Piece.AddText(_pieces, text);
                }
                else
                {
                    Piece.AddTo(_pieces, block);
                }
            }
            else if (text.Length != 0)
            {
                _document.Diagnostics.Add(DiagnosticRules.TextBeforeFirstLabel, Locate(block), _code.Code);
            }
        }

        // A heading typed at the end of the previous line ("later.## 16000055 Installation-Free Timeout", as upstream
        // has it) is no heading to markdown; left alone, the code would vanish into the previous one.
        private void ReadGluedHeading(ParagraphBlock paragraph, string before, string headingText, TextLocation location)
        {
            ReadText(paragraph, before);
            var line = location.StartLine;
            _document.Diagnostics.Add(DiagnosticRules.GluedHeading, location, headingText);
            Finish();
            if (CodeHeading.TryParse(headingText, out var code, out var title, out _) == CodeHeadingKind.Code)
            {
                _code = new CodeBuilder(code, title, line, location) { InDelRegion = _inDelRegion };
                _document.Codes.Add(_code);
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

        public void Finish()
        {
            EndSection();
            EndNote();
            if (_code != null)
            {
                ReportMissingSections(_code);
            }

            _code = null;
            _sectionLines.Clear();
        }

        // The message has its own warning (ECG0004): a code without one loses its name.
        private void ReportMissingSections(CodeBuilder code)
        {
            var missing = new List<string>();
            foreach (var (kind, label) in new[] { (SectionKind.Description, "错误描述 (Description)"), (SectionKind.Causes, "可能原因 (Possible Causes)"), (SectionKind.Remediation, "处理步骤 (Solution)") })
            {
                if (!_sectionLines.ContainsKey(kind))
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
            Finish();
            var text = PlainText.Of(heading.Inline);
            switch (CodeHeading.TryParse(text, out var code, out var title, out var token))
            {
                case CodeHeadingKind.Code:
                    _code = new CodeBuilder(code, title, heading.Line, Locate(heading))
                    {
                        IsDeprecated = Deprecation.IsMarked(heading.Inline),
                        InDelRegion = _inDelRegion,
                    };
                    _document.Codes.Add(_code);
                    return;
                case CodeHeadingKind.InvalidCode:
                    _document.Diagnostics.Add(DiagnosticRules.InvalidCode, Locate(heading), token);
                    return;
            }

            if (_codeLevels.Contains(heading.Level) && CodeHeading.StartsLikeACode(text, out var brokenToken))
            {
                _document.Diagnostics.Add(DiagnosticRules.InvalidCode, Locate(heading), brokenToken);
                return;
            }

            if (heading.Level == 1 && _document.Title.Length == 0 && _document.Codes.Count == 0)
            {
                _document.Title = text;
                return;
            }

            // A heading that is not a code opens a passage of the document, kept as a note under its title.
            StartNote(text);
        }

        private void ReadLabel(ParagraphBlock paragraph, string label, string rest)
        {
            EndSection();
            EndNote();
            var kind = _code == null ? SectionKind.None : SectionLabels.Find(label);
            if (kind != SectionKind.None)
            {
                _document.CountLanguage(DocumentLanguage.ContainsCjk(label));
            }

            if (kind == SectionKind.None)
            {
                if (_code != null)
                {
                    _document.Diagnostics.Add(DiagnosticRules.UnknownLabel, Locate(paragraph), SectionLabels.Normalize(label));
                }

                StartNote(label);
                CollectLinks(paragraph);
                AppendToNote(rest);
                return;
            }

            if (_sectionLines.TryGetValue(kind, out var firstLine))
            {
                _document.Diagnostics.Add(DiagnosticRules.RepeatedLabel, Locate(paragraph), _code!.Code, SectionLabels.Normalize(label), firstLine + 1);
            }
            else
            {
                _sectionLines.Add(kind, paragraph.Line);
            }

            _section = kind;
            if (rest.Length != 0)
            {
                _pieces.Add(new Piece(rest, PieceKind.Paragraph));
            }
        }

        private void EndSection()
        {
            if (_code == null || _section == SectionKind.None)
            {
                _section = SectionKind.None;
                _pieces.Clear();
                return;
            }

            switch (_section)
            {
                case SectionKind.Message:
                    _code.Message = Join(_code.Message, JoinText(_pieces));
                    break;
                case SectionKind.Description:
                    _code.Description = Join(_code.Description, JoinText(_pieces));
                    break;
                case SectionKind.Causes:
                    Items.AddTo(_code.Causes, _pieces);
                    break;
                case SectionKind.Remediation:
                    Items.AddTo(_code.Remediation, _pieces);
                    break;
            }

            _section = SectionKind.None;
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
        private static string Join(string? first, string second) =>
            string.IsNullOrEmpty(first) ? second : second.Length == 0 ? first! : first + "\n" + second;

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
