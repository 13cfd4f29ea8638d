using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Every spec a test reads, found one way: read as bytes and decoded as the compiler decodes a file, under the path
    /// it would have in a project (<c>/repo/spec/…</c>, the corpus under <c>/repo/docs/…</c>).
    /// </summary>
    internal static class Fixtures
    {
        public const string SpecDirectory = "/repo/spec";

        public const string DocsDirectory = "/repo/docs";

        /// <summary>The named fixtures of Fixtures/, beside the seed.</summary>
        public static readonly string[] Names = { "empty.md", "english-labels.md", "escaping.md", "minimal.md", "names-and-duplicates.md" };

        public static string Directory { get; } = Path.Combine(Paths.TestProject, "Fixtures");

        /// <summary>Fixtures/Corpus: the OpenHarmony documents, zh-cn/ and en/.</summary>
        public static string CorpusDirectory { get; } = Path.Combine(Directory, "Corpus");

        /// <summary>Fixtures/CorpusMore: more OpenHarmony documents, zh-cn/ and en/, that the parser was not written against.</summary>
        public static string CorpusMoreDirectory { get; } = Path.Combine(Directory, "CorpusMore");

        /// <summary>runtime/ErrorCodes.OpenHarmony/docs: upstream's documents as the package ships them.</summary>
        public static string OpenHarmonyDirectory { get; } = Path.Combine(Paths.RepositoryRoot, "runtime", "ErrorCodes.OpenHarmony", "docs");

        /// <summary>Fixtures/Hostile: bad and odd specs.</summary>
        public static string HostileDirectory { get; } = Path.Combine(Directory, "Hostile");

        /// <summary>The seed, spec/errorcode-net-socket.md.</summary>
        public static TestSpec Seed() => Spec("errorcode-net-socket.md");

        /// <summary>The seed's names file, spec/errorcode-net-socket.names, listed as the build lists it.</summary>
        public static TestSpec SeedNames() => Spec("errorcode-net-socket.names") with { Metadata = new Dictionary<string, string> { ["ErrorCodesSpec"] = "names" } };

        /// <summary>A spec of the repository's spec/ folder: the seed, errorcode-kernel.md or errorcode-universal.md.</summary>
        public static TestSpec Spec(string name) => Load(Path.Combine(Paths.RepositoryRoot, "spec", name), SpecDirectory + "/" + name);

        /// <summary>A named fixture of Fixtures/, such as minimal.md.</summary>
        public static TestSpec Fixture(string name) => Load(Path.Combine(Directory, name), SpecDirectory + "/" + name);

        /// <summary>The seed or a named fixture, by file name.</summary>
        public static TestSpec ByName(string name) => name == "errorcode-net-socket.md" ? Seed() : Fixture(name);

        /// <summary>The seed's name, then the named fixtures'.</summary>
        public static IEnumerable<string> AllNames() => Names.Prepend("errorcode-net-socket.md");

        /// <summary>A spec of Fixtures/Names, or its names file (listed as the build lists one), such as errorcode-edition.names.</summary>
        public static TestSpec NamesFixture(string name)
        {
            var spec = Load(Path.Combine(Directory, "Names", name), SpecDirectory + "/" + name);
            return name.EndsWith(".names", StringComparison.Ordinal) ? spec with { Metadata = new Dictionary<string, string> { ["ErrorCodesSpec"] = "names" } } : spec;
        }

        /// <summary>A hostile fixture, such as deprecated-codes.md.</summary>
        public static TestSpec Hostile(string name) => Load(Path.Combine(HostileDirectory, name), SpecDirectory + "/" + name);

        /// <summary>A corpus document, such as zh-cn/errorcode-net-socket.md.</summary>
        public static TestSpec Corpus(string name, IReadOnlyDictionary<string, string>? metadata = null) =>
            Load(Path.Combine(CorpusDirectory, name), DocsDirectory + "/" + name) with { Metadata = metadata };

        /// <summary>A document of the second corpus, such as en/errorcode-bundle.md.</summary>
        public static TestSpec CorpusMore(string name, IReadOnlyDictionary<string, string>? metadata = null) =>
            Load(Path.Combine(CorpusMoreDirectory, name), DocsDirectory + "/" + name) with { Metadata = metadata };

        /// <summary>A document of the ErrorCodes.OpenHarmony package, such as zh-cn/errorcode-update.md.</summary>
        public static TestSpec OpenHarmony(string name) =>
            Load(Path.Combine(OpenHarmonyDirectory, name), DocsDirectory + "/" + name);

        /// <summary>
        /// The package's documents that neither corpus fixture holds (those of ../shared/corpus-3), as <see cref="CorpusNames"/>:
        /// the others are checked as fixtures already, and the package's copies are held to be the same files.
        /// </summary>
        public static IEnumerable<string> OpenHarmonyOnlyNames() =>
            DocumentNames(OpenHarmonyDirectory).Except(CorpusNames()).Except(CorpusMoreNames());

        /// <summary>The hostile fixtures' file names, in ordinal order.</summary>
        public static IEnumerable<string> HostileNames() =>
            System.IO.Directory.GetFiles(HostileDirectory, "*.md").Select(path => Path.GetFileName(path)!).OrderBy(name => name, StringComparer.Ordinal);

        /// <summary>The corpus documents' names relative to the corpus (zh-cn/… and en/…), in ordinal order, without its README.</summary>
        public static IEnumerable<string> CorpusNames() => DocumentNames(CorpusDirectory);

        /// <summary>The second corpus's documents' names, as <see cref="CorpusNames"/>.</summary>
        public static IEnumerable<string> CorpusMoreNames() => DocumentNames(CorpusMoreDirectory);

        private static IEnumerable<string> DocumentNames(string directory) =>
            System.IO.Directory.GetFiles(directory, "*.md", SearchOption.AllDirectories)
                .Where(path => Path.GetFileName(path) != "README.md")
                .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
                .OrderBy(name => name, StringComparer.Ordinal);

        private static TestSpec Load(string file, string path) => TestSpec.FromBytes(path, File.ReadAllBytes(file));
    }
}
