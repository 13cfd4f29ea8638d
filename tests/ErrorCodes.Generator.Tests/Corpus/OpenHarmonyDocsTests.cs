using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Generator.Tests.Tool;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>
    /// The documents ErrorCodes.OpenHarmony ships (runtime/ErrorCodes.OpenHarmony/docs): upstream's files unchanged, every
    /// one of ../shared but two older names, and read as the corpus is. Those also in Fixtures/Corpus and CorpusMore are
    /// checked there, in the same bytes; these are the rest (../shared/corpus-3).
    /// </summary>
    public sealed class OpenHarmonyDocsTests
    {
        // errorcode_linkEnhance.md and errorcode_proxyChannelManager.md are older names of errorcode-link-enhance.md and
        // errorcode-proxyChannelManager.md (../shared/corpus/README.md): the package has one catalog a module.
        private static readonly string[] s_leftOut = { "errorcode_linkEnhance.md", "errorcode_proxyChannelManager.md" };

        private static readonly string[] s_sharedFolders = { "corpus", "corpus-more", "corpus-3" };

        public static IEnumerable<TheoryDataRow<string>> Documents() => Fixtures.OpenHarmonyOnlyNames().Select(name => new TheoryDataRow<string>(name));

        [Fact]
        public void TheDocumentsAreEveryDocumentOfSharedButTheOlderNamesByteForByte()
        {
            var shared = Path.GetFullPath(Path.Combine(Paths.RepositoryRoot, "..", "shared"));
            Assert.SkipUnless(Directory.Exists(Path.Combine(shared, "corpus-3")), "../shared is not beside the repository");
            var sources = s_sharedFolders
                .SelectMany(folder => Directory.GetFiles(Path.Combine(shared, folder), "*.md", SearchOption.AllDirectories)
                    .Where(path => Path.GetFileName(path) != "README.md" && !s_leftOut.Contains(Path.GetFileName(path)))
                    .Select(path => (Name: Path.GetRelativePath(Path.Combine(shared, folder), path).Replace('\\', '/'), Path: path)))
                .ToList();
            var package = Directory.GetFiles(Fixtures.OpenHarmonyDirectory, "*.md", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Fixtures.OpenHarmonyDirectory, path).Replace('\\', '/'))
                .OrderBy(name => name, StringComparer.Ordinal);

            Assert.Equal(382 - 4, sources.Count);
            Assert.Equal(sources.Select(source => source.Name).OrderBy(name => name, StringComparer.Ordinal), package);
            foreach (var (name, path) in sources)
            {
                Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Fixtures.OpenHarmonyDirectory, name))), name + " differs from " + path);
            }
        }

        [Fact]
        public void EveryDocumentHasASourceLine()
        {
            var rows = File.ReadAllLines(Path.Combine(Fixtures.OpenHarmonyDirectory, "SOURCES.tsv")).Skip(1).Select(line => line.Split('\t')).ToList();
            var chinese = Directory.GetFiles(Path.Combine(Fixtures.OpenHarmonyDirectory, "zh-cn"), "*.md").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal);

            Assert.Equal(chinese, rows.Select(row => row[0]));
            Assert.All(rows, row => Assert.Equal(6, row.Length));
            Assert.All(rows, row => Assert.Matches("^openharmony/docs(_cangjie)?$", row[1]));
            Assert.All(rows, row => Assert.Matches("^zh-cn/application-dev/reference/(.+/)?(cj-)?err(or)?code[^/]*\\.md$", row[2]));
            Assert.All(rows, row => Assert.Matches("^[0-9a-f]{12,40}$", row[3]));
        }

        // The package's build is quiet on upstream's mistakes (NoWarn in its project): this list is where they are seen,
        // and a refresh that brings another fails here until the list is written again and read.
        [Fact]
        public void UpstreamsMistakesAreTheListedOnes()
        {
            var listed = Path.Combine(Fixtures.OpenHarmonyDirectory, "upstream-mistakes.txt");

            var lint = Errorcodes.Run("lint", "--profile", "generator", Fixtures.OpenHarmonyDirectory);

            Assert.Equal(0, lint.ExitCode);
            var said = lint.Output.Replace(Fixtures.OpenHarmonyDirectory + Path.DirectorySeparatorChar, "docs/", StringComparison.Ordinal);
            Assert.True(
                File.ReadAllText(listed) == said,
                "errorcodes lint docs no longer says what docs/upstream-mistakes.txt lists; read the difference, then, in runtime/ErrorCodes.OpenHarmony, run errorcodes lint --profile generator docs > docs/upstream-mistakes.txt:\n" + said);
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void HasNoErrorsAndOneEntryPerCode(string name) => CorpusChecks.HasNoErrorsAndOneEntryPerCode(Fixtures.OpenHarmony(name));

        [Theory]
        [MemberData(nameof(Documents))]
        public void EveryFieldOfTheDocumentReachesTheCatalog(string name) => CorpusChecks.EveryFieldOfTheDocumentReachesTheCatalog(Fixtures.OpenHarmony(name), name);
    }
}
