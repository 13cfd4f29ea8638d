using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Naming;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Generator.Parsing
{
    /// <summary>
    /// Reads an OpenHarmony-style error-code document from its Markdig syntax tree: every heading that
    /// starts with an integer is a code, and bold labels open the code's sections.
    /// </summary>
    internal static class SpecParser
    {
        private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

        public static ParsedDocument Parse(SpecText text, CancellationToken cancellationToken)
        {
            var markdown = Markdown.Parse(text.Normalized, s_pipeline);
            var reader = new Reader(text, CodeLevels(markdown));
            foreach (var block in markdown)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Read(block);
            }

            reader.Finish();
            return reader.Document;
        }

        // The heading levels at which the document puts its codes: a heading at such a level that starts with a
        // digit but is no valid code is most likely a broken code, not a section title.
        private static HashSet<int> CodeLevels(MarkdownDocument markdown)
        {
            var levels = new HashSet<int>();
            foreach (var block in markdown)
            {
                if (block is HeadingBlock heading && CodeHeading.TryParse(PlainText.Of(heading.Inline), out _, out _, out _) == CodeHeadingKind.Code)
                {
                    levels.Add(heading.Level);
                }
            }

            return levels;
        }

        /// <summary>Walks the document's top-level blocks in order, keeping track of the code and section they belong to.</summary>
        private sealed class Reader
        {
            private readonly SpecText _text;
            private readonly HashSet<int> _codeLevels;
            private readonly Dictionary<SectionKind, int> _sectionLines = new Dictionary<SectionKind, int>();
            private readonly List<Piece> _pieces = new List<Piece>();
            private ParsedCode? _code;
            private bool _inDelRegion;
            private SectionKind _section;
            private StringBuilder? _note;

            public Reader(SpecText text, HashSet<int> codeLevels)
            {
                _text = text;
                _codeLevels = codeLevels;
            }

            public ParsedDocument Document { get; } = new ParsedDocument();

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
                    case ParagraphBlock paragraph when Labels.TryRead(paragraph, out var label, out var rest):
                        ReadLabel(paragraph, label, rest);
                        return;
                    case ParagraphBlock paragraph when GluedHeading.TryFind(paragraph, _text, out var before, out var headingText, out var location):
                        ReadGluedHeading(paragraph, before, headingText, location);
                        return;
                    case Table table when _codeLevels.Count == 0 && TableCodes.TryGetColumns(table, out var number, out var name, out var message, out var chinese):
                        Finish();
                        EndNote();
                        Document.IsTable = true;
                        CountLanguage(chinese);
                        TableCodes.Read(table, number, name, message, _text, Document, _inDelRegion);
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
                    Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.TextBeforeFirstLabel, Locate(block), _code.Code));
                }
            }

            // A heading typed at the end of the previous line ("later.## 16000055 Installation-Free Timeout", as upstream
            // has it) is no heading to markdown; left alone, the code would vanish into the previous one.
            private void ReadGluedHeading(ParagraphBlock paragraph, string before, string headingText, LocationInfo location)
            {
                ReadText(paragraph, before);
                var line = location.LineSpan.Start.Line;
                Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.GluedHeading, location, headingText));
                Finish();
                if (CodeHeading.TryParse(headingText, out var code, out var title, out _) == CodeHeadingKind.Code)
                {
                    _code = new ParsedCode(code, title, line, location) { InDelRegion = _inDelRegion };
                    Document.Codes.Add(_code);
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
                        case CommentKind.Property when !HasProperty(key):
                            Document.Properties.Add(new KeyValuePair<string, string>(key, value));
                            break;
                    }
                });
            }

            private bool HasProperty(string key)
            {
                foreach (var property in Document.Properties)
                {
                    if (string.Equals(property.Key, key, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            // Links from the notes to other documents, such as "通用错误码请参考[通用错误码](../errorcode-universal.md)".
            private void CollectLinks(Block block)
            {
                foreach (var link in block.Descendants<LinkInline>())
                {
                    var fileName = LinkedFileName(link.Url);
                    if (fileName != null && !Document.Links.Contains(fileName))
                    {
                        Document.Links.Add(fileName);
                    }
                }
            }

            private static string? LinkedFileName(string? url)
            {
                if (url == null || url.IndexOf("://", System.StringComparison.Ordinal) >= 0)
                {
                    return null;
                }

                var end = url.IndexOfAny(new[] { '#', '?' });
                var path = end < 0 ? url : url.Substring(0, end);
                var name = path.Substring(path.LastIndexOf('/') + 1);
                return name.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) && name.Length > 3 ? name : null;
            }

            private void CountLanguage(bool chinese)
            {
                if (chinese)
                {
                    Document.ChineseLabels++;
                }
                else
                {
                    Document.EnglishLabels++;
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
            private void ReportMissingSections(ParsedCode code)
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
                    Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MissingSection, code.Heading, code.Code, string.Join(", ", missing)));
                }
            }

            private void ReadHeading(HeadingBlock heading)
            {
                Finish();
                var text = PlainText.Of(heading.Inline);
                switch (CodeHeading.TryParse(text, out var code, out var title, out var token))
                {
                    case CodeHeadingKind.Code:
                        _code = new ParsedCode(code, title, heading.Line, Locate(heading))
                        {
                            IsDeprecated = Deprecation.IsMarked(heading.Inline),
                            InDelRegion = _inDelRegion,
                        };
                        Document.Codes.Add(_code);
                        return;
                    case CodeHeadingKind.InvalidCode:
                        Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidCode, Locate(heading), token));
                        return;
                }

                if (_codeLevels.Contains(heading.Level) && CodeHeading.StartsLikeACode(text, out var brokenToken))
                {
                    Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidCode, Locate(heading), brokenToken));
                    return;
                }

                if (heading.Level == 1 && Document.Title.Length == 0 && Document.Codes.Count == 0)
                {
                    Document.Title = text;
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
                    CountLanguage(Identifiers.ContainsCjk(label));
                }

                if (kind == SectionKind.None)
                {
                    if (_code != null)
                    {
                        Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownLabel, Locate(paragraph), SectionLabels.Normalize(label)));
                    }

                    StartNote(label);
                    CollectLinks(paragraph);
                    AppendToNote(rest);
                    return;
                }

                if (_sectionLines.TryGetValue(kind, out var firstLine))
                {
                    Document.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.RepeatedLabel, Locate(paragraph), _code!.Code, SectionLabels.Normalize(label), firstLine + 1));
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
                    Document.Notes.Add(text);
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

            private LocationInfo Locate(Block block) => _text.Locate(block.Span.Start, block.Span.End + 1);
        }
    }

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

            var digitsStart = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            if (i == digitsStart || !EndsToken(text, i))
            {
                return CodeHeadingKind.NotCode;
            }

            token = text.Substring(0, i);
            if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code))
            {
                return CodeHeadingKind.InvalidCode;
            }

            title = text.Substring(i).TrimStart(' ', '\t', ':', '：', '-', '–', '—', '、').Trim();
            return CodeHeadingKind.Code;
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
            return first < token.Length && token[first] >= '0' && token[first] <= '9';
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

            if ((next == '.' || next == ',') && index + 1 < text.Length && char.IsDigit(text[index + 1]))
            {
                return false;
            }

            return true;
        }
    }

    /// <summary>Recognises a paragraph that is a bold section label, such as <c>**错误信息**</c> or <c>**Error Message**:</c>.</summary>
    internal static class Labels
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
