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
    /// Every OpenHarmony document of the corpus (Fixtures/Corpus, a copy of ../shared/corpus), each as the only spec
    /// of a project: no error diagnostics, one entry per code heading or table row, every field the document has
    /// in the catalog, a clean compile for both kinds of consumer, and a snapshot of the generated source.
    /// </summary>
    public sealed class CorpusTests
    {
        public static readonly string Directory = Path.Combine(Paths.TestProject, "Fixtures", "Corpus");

        private static readonly Regex s_codeHeading = new(@"^ {0,3}#{1,6}[ \t]+-?[0-9]+(?![0-9A-Za-z_.])", RegexOptions.Multiline);
        private static readonly Regex s_gluedHeading = new(@"[^\s#]#{1,6} -?[0-9]+(?![0-9A-Za-z_.])");
        private static readonly Regex s_label = new(@"^\*\*([^*\n]+?)\*\*[ \t]*[:：]?[ \t]*$", RegexOptions.Multiline);

        // The labels as a reader of the corpus finds them, kept apart from the generator's own table on purpose.
        private static readonly Dictionary<string, string> s_fields = new(StringComparer.OrdinalIgnoreCase)
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
        };

        public static IEnumerable<TheoryDataRow<string>> Documents() =>
            System.IO.Directory.GetFiles(Directory, "*.md", SearchOption.AllDirectories)
                .Where(path => Path.GetFileName(path) != "README.md")
                .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name => new TheoryDataRow<string>(name));

        [Fact]
        public void TheFixturesAreTheSharedCorpus()
        {
            var shared = Path.GetFullPath(Path.Combine(Paths.RepositoryRoot, "..", "shared", "corpus"));
            Assert.SkipUnless(System.IO.Directory.Exists(shared), "../shared/corpus is not beside the repository");
            var sharedFiles = System.IO.Directory.GetFiles(shared, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(shared, path).Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var fixtureFiles = System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal).ToList();

            Assert.Equal(sharedFiles, fixtureFiles);
            foreach (var name in sharedFiles)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(shared, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Directory, name))), name + " differs from ../shared/corpus");
            }
        }

        [Fact]
        public void TheCorpusHasBothLanguagesOfEveryDocument()
        {
            var names = Documents().Select(row => row.Data).ToList();

            Assert.Equal(34, names.Count(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)));
            Assert.Equal(
                names.Where(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)).Select(name => name.Substring(6)),
                names.Where(name => name.StartsWith("en/", StringComparison.Ordinal)).Select(name => name.Substring(3)));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void MatchesSnapshot(string name)
        {
            var (result, _) = new GeneratorRunner(new[] { Spec(name) }).Run();

            Assert.Null(result.Exception);
            Snapshot.Verify(result, nameof(CorpusTests), "Generates_" + Regex.Replace(Path.ChangeExtension(name, null), "[^A-Za-z0-9_-]", "_"));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void HasNoErrorsAndOneEntryPerCode(string name)
        {
            var spec = Spec(name);
            var (result, output) = new GeneratorRunner(new[] { spec }).Run();

            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            var catalog = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();
            Assert.Equal(ExpectedEntries(spec.Text), catalog.All.Count);
            Assert.NotEmpty(catalog.All);
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void EveryFieldOfTheDocumentReachesTheCatalog(string name)
        {
            var spec = Spec(name);
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
                    Assert.True(present, $"{name}: code {info.Code} (line {info.Line}) has a {field} section, but its {field} is empty");
                }
            }
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void CompilesCleanForNet10(string name) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Spec(name) }, LanguageVersion.Latest, References.Net));

        [Theory]
        [MemberData(nameof(Documents))]
        public void CompilesCleanForNetStandard20AtCSharp73(string name) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Spec(name) }, LanguageVersion.CSharp7_3, References.NetStandard20));

        internal static TestSpec Spec(string name, IReadOnlyDictionary<string, string>? metadata = null) =>
            TestSpec.FromBytes("/repo/docs/" + name, File.ReadAllBytes(Path.Combine(Directory, name))) with { Metadata = metadata };

        // Headings whose text starts with a code, headings glued to the end of a line, or else the rows of a table.
        private static int ExpectedEntries(string text)
        {
            var lines = WithoutFences(text);
            var headings = s_codeHeading.Matches(lines).Count + s_gluedHeading.Matches(lines).Count;
            if (headings != 0)
            {
                return headings;
            }

            var tableLines = lines.Split('\n').Where(line => line.TrimStart().StartsWith('|')).ToList();
            return tableLines.Count - 2;
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
                    if (s_fields.TryGetValue(label.Groups[1].Value.Trim().TrimEnd(':', '：').Trim(), out var field) && HasTextAfter(body, label))
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
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var isFence = lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal);
                if (isFence || inFence)
                {
                    lines[i] = string.Empty;
                }

                if (isFence)
                {
                    inFence = !inFence;
                }
            }

            return string.Join("\n", lines);
        }

        private static void AssertCompilesClean(GeneratorRunner runner)
        {
            var (result, output) = runner.Run();

            Assert.Null(result.Exception);
            Assert.Empty(CompilationProblems.Of(output));
        }
    }
}
