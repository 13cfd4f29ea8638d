using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>
    /// What every upstream document must satisfy, each as the only spec of a project: a snapshot of what it generates,
    /// no error diagnostics, one entry per code heading or table row, every field the document has in the catalog,
    /// and a clean compile for both kinds of consumer.
    /// </summary>
    internal static class CorpusChecks
    {
        private static readonly Regex s_codeHeading = new(@"^ {0,3}#{1,6}[ \t]+-?[0-9]+(?![0-9A-Za-z_.])", RegexOptions.Multiline);
        private static readonly Regex s_gluedHeading = new(@"[^\s#]#{1,6} -?[0-9]+(?![0-9A-Za-z_.])");
        private static readonly Regex s_label = new(@"^\*\*([^*\n]+?)\*\*[ \t]*[:：]?[ \t]*$", RegexOptions.Multiline);

        // The labels as a reader of the corpus finds them, kept apart from the generator's own table on purpose.
        public static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
        {
            ["错误信息"] = "Message",
            ["Error Message"] = "Message",
            ["Error Information"] = "Message",
            ["错误描述"] = "Description",
            ["Description"] = "Description",
            ["Error Description"] = "Description",
            ["可能原因"] = "Causes",
            ["Possible Causes"] = "Causes",
            ["Possible Cause"] = "Causes",
            ["Cause"] = "Causes",
            ["Causes"] = "Causes",
            ["处理步骤"] = "Remediation",
            ["Solution"] = "Remediation",
            ["Procedure"] = "Remediation",
            ["Resolution Steps"] = "Remediation",
            ["Handling Procedure"] = "Remediation",
            ["Resolution"] = "Remediation",
            ["Solutions"] = "Remediation",
            ["Steps"] = "Remediation",
            ["Symptom"] = "Description",
            ["Handling Steps"] = "Remediation",
            ["处理方法"] = "Remediation",
            ["解决方法"] = "Remediation",
        };

        public static void MatchesSnapshot(TestSpec spec, string testClass, string name)
        {
            var (result, _) = new GeneratorRunner(new[] { spec }).Run();

            Assert.Null(result.Exception);
            Snapshot.Verify(result, testClass, "Generates_" + Regex.Replace(Path.ChangeExtension(name, null), "[^A-Za-z0-9_-]", "_"));
        }

        public static void HasNoErrorsAndOneEntryPerCode(TestSpec spec)
        {
            var (result, output) = new GeneratorRunner(new[] { spec }).Run();

            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            var catalog = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();
            var expected = ExpectedEntries(spec.Text);
            Assert.Equal(expected, catalog.All.Count);
            if (expected != 0)
            {
                Assert.NotEmpty(catalog.All);
            }
            else
            {
                // A document with only universal codes (calendarManager) says so, and the build warns that it defines none.
                Assert.Single(result.Diagnostics, d => d.Id == "ECG0001");
            }
        }

        public static void EveryFieldOfTheDocumentReachesTheCatalog(TestSpec spec, string name)
        {
            var (_, output) = new GeneratorRunner(new[] { spec }).Run();
            var catalog = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();
            var chunks = CodeChunks(spec.Text);
            if (chunks.Count == 0)
            {
                Assert.All(catalog.All, info => Assert.NotEqual(string.Empty, info.Message));
                return;
            }

            Assert.Equal(chunks.Count, catalog.All.Count);
            for (var i = 0; i < chunks.Count; i++)
            {
                var info = catalog.All[i];
                Assert.Equal(chunks[i].Code, info.Code);
                foreach (var field in chunks[i].Fields)
                {
                    var present = field switch
                    {
                        "Message" => info.Message.Length != 0,
                        "Description" => info.Description.Length != 0,
                        "Causes" => info.Causes.Count != 0,
                        _ => info.Remediation.Count != 0,
                    };

                    // A code whose fields start again (ECG0038) has them in its scenarios, the code's own being the first round's.
                    present |= info.Scenarios.Any(scenario => field switch
                    {
                        "Message" => scenario.Message.Length != 0,
                        "Description" => scenario.Description.Length != 0,
                        "Causes" => scenario.Causes.Count != 0,
                        _ => scenario.Remediation.Count != 0,
                    });
                    Assert.True(present, $"{name}: code {info.Code} (line {info.Line}) has a {field} section, but its {field} is empty");
                }
            }
        }

        public static void CompilesClean(TestSpec spec, LanguageVersion version, IReadOnlyList<MetadataReference> references)
        {
            var (result, output) = new GeneratorRunner(new[] { spec }, version, references).Run();

            Assert.Null(result.Exception);
            Assert.Empty(CompilationProblems.Of(output));
        }

        /// <summary>Fails unless every file of <paramref name="fixtures"/> is a byte-identical copy of the one under ../shared/<paramref name="shared"/>.</summary>
        public static void AreTheSharedFiles(string fixtures, string shared)
        {
            var source = Path.GetFullPath(Path.Combine(Paths.RepositoryRoot, "..", "shared", shared));
            Assert.SkipUnless(Directory.Exists(source), "../shared/" + shared + " is not beside the repository");
            var sharedFiles = Directory.GetFiles(source, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(source, path).Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var fixtureFiles = Directory.GetFiles(fixtures, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(fixtures, path).Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal).ToList();

            Assert.Equal(sharedFiles, fixtureFiles);
            foreach (var name in sharedFiles)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(source, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fixtures, name))), name + " differs from ../shared/" + shared);
            }
        }

        // Headings whose text starts with a code, headings glued to the end of a line, or else the rows of a table.
        public static int ExpectedEntries(string text)
        {
            var lines = WithoutFences(text);
            var headings = s_codeHeading.Matches(lines).Count + s_gluedHeading.Matches(lines).Count;
            if (headings != 0)
            {
                return headings;
            }

            var tableLines = lines.Split('\n').Where(line => line.TrimStart().StartsWith('|')).ToList();
            return Math.Max(0, tableLines.Count - 2);
        }

        private static List<(int Code, HashSet<string> Fields)> CodeChunks(string text)
        {
            var lines = WithoutFences(text);
            var starts = s_codeHeading.Matches(lines).Select(m => (m.Index, m.Value))
                .Concat(s_gluedHeading.Matches(lines).Select(m => (m.Index + 1, m.Value.Substring(1))))
                .OrderBy(start => start.Item1)
                .ToList();
            var chunks = new List<(int, HashSet<string>)>();
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1].Item1 : lines.Length;
                var body = lines.Substring(starts[i].Item1, end - starts[i].Item1);
                var fields = new HashSet<string>();
                foreach (Match label in s_label.Matches(body))
                {
                    if (Fields.TryGetValue(label.Groups[1].Value.Trim().TrimEnd(':', '：').Trim(), out var field) && HasTextAfter(body, label))
                    {
                        fields.Add(field);
                    }
                }

                chunks.Add((int.Parse(starts[i].Item2.TrimStart(' ', '#', '\t'), System.Globalization.CultureInfo.InvariantCulture), fields));
            }

            return chunks;
        }

        // A label followed by nothing before the next label or heading gives an empty field, rightly.
        private static bool HasTextAfter(string body, Match label)
        {
            var after = body.Substring(label.Index + label.Length);
            var next = s_label.Match(after);
            var section = next.Success ? after.Substring(0, next.Index) : after;
            return Regex.Replace(section, @"<!--.*?-->", string.Empty, RegexOptions.Singleline).Trim().Length != 0;
        }

        // Code fences blanked out (line count kept), so that a '#' line inside a fence is not counted.
        private static string WithoutFences(string text)
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var fences = Fences(lines);
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = fences[i] switch
                {
                    FenceLine.Text => lines[i],
                    FenceLine.Unclosed => lines[i].TrimStart().TrimStart('`'),
                    _ => string.Empty,
                };
            }

            return string.Join("\n", lines);
        }

        /// <summary>What each line is to markdown's fences, as the generator reads them: a fence that is never closed is no fence (ECG0024).</summary>
        public static FenceLine[] Fences(string[] lines)
        {
            var kinds = new FenceLine[lines.Length];
            var open = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart().TrimStart('>', ' ');
                if (!line.StartsWith("```", StringComparison.Ordinal) && !line.StartsWith("~~~", StringComparison.Ordinal))
                {
                    kinds[i] = open >= 0 ? FenceLine.Code : FenceLine.Text;
                    continue;
                }

                kinds[i] = FenceLine.Marker;
                open = open >= 0 ? -1 : i;
            }

            if (open >= 0)
            {
                kinds[open] = FenceLine.Unclosed;
                for (var i = open + 1; i < lines.Length; i++)
                {
                    kinds[i] = kinds[i] == FenceLine.Code ? FenceLine.Text : kinds[i];
                }
            }

            return kinds;
        }

        public enum FenceLine
        {
            Text,
            Marker,
            Code,
            Unclosed,
        }
    }
}
