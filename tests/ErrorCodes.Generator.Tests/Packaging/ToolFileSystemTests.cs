using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// The installed errorcodes on the folders and files users have: links that lead round, pipes and dangling links
    /// named *.md, documents in UTF-32, and names files that several runs write at once or a run killed while writing.
    /// </summary>
    public sealed class ToolFileSystemTests : IClassFixture<ToolPackageTests.InstalledTool>
    {
        private readonly ToolPackageTests.InstalledTool _tool;

        public ToolFileSystemTests(ToolPackageTests.InstalledTool tool) => _tool = tool;

        // Before: one loop made lint read a document 41 times, two made it run on forever with growing memory.
        [Fact]
        public async Task LinksThatLeadRoundAreFollowedOnceAndEveryDocumentIsReadOnce()
        {
            using var temp = new TempDirectory("errorcodes-links");
            var docs = Directory.CreateDirectory(Path.Combine(temp.Path, "docs", "zh-cn")).FullName;
            File.Copy(Paths.SeedSpec, Path.Combine(docs, "errorcode-net-socket.md"));
            Directory.CreateSymbolicLink(Path.Combine(docs, "up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(docs, "self"), ".");
            Directory.CreateSymbolicLink(Path.Combine(temp.Path, "docs", "again"), Path.Combine(temp.Path, "docs"));

            var run = Task.Run(() => _tool.Run("lint docs", temp.Path), TestContext.Current.CancellationToken);
            var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
            Assert.True(first == run, "lint did not finish on a folder with link loops");
            var result = await run;

            Assert.True(result.ExitCode == 0, result.Combined);
            Assert.Equal("1 document: 0 errors, 0 warnings\n", result.Output);
        }

        // A pipe, a dangling link and a folder named *.md, and a binary file: each one located line, and the others linted.
        [Fact]
        public void OddFilesAreOneLineEachAndTheOthersAreRead()
        {
            using var temp = new TempDirectory("errorcodes-odd");
            File.Copy(Paths.SeedSpec, Path.Combine(temp.Path, "errorcode-net-socket.md"));
            ProcessRunner.Run("mkfifo", "pipe.md", temp.Path);
            File.CreateSymbolicLink(Path.Combine(temp.Path, "dangling.md"), Path.Combine(temp.Path, "nowhere.md"));
            File.Copy(Path.Combine(Fixtures.HostileDirectory, "binary-garbage.md"), Path.Combine(temp.Path, "image.md"));

            var result = _tool.Run("lint .", temp.Path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("dangling.md(1,1): error ECG0011: The spec file cannot be read (Could not find file", result.Output, StringComparison.Ordinal);
            Assert.Contains("image.md(1,1): error ECG0011: The spec file cannot be read (it is not text: ", result.Output, StringComparison.Ordinal);
            Assert.Contains("pipe.md(1,1): error ECG0011: The spec file cannot be read (reading it did not end in 10 s: it is a pipe or a device, not a file)", result.Output, StringComparison.Ordinal);
            Assert.EndsWith("4 documents: 3 errors, 0 warnings\n", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("report", result.Combined, StringComparison.OrdinalIgnoreCase);

            var explain = _tool.Run("explain 2303210 --spec .", temp.Path);
            Assert.Equal(0, explain.ExitCode);
            Assert.Contains("errorcodes: image.md: skipped: The spec file cannot be read (it is not text", explain.Error, StringComparison.Ordinal);
            Assert.Contains("2303210", explain.Output, StringComparison.Ordinal);
        }

        // The build cannot read UTF-32 as such: it takes UTF-32 little-endian's mark for UTF-16's, and UTF-32 big-endian
        // for a binary file. The tool decodes as the build does; both read the first back, with the same warning, and
        // give the second the same error.
        [Fact]
        public void AUtf32DocumentGetsTheBuildsVerdict()
        {
            using var temp = new TempDirectory("errorcodes-utf32");
            var seed = File.ReadAllText(Paths.SeedSpec);
            File.WriteAllBytes(Path.Combine(temp.Path, "little.md"), new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(new UTF32Encoding(false, false).GetBytes(seed)).ToArray());
            File.WriteAllBytes(Path.Combine(temp.Path, "big.md"), new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble().Concat(new UTF32Encoding(true, false).GetBytes(seed)).ToArray());

            var result = _tool.Run("lint little.md big.md --format json", temp.Path);
            var export = _tool.Run("export little.md", temp.Path);

            // The compiler's own decoding, which SourceText.From(Stream) does not share for UTF-32: a real build.
            var project = PackageFeed.Shared.CreateProject("Utf32", "net10.0", "latest", isExe: false, "namespace Utf32 { /// <summary>Empty.</summary>\npublic static class Empty { } }", extraItems: @"<ErrorCodeSpec Include=""little.md"" />
    <ErrorCodeSpec Include=""big.md"" />");
            File.Copy(Path.Combine(temp.Path, "little.md"), Path.Combine(project, "little.md"));
            File.Copy(Path.Combine(temp.Path, "big.md"), Path.Combine(project, "big.md"));
            var build = ProcessRunner.Run("dotnet", "build -p:TreatWarningsAsErrors=false", project, expectedExitCode: 1);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("\"message\": \"The spec is not valid UTF-8 (it is UTF-32, which the compiler reads as UTF-16; read as UTF-32); the text it generates may not be what the document says. Save the file as UTF-8.\"", result.Output, StringComparison.Ordinal);
            Assert.Contains("\"message\": \"The spec file cannot be read (it is UTF-32 big-endian, which the compiler cannot decode; save it as UTF-8); no catalog is generated for it\"", result.Output, StringComparison.Ordinal);
            Assert.Contains("\"code\": 2303210", export.Output, StringComparison.Ordinal);
            Assert.Contains("little.md(1,1): warning ECG0014: The spec is not valid UTF-8 (it is UTF-32, which the compiler reads as UTF-16; read as UTF-32)", build, StringComparison.Ordinal);
            Assert.Contains("big.md(1,1): error ECG0011: The spec file cannot be read (the compiler could not read it)", build, StringComparison.Ordinal); // and CS2015: a binary file
            Assert.Contains("Code = 2303210,", File.ReadAllText(Directory.GetFiles(Path.Combine(project, "obj"), "LittleErrorCode.g.cs", SearchOption.AllDirectories).Single()), StringComparison.Ordinal);
        }

        // Before: two runs at once left the file empty or with every code twice, both exiting 0.
        [Fact]
        public async Task RunsThatWriteOneNamesFileAtOnceLeaveItWhole()
        {
            using var temp = new TempDirectory("errorcodes-names-race");
            var spec = Path.Combine(temp.Path, "errorcode-net-socket.md");
            File.Copy(Paths.SeedSpec, spec);
            using var reference = new TempDirectory("errorcodes-names-one");
            File.Copy(Paths.SeedSpec, Path.Combine(reference.Path, "errorcode-net-socket.md"));
            Assert.Equal(0, _tool.Run("names errorcode-net-socket.md", reference.Path).ExitCode);
            var expected = File.ReadAllText(Path.Combine(reference.Path, "errorcode-net-socket.names"));

            for (var round = 0; round < 3; round++)
            {
                File.Delete(Path.Combine(temp.Path, "errorcode-net-socket.names"));
                var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _tool.Run("names errorcode-net-socket.md", temp.Path), TestContext.Current.CancellationToken)));

                Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Combined));
                Assert.Equal(expected, File.ReadAllText(Path.Combine(temp.Path, "errorcode-net-socket.names")));
                Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
            }
        }

        // Before: a run killed while it wrote left the file empty (8 of 8 trials). Now the file is the old one or the new
        // one, whenever the run is killed; runs are killed at times spread over how long one takes.
        [Fact]
        public void ARunKilledWhileItWritesLeavesTheOldFileOrTheNew()
        {
            using var temp = new TempDirectory("errorcodes-names-kill");
            var spec = Path.Combine(temp.Path, "errorcode-large.md");
            var large = new StringBuilder("# Large\n\n");
            for (var code = 0; code < 20_000; code++)
            {
                large.Append(Documents.Code(7_000_000 + code, "标题 " + code, "Message number " + code + " of the large document."));
            }

            File.WriteAllText(spec, large.ToString());
            var names = Path.Combine(temp.Path, "errorcode-large.names");
            var old = "# The names of errorcode-large.md\n7000000 Kept\n";
            File.WriteAllText(names, old);
            var timer = Stopwatch.StartNew();
            Assert.Equal(0, _tool.Run("names errorcode-large.md", temp.Path).ExitCode);
            var duration = timer.Elapsed;
            var complete = File.ReadAllText(names);
            Assert.Equal(20_001, complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

            var outcomes = new List<string>();
            for (var trial = 0; trial < 8; trial++)
            {
                File.WriteAllText(names, old);
                var start = ProcessRunner.StartInfo(_tool.Command, "names errorcode-large.md", temp.Path);
                using var process = Process.Start(start)!;
                System.Threading.Thread.Sleep(TimeSpan.FromMilliseconds(duration.TotalMilliseconds * (0.5 + (0.07 * trial))));
                process.Kill();
                process.WaitForExit();
                var left = File.ReadAllText(names);
                Assert.True(left == old || left == complete, $"trial {trial}: the names file holds {left.Length} characters, neither the old file nor the new");
                outcomes.Add(left == old ? "old" : "new");
            }

            Assert.Contains("old", outcomes);
        }
    }
}
