using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// The errorcodes tool as a doc writer gets it: packed, installed with <c>dotnet tool install</c> from a local feed
    /// into a tool path of its own, and run as a process, output and exit code, on the corpus, the seed and bad input.
    /// </summary>
    public sealed class ToolPackageTests : IClassFixture<ToolPackageTests.InstalledTool>
    {
        private readonly InstalledTool _tool;

        public ToolPackageTests(InstalledTool tool) => _tool = tool;

        [Fact]
        public void ThePackageIsADotnetToolNamedErrorcodes()
        {
            using var package = ZipFile.OpenRead(Path.Combine(_tool.Feed, "ErrorCodes.Tool." + PackageFeed.Version + ".nupkg"));
            var entries = package.Entries.Select(entry => entry.FullName).ToList();

            Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", entries);
            Assert.Contains("tools/net8.0/any/errorcodes.dll", entries);
            Assert.Contains("tools/net8.0/any/ErrorCodes.Model.dll", entries);
            Assert.Contains("tools/net8.0/any/Markdig.dll", entries);
            Assert.Contains("tools/net8.0/any/ErrorCodes.OpenHarmony.dll", entries);
            Assert.Contains("tools/net8.0/any/ErrorCodes.Runtime.dll", entries);
            var result = _tool.Run("--version");
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith(PackageFeed.Version, result.Output, StringComparison.Ordinal);
        }

        // OpenHarmony's codes without a document: the installed tool carries them. Its own LANG chooses the language.
        [Fact]
        public void TheInstalledToolExplainsSearchesAndAnnotatesOpenHarmonysCodesOffline()
        {
            var explain = _tool.Run("explain \"errCode=0x2324EA\" --lang en");
            var chinese = ProcessRunner.Start(_tool.Command, "explain 2303210", Fixtures.Directory, environment: new System.Collections.Generic.Dictionary<string, string?> { ["LC_ALL"] = null, ["LC_MESSAGES"] = null, ["LANG"] = "zh_CN.UTF-8" });
            var json = _tool.Run("explain --format json -- -110");
            var search = _tool.Run("search 连接超时 --lang en");
            var annotate = _tool.Run("annotate --lang en", input: "E net: errCode=2303210 after 3000 ms\n");

            Assert.True(explain.ExitCode == 0, explain.Combined);
            Assert.StartsWith("2303210 ConnectionTimedOut  NetSocket · Network Kit · ArkTS\n", explain.Output, StringComparison.Ordinal);
            Assert.Contains("\n  Title:       Connection Timeout\n", explain.Output, StringComparison.Ordinal);
            Assert.Contains("\n  Title:       连接超时\n", chinese.Output, StringComparison.Ordinal);
            using var parsed = JsonDocument.Parse(json.Output);
            Assert.Equal(110, parsed.RootElement[0].GetProperty("code").GetInt32());
            Assert.Equal("Kernel", parsed.RootElement[0].GetProperty("modules")[0].GetProperty("module").GetString());
            Assert.Contains("2303210  Connection Timeout  (NetSocket, Network Kit, ArkTS)\n", search.Output, StringComparison.Ordinal);
            Assert.Equal("E net: errCode=2303210 [NetSocket, Network Kit: Connection Timeout] after 3000 ms\n", annotate.Output);
        }

        [Fact]
        public void LintReadsTheWholeCorpusAndTheSeedWithoutAnError()
        {
            var corpus = _tool.Run($"lint \"{Fixtures.CorpusDirectory}\"");
            var seed = _tool.Run($"lint \"{Paths.SeedSpec}\" --format sarif");

            Assert.True(corpus.ExitCode == 0, corpus.Combined);
            Assert.StartsWith($"{Fixtures.CorpusNames().Count()} documents: 0 errors, ", corpus.Output.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
            Assert.Equal(0, seed.ExitCode);
            using var sarif = JsonDocument.Parse(seed.Output);
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
            Assert.Equal("ECG0009", result.GetProperty("ruleId").GetString());
            Assert.Equal("note", result.GetProperty("level").GetString());
        }

        [Fact]
        public void LintReportsHostileInputAtItsLinesAndFailsOnAnError()
        {
            var errors = _tool.Run($"lint \"{Path.Combine(Fixtures.HostileDirectory, "code-with-letters.md")}\"");
            var warnings = _tool.Run($"lint \"{Path.Combine(Fixtures.HostileDirectory, "duplicate-codes.md")}\" --warnaserror");
            var binary = _tool.Run($"lint \"{Path.Combine(Fixtures.HostileDirectory, "binary-garbage.md")}\"");

            Assert.Equal(1, errors.ExitCode);
            Assert.Matches(@"code-with-letters\.md\(\d+,\d+\): error ECG\d{4}: ", errors.Output);
            Assert.Equal(1, warnings.ExitCode);
            Assert.Equal(1, binary.ExitCode);
            Assert.Contains("binary-garbage.md(1,1): error ECG0011: The spec file cannot be read (it is not text: ", binary.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void LintTakesAGlobRelativeToTheWorkingDirectory()
        {
            var result = _tool.Run("lint \"Corpus/*/errorcode-net-*.md\"", Fixtures.Directory);

            Assert.True(result.ExitCode == 0, result.Combined);
            Assert.Matches(@"^Corpus/(en|zh-cn)/errorcode-net-|^\d+ documents: 0 errors", result.Output);
            Assert.StartsWith($"{Fixtures.CorpusNames().Count(name => name.Contains("/errorcode-net-", StringComparison.Ordinal))} documents:", result.Output.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
        }

        [Fact]
        public void DiffOfTheSeedAndTheCorpusDocumentIsBreaking()
        {
            var corpus = Path.Combine(Fixtures.CorpusDirectory, "zh-cn", "errorcode-net-socket.md");
            var text = _tool.Run($"diff \"{Paths.SeedSpec}\" \"{corpus}\"");
            var markdown = _tool.Run($"diff \"{Paths.SeedSpec}\" \"{corpus}\" --format markdown");

            Assert.Equal(2, text.ExitCode);
            // The seed's names file keeps every name; what breaks is what TryGetErrno answers under the new 2303100 rule.
            Assert.EndsWith(": 14 breaking, 0 meaning changed, 0 kept obsolete, 11 added, 31 changed", text.Output.Split('\n')[0], StringComparison.Ordinal);
            Assert.Contains("    2303111 ResourceTemporarilyUnavailableTryAgain: errno 2111 -> errno 11\n", text.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(": renamed ", text.Output, StringComparison.Ordinal);
            Assert.Equal(2, markdown.ExitCode);
            Assert.StartsWith("## errorcode-net-socket.md\n\n### Breaking changes\n", markdown.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void NamesWritesTheFileThatExplainAndExportThenRead()
        {
            using var temp = new TempDirectory("errorcodes-tool");
            var spec = Path.Combine(temp.Path, "errorcode-net-socket.md");
            File.Copy(Paths.SeedSpec, spec);

            var names = _tool.Run("names errorcode-net-socket.md --rename 2303111 ResourceUnavailable", temp.Path);
            var explain = _tool.Run("explain 2303111 --spec .", temp.Path);
            var export = _tool.Run("export . --format csv", temp.Path);

            Assert.True(names.ExitCode == 0, names.Combined);
            Assert.Contains("2303111 ResourceUnavailable\n", File.ReadAllText(Path.Combine(temp.Path, "errorcode-net-socket.names")), StringComparison.Ordinal);
            Assert.True(explain.ExitCode == 0, explain.Combined);
            Assert.StartsWith("2303111 ResourceUnavailable  (zh-CN, errorcode-net-socket.md:", explain.Output, StringComparison.Ordinal);
            Assert.Equal(0, export.ExitCode);
            Assert.Contains("\nNetSocket,errorcode-net-socket.md,zh-CN,2303111,ResourceUnavailable,", export.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void ExportWritesEveryCorpusDocumentAsJson()
        {
            var result = _tool.Run($"export \"{Fixtures.CorpusDirectory}\"");
            using var json = JsonDocument.Parse(result.Output);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(Fixtures.CorpusNames().Count(), json.RootElement.GetProperty("catalogs").GetArrayLength());
        }

        // The error index from the installed tool: its style and script ride in the tool's assembly.
        [Fact]
        public void SiteWritesTheCorpusAsAnErrorIndexWithItsStyleAndScript()
        {
            using var temp = new TempDirectory("errorcodes-tool-site");
            var result = _tool.Run($"site \"{Fixtures.CorpusDirectory}\" -o \"{temp.Path}\" --title Corpus");

            Assert.True(result.ExitCode == 0, result.Combined);
            Assert.Contains("34 modules", result.Output, StringComparison.Ordinal);
            Assert.Contains("<h1><span class=\"num\">2303210</span> 连接超时</h1>", File.ReadAllText(Path.Combine(temp.Path, "errorcode-net-socket", "2303210.html")), StringComparison.Ordinal);
            Assert.Contains("prefers-color-scheme: dark", File.ReadAllText(Path.Combine(temp.Path, "site.css")), StringComparison.Ordinal);
            Assert.Contains("window.ERRORCODES_INDEX", File.ReadAllText(Path.Combine(temp.Path, "site.js")), StringComparison.Ordinal);
            Assert.StartsWith("// The search index", File.ReadAllText(Path.Combine(temp.Path, "search-index.js")), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("", 3)]
        [InlineData("frobnicate", 3)]
        [InlineData("lint no-such-file.md", 3)]
        [InlineData("explain twelve", 3)]
        [InlineData("explain 42 --spec no-such-folder", 3)]
        [InlineData("diff a.md", 3)]
        [InlineData("lint --help", 0)]
        public void BadInputIsALineAndAnExitCodeNeverAStackTrace(string arguments, int exitCode)
        {
            var result = _tool.Run(arguments);

            Assert.True(result.ExitCode == exitCode, result.Combined);
            Assert.DoesNotContain("   at ", result.Combined, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Combined, StringComparison.Ordinal);
            if (exitCode != 0)
            {
                Assert.StartsWith("errorcodes: ", result.Error, StringComparison.Ordinal);
            }
        }

        /// <summary>Installs the tool from the run's feed into a tool path of its own.</summary>
        public sealed class InstalledTool : IDisposable
        {
            private readonly TempDirectory _temp = new("errorcodes-tool");

            public InstalledTool()
            {
                Feed = PackageFeed.Shared.Directory;
                var tools = Path.Combine(_temp.Path, "tools");
                ProcessRunner.Run("dotnet", $"tool install ErrorCodes.Tool --tool-path \"{tools}\" --version {PackageFeed.Version} --configfile \"{PackageFeed.Shared.NuGetConfig}\"", _temp.Path);
                Command = Path.Combine(tools, OperatingSystem.IsWindows() ? "errorcodes.exe" : "errorcodes");
            }

            public string Feed { get; }

            public string Command { get; }

            internal ProcessResult Run(string arguments, string? workingDirectory = null, string? input = null) =>
                ProcessRunner.Start(Command, arguments, workingDirectory ?? _temp.Path, input: input);

            public void Dispose() => _temp.Dispose();
        }
    }
}
