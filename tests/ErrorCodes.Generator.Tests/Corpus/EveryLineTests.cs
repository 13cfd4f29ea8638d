using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>
    /// The rule behind the parser: every text of a document ends up in the catalog (a title, a field, a section, a
    /// scenario, a note, a property) or in a diagnostic that <c>dotnet build</c> prints. Checked line by line over
    /// every real document: each non-blank line, its markup taken away, must be found in what the model holds.
    /// </summary>
    public sealed class EveryLineTests
    {
        private static readonly Regex s_comment = new(@"<!--(.*?)-->", RegexOptions.Singleline);
        private static readonly Regex s_property = new(@"^\s*[A-Za-z][A-Za-z0-9_]*\s*[:：]");
        private static readonly Regex s_tag = new(@"(?<!\\)</?[A-Za-z][^>]*>");
        private static readonly Regex s_lineBreak = new(@"<br\s*/?>", RegexOptions.IgnoreCase);

        // A link's target may go on to the next line ("[text](../x.md" then ")。", utils): taken away before the lines are
        // split, keeping the line count.
        private static readonly Regex s_wrappedLinkTarget = new(@"\]\([^)\n]*\n[^)\n]*\)");
        private static readonly Regex s_linkTarget = new(@"\]\([^)]*\)");
        private static readonly Regex s_listMarker = new(@"^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)、．）]\s*|[(（]\d{1,3}[)）]\s*)");
        private static readonly Regex s_fence = new(@"^\s*(?:>\s*)*(```|~~~)");
        private static readonly Regex s_tableSeparator = new(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$");
        private static readonly Regex s_label = new(@"^\s*(?:>\s*)*(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：]?(.*)$");

        public static IEnumerable<TheoryDataRow<string>> Documents() =>
            Fixtures.CorpusNames().Select(name => "Corpus/" + name)
                .Concat(Fixtures.CorpusMoreNames().Select(name => "CorpusMore/" + name))
                .Concat(Fixtures.OpenHarmonyOnlyNames().Select(name => "OpenHarmony/" + name))
                .Concat(new[] { "spec/errorcode-net-socket.md", "spec/errorcode-kernel.md", "spec/errorcode-universal.md" })
                .Select(name => new TheoryDataRow<string>(name));

        [Theory]
        [MemberData(nameof(Documents))]
        public void EveryLineOfTheDocumentIsInTheCatalogOrInAPrintedDiagnostic(string name)
        {
            var spec = Load(name);
            var document = SpecParser.Parse(spec.Path, spec.Text, TestContext.Current.CancellationToken);
            var result = CatalogBuilder.Build(document, null, new CatalogOptions());

            var lost = LostLines(name, spec.Text, Texts(document, result));

            Assert.True(lost.Count == 0, lost.Count + " lines of the document are in no field, section, note or printed diagnostic:\n" + string.Join("\n", lost.Take(20)));
        }

        // The check itself must see a loss: the seed's model without one description misses exactly that line.
        [Fact]
        public void TheCheckFindsALineTheModelDoesNotHold()
        {
            var spec = Fixtures.Seed();
            var document = SpecParser.Parse(spec.Path, spec.Text, TestContext.Current.CancellationToken);
            var result = CatalogBuilder.Build(document, null, new CatalogOptions());

            var lost = LostLines("seed", spec.Text, Texts(document, result).Where(text => text != "长时间不能和远程服务器建立连接。"));

            Assert.Equal(new[] { "seed(239): 长时间不能和远程服务器建立连接。" }, lost);
        }

        private static List<string> LostLines(string name, string source, IEnumerable<string> texts)
        {
            var held = Normalize(string.Join("\n", texts));
            var lost = new List<string>();
            source = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            source = s_wrappedLinkTarget.Replace(source, "]\n");
            var lines = source.Split('\n');
            var fences = CorpusChecks.Fences(lines);
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                if (fences[i] == CorpusChecks.FenceLine.Marker)
                {
                    // The fence's own line is markup; its language tag is no text of the document.
                    inFence = !inFence;
                    continue;
                }

                // A fence never closed is read as if it were not there (ECG0024), its marker too.
                var line = fences[i] == CorpusChecks.FenceLine.Unclosed ? s_fence.Replace(lines[i], string.Empty) : lines[i];

                // A table row's cells each stand in the catalog, and a cell's <br> breaks it into lines, as a field's
                // items; a row is no sentence to find whole.
                var parts = !inFence && line.TrimStart().StartsWith('|') ? line.Split('|').SelectMany(cell => s_lineBreak.Split(cell)).ToArray() : new[] { line };
                foreach (var part in parts)
                {
                    var text = Visible(part, IsTableHeader(lines, i), inFence);
                    if (text.Length != 0 && !held.Contains(text, StringComparison.Ordinal))
                    {
                        lost.Add($"{name}({i + 1}): {lines[i].Trim()}");
                        break;
                    }
                }
            }

            return lost;
        }

        private static TestSpec Load(string name)
        {
            var slash = name.IndexOf('/');
            var (folder, file) = (name.Substring(0, slash), name.Substring(slash + 1));
            return folder switch
            {
                "Corpus" => Fixtures.Corpus(file),
                "CorpusMore" => Fixtures.CorpusMore(file),
                "OpenHarmony" => Fixtures.OpenHarmony(file),
                _ => Fixtures.Spec(file),
            };
        }

        // Everything the model holds of the document, and the messages of the diagnostics a build prints.
        private static IEnumerable<string> Texts(ParsedDocument document, CatalogResult result)
        {
            yield return document.Title;
            foreach (var note in document.Notes)
            {
                yield return note;
            }

            foreach (var property in document.Properties)
            {
                yield return property.Key + property.Value;
            }

            foreach (var code in document.Codes)
            {
                yield return code.Code + code.Title;
                yield return code.Code + (code.Name ?? string.Empty) + code.Message;
                yield return code.Message;
                yield return code.Description;
                foreach (var item in code.Causes.Concat(code.Remediation))
                {
                    yield return item;
                }

                foreach (var section in code.Sections)
                {
                    yield return section.Label;
                    yield return section.Text;
                }

                foreach (var scenario in code.Scenarios)
                {
                    yield return scenario.Title;
                    yield return scenario.Message;
                    yield return scenario.Description;
                    foreach (var item in scenario.Causes.Concat(scenario.Remediation))
                    {
                        yield return item;
                    }

                    foreach (var section in scenario.Sections)
                    {
                        yield return section.Label;
                        yield return section.Text;
                    }
                }
            }

            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= Severity.Warning))
            {
                yield return diagnostic.Message;
            }
        }

        // The line's text as a reader sees it: no markup, no list number, no link target, no HTML tag or comment (but
        // a metadata comment's key and value), and only its letters and digits, so that spacing and punctuation that
        // markdown rewrites do not matter. A label that opens a field is structure, not text; what follows it on its line is.
        private static string Visible(string line, bool tableHeader, bool inFence)
        {
            if (!inFence)
            {
                if (tableHeader || s_tableSeparator.IsMatch(line))
                {
                    return string.Empty;
                }

                line = s_comment.Replace(line, match => IsProperty(match.Groups[1].Value) ? match.Groups[1].Value : string.Empty);
                line = s_tag.Replace(line, string.Empty);
                var label = s_label.Match(line);
                if (label.Success && KnownLabel(label.Groups[1].Value))
                {
                    line = label.Groups[2].Value;
                }

                line = s_listMarker.Replace(line, string.Empty);
                line = s_linkTarget.Replace(line, "]");
                line = WebUtility.HtmlDecode(line);
            }

            return Normalize(line);
        }

        private static bool KnownLabel(string label)
        {
            var document = SpecParser.Parse("label.md", "## 1 T\n\n**" + label + "**\n\nX.\n", TestContext.Current.CancellationToken);
            var code = document.Codes.Single();
            return code.Message == "X." || code.Description == "X." || code.Causes.Contains("X.") || code.Remediation.Contains("X.");
        }

        // A metadata comment (<!--Kit: Network Kit-->) is a property; markers (<!--Del-->, <!--RP1-->) and tools' notes
        // (<!-- md-trans-meta sourceCommit=... -->) say where text goes or came from, not what it says.
        private static bool IsProperty(string comment) => s_property.IsMatch(comment);

        private static bool IsTableHeader(string[] lines, int index) =>
            index + 1 < lines.Length && lines[index].TrimStart().StartsWith('|') && s_tableSeparator.IsMatch(lines[index + 1]);

        private static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
