using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Model.Template
{
    /// <summary>A document as read, with its text, for the checks that look at how it is written.</summary>
    /// <param name="Document">What the parser read.</param>
    /// <param name="Text">The file's text, as decoded.</param>
    public sealed record WrittenDocument(ParsedDocument Document, string Text);

    /// <summary>
    /// The upstream template's rules (<c>zh-cn/contribute/template/errorcodes-template.md</c> of openharmony/docs) that a
    /// program can check: of one document, of a Chinese document and its English twin, and of every document of a family
    /// read together. Where a rule is a judgement (each step answers a cause), what can be counted is checked and the
    /// message says so.
    /// </summary>
    public static partial class TemplateRules
    {
        /// <summary>The codes <c>errorcode-universal.md</c> defines for every module.</summary>
        public static readonly IReadOnlyList<int> UniversalCodes = new[] { 201, 202, 203, 401, 801 };

        private static readonly Regex s_fileName = new Regex(@"^(cj-)?errorcode-[A-Za-z0-9]+(-[A-Za-z0-9]+)*\.md$", RegexOptions.CultureInvariant);
        private static readonly Regex s_templateHeading = new Regex(@"^## -?[0-9]+ \S", RegexOptions.CultureInvariant);
        private static readonly Regex s_label = new Regex(@"^\s*\*\*([^*]+)\*\*", RegexOptions.CultureInvariant);
        private static readonly Regex s_placeholderWord = new Regex(@"(?<![A-Za-z])(xxx|XXX)(?![A-Za-z])", RegexOptions.CultureInvariant);

        /// <summary>The rules of one document.</summary>
        public static List<DiagnosticInfo> CheckDocument(WrittenDocument written)
        {
            var document = written.Document;
            var found = new DiagnosticBag();
            if (document.Failed)
            {
                return new List<DiagnosticInfo>(found.ToEquatableArray());
            }

            var lines = new Lines(document.FilePath, written.Text);
            var fileName = SpecPaths.FileName(document.FilePath);
            if (!s_fileName.IsMatch(fileName))
            {
                found.Add(DiagnosticRules.FileNameOffTemplate, document.Start, fileName);
            }

            var english = document.Language == "en";
            var titleLine = lines.FirstStartingWith("# ");
            if (document.Title.Trim().Length == 0)
            {
                found.Add(DiagnosticRules.TitleOffTemplate, document.Start, "(none)", english ? "'# <Module> Error Codes'" : "'# <模块名>错误码'");
            }
            else if (!english && !document.Title.TrimEnd().EndsWith("错误码", StringComparison.Ordinal))
            {
                found.Add(DiagnosticRules.TitleOffTemplate, titleLine < 0 ? document.Start : lines.Locate(titleLine), document.Title, "'# <模块名>错误码'");
            }
            else if (english && !document.Title.TrimEnd().EndsWith("Error Codes", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(DiagnosticRules.TitleOffTemplate, titleLine < 0 ? document.Start : lines.Locate(titleLine), document.Title, "'# <Module> Error Codes'");
            }

            var universal = IsUniversal(document);
            for (var i = 0; i < document.Codes.Count; i++)
            {
                var code = document.Codes[i];
                var number = Number(code.Code);
                if (!document.IsTable)
                {
                    if (code.Title.Trim().Length == 0)
                    {
                        found.Add(DiagnosticRules.HeadingWithoutSummary, code.Heading, number);
                    }
                    else if (lines.Line(code.Line) is var heading && heading.StartsWith("#", StringComparison.Ordinal) && !s_templateHeading.IsMatch(heading))
                    {
                        found.Add(DiagnosticRules.HeadingOffTemplate, code.Heading, number, HowOff(heading));
                    }

                    var next = i + 1 < document.Codes.Count ? document.Codes[i + 1].Line : lines.Count + 1;
                    var order = FieldOrder(lines, code.Line + 1, next);
                    if (code.Scenarios.Count == 0 && !InOrder(order))
                    {
                        found.Add(DiagnosticRules.FieldsOutOfOrder, code.Heading, number, string.Join(", ", order.Select(Label)));
                    }
                }

                if (code.Message.Length != 0 && DocumentLanguage.ContainsCjk(code.Message))
                {
                    found.Add(DiagnosticRules.MessageNotEnglish, code.Heading, number, code.Message);
                }

                if (code.Remediation.Count != 0 && code.Remediation.Count < code.Causes.Count)
                {
                    found.Add(DiagnosticRules.FewerStepsThanCauses, code.Heading, number, code.Causes.Count, code.Remediation.Count);
                }

                if (!universal && !document.IsTable && code.Code < 1000 && code.Code >= 0 && !UniversalCodes.Contains(code.Code))
                {
                    found.Add(DiagnosticRules.NotAUniversalCode, code.Heading, number, string.Join(", ", UniversalCodes));
                }
            }

            foreach (var (line, instruction) in Instructions(lines))
            {
                found.Add(DiagnosticRules.WritingInstructionLeft, lines.Locate(line), instruction);
            }

            return new List<DiagnosticInfo>(found.ToEquatableArray());
        }

        /// <summary>A Chinese document against its English twin: the same message, placeholders, counts and marks.</summary>
        public static List<DiagnosticInfo> CheckTwins(ParsedDocument spec, ParsedDocument twin)
        {
            var found = new DiagnosticBag();
            var theirs = FirstOfEach(twin);
            var twinName = SpecPaths.FileName(twin.FilePath);
            foreach (var code in FirstOfEach(spec).Values)
            {
                if (!theirs.TryGetValue(code.Code, out var other))
                {
                    continue;
                }

                var number = Number(code.Code);
                if (code.Message.Length != 0 && other.Message.Length != 0 && Spaced(code.Message) != Spaced(other.Message))
                {
                    found.Add(DiagnosticRules.TwinMessagesDiffer, code.Heading, number, code.Message, other.Message, twinName);
                }

                var (mine, yours) = (string.Join(", ", MessagePlaceholders.Names(code.Message)), string.Join(", ", MessagePlaceholders.Names(other.Message)));
                if (mine != yours && code.Message.Length != 0 && other.Message.Length != 0)
                {
                    found.Add(DiagnosticRules.TwinPlaceholdersDiffer, code.Heading, number, Listed(mine), Listed(yours), twinName);
                }

                if (code.Causes.Count != other.Causes.Count || code.Remediation.Count != other.Remediation.Count)
                {
                    found.Add(DiagnosticRules.TwinCountsDiffer, code.Heading, number, code.Causes.Count, code.Remediation.Count, other.Causes.Count, other.Remediation.Count, twinName);
                }

                if (code.IsDeprecated != other.IsDeprecated || code.InDelRegion != other.InDelRegion)
                {
                    found.Add(DiagnosticRules.TwinMarksDiffer, code.Heading, number, Marks(code), Marks(other), twinName);
                }
            }

            return new List<DiagnosticInfo>(found.ToEquatableArray());
        }

        private static string HowOff(string heading)
        {
            var level = 0;
            while (level < heading.Length && heading[level] == '#')
            {
                level++;
            }

            if (level != 2)
            {
                return "at level " + Number(level);
            }

            return heading.Length > 3 && heading[3] == ' ' ? "written with more than one space after '##'" : heading.Length > 2 && heading[2] != ' ' ? "written without a space after '##'" : "written with other than one space after the code";
        }

        // The field labels of a code's lines, in order, each field once.
        private static List<SectionKind> FieldOrder(Lines lines, int from, int to)
        {
            var order = new List<SectionKind>();
            var fenced = false;
            for (var line = from; line < to && line <= lines.Count; line++)
            {
                var text = lines.Line(line);
                if (text.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                }

                var match = s_label.Match(text);
                if (fenced || !match.Success)
                {
                    continue;
                }

                var kind = SectionLabels.Find(match.Groups[1].Value, firstOfCode: order.Count == 0);
                if (kind is not SectionKind.None and not SectionKind.Other && !order.Contains(kind))
                {
                    order.Add(kind);
                }
            }

            return order;
        }

        private static bool InOrder(List<SectionKind> order)
        {
            for (var i = 1; i < order.Count; i++)
            {
                if (order[i] < order[i - 1])
                {
                    return false;
                }
            }

            return true;
        }

        private static string Label(SectionKind kind) => kind switch
        {
            SectionKind.Message => "错误信息",
            SectionKind.Description => "错误描述",
            SectionKind.Causes => "可能原因",
            _ => "处理步骤",
        };

        private static IEnumerable<(int Line, string Instruction)> Instructions(Lines lines)
        {
            var fenced = false;
            for (var line = 1; line <= lines.Count; line++)
            {
                var text = lines.Line(line);
                if (text.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                    continue;
                }

                if (fenced)
                {
                    continue;
                }

                if (text.IndexOf("写作说明", StringComparison.Ordinal) >= 0)
                {
                    yield return (line, "写作说明");
                }
                else if (s_placeholderWord.Match(text) is { Success: true } placeholder)
                {
                    yield return (line, placeholder.Value);
                }
            }
        }

        private static bool IsUniversal(ParsedDocument document) => SpecPaths.FileName(document.FilePath).IndexOf("universal", StringComparison.OrdinalIgnoreCase) >= 0;

        private static Dictionary<int, ParsedCode> FirstOfEach(ParsedDocument document)
        {
            var codes = new Dictionary<int, ParsedCode>();
            foreach (var code in document.Codes)
            {
                if (!codes.ContainsKey(code.Code))
                {
                    codes.Add(code.Code, code);
                }
            }

            return codes;
        }

        private static string Marks(ParsedCode code)
        {
            var marks = new List<string>();
            if (code.IsDeprecated)
            {
                marks.Add("deprecated");
            }

            if (code.InDelRegion)
            {
                marks.Add("in a <!--Del--> region");
            }

            return marks.Count == 0 ? "unmarked" : string.Join(" and ", marks);
        }

        private static string Listed(string names) => names.Length == 0 ? "(none)" : names;

        private static string Spaced(string text) => Regex.Replace(text.Trim(), @"\s+", " ");

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A document's lines, one-based, and where each is.</summary>
        private sealed class Lines
        {
            private readonly string _path;
            private readonly string[] _lines;
            private readonly int[] _starts;

            public Lines(string path, string text)
            {
                _path = path;
                var normalized = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
                _lines = normalized.Split('\n');
                _starts = new int[_lines.Length];
                for (int i = 1, offset = 0; i < _lines.Length; i++)
                {
                    offset += _lines[i - 1].Length + 1;
                    _starts[i] = offset;
                }
            }

            public int Count => _lines.Length;

            public string Line(int line) => line >= 1 && line <= _lines.Length ? _lines[line - 1] : string.Empty;

            public int FirstStartingWith(string prefix)
            {
                for (var i = 0; i < _lines.Length; i++)
                {
                    if (_lines[i].StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return i + 1;
                    }
                }

                return -1;
            }

            public TextLocation Locate(int line)
            {
                var index = Math.Max(0, Math.Min(line - 1, _lines.Length - 1));
                return new TextLocation(_path, _starts[index], _starts[index] + _lines[index].Length, index, 0, index, _lines[index].Length);
            }
        }
    }
}
