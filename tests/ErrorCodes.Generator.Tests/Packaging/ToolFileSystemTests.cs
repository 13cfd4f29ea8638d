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

            var run = Task.Run(() => _tool.Run("lint --profile generator docs", temp.Path), TestContext.Current.CancellationToken);
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

            var result = _tool.Run("lint --profile generator .", temp.Path);

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

        // Before: one such file made lint, explain --spec and diff stop with exit code 3, a GBK document linted with twenty
        // warnings about garbled labels, and a folder without a document passed. Now each is one located error, named,
        // the other documents are checked, the build says the same (ECG0011, from what the compiler made of the bytes),
        // and a path with no document is bad input.
        [Fact]
        public void DocumentsInOtherEncodingsAreOneErrorEachAndTheRestAreChecked()
        {
            using var temp = new TempDirectory("errorcodes-encodings");
            var seed = File.ReadAllText(Paths.SeedSpec);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            File.WriteAllBytes(Path.Combine(temp.Path, "gbk.md"), Encoding.GetEncoding("GB18030").GetBytes(seed));
            File.WriteAllBytes(Path.Combine(temp.Path, "utf16.md"), new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(seed));
            File.WriteAllBytes(Path.Combine(temp.Path, "image.md"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Enumerable.Range(0, 2048).Select(i => (byte)(i * 7))).ToArray());
            File.WriteAllText(Path.Combine(temp.Path, "good.md"), seed);
            Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

            var lint = _tool.Run("lint --profile generator .", temp.Path);
            var explain = _tool.Run("explain 2303210 --spec .", temp.Path);
            var empty = _tool.Run("lint empty", temp.Path);
            Directory.CreateDirectory(Path.Combine(temp.Path, "old"));
            Directory.CreateDirectory(Path.Combine(temp.Path, "new"));
            File.Copy(Path.Combine(temp.Path, "good.md"), Path.Combine(temp.Path, "old", "good.md"));
            File.Copy(Path.Combine(temp.Path, "good.md"), Path.Combine(temp.Path, "new", "good.md"));
            File.Copy(Path.Combine(temp.Path, "gbk.md"), Path.Combine(temp.Path, "old", "gbk.md"));
            File.Copy(Path.Combine(temp.Path, "gbk.md"), Path.Combine(temp.Path, "new", "gbk.md"));
            File.WriteAllText(Path.Combine(temp.Path, "new", "good.md"), seed.Replace("Connection timed out.", "The connection timed out.", StringComparison.Ordinal));
            var diff = _tool.Run("diff old new", temp.Path);

            Assert.Equal(1, lint.ExitCode);
            Assert.Contains("gbk.md(1,1): error ECG0011: The spec file cannot be read (it is GBK (GB18030) text, which the compiler reads as UTF-8 and loses its Chinese; save it as UTF-8)", lint.Output, StringComparison.Ordinal);
            Assert.Contains("utf16.md(1,1): error ECG0011: The spec file cannot be read (it is UTF-16 (little-endian) text without a byte-order mark", lint.Output, StringComparison.Ordinal);
            Assert.Contains("image.md(1,1): error ECG0011: The spec file cannot be read (it is not text", lint.Output, StringComparison.Ordinal);
            Assert.EndsWith("4 documents: 3 errors, 0 warnings\n", lint.Output, StringComparison.Ordinal);
            Assert.Equal(0, explain.ExitCode);
            Assert.Contains("Connection timed out.", explain.Output, StringComparison.Ordinal);
            Assert.Equal(3, empty.ExitCode);
            Assert.Contains("no document", empty.Combined, StringComparison.Ordinal);

            // diff compares the documents it can read, says which it could not, and does not call the edition safe.
            Assert.Equal(3, diff.ExitCode);
            Assert.Contains("errorcodes: skipped: ", diff.Combined, StringComparison.Ordinal);
            Assert.Contains("gbk.md", diff.Combined, StringComparison.Ordinal);
            Assert.Contains("2303210 ConnectionTimedOut: message \"Connection timed out.\" -> \"The connection timed out.\"", diff.Combined, StringComparison.Ordinal);

            // The build, from the compiler's decoding: one ECG0011 a file, no warning about its labels, the good spec generated.
            var project = PackageFeed.Shared.CreateProject("Encodings", "net10.0", "latest", isExe: false, "namespace Encodings { /// <summary>Empty.</summary>\npublic static class Empty { } }", extraItems: @"<ErrorCodeSpec Include=""gbk.md"" />
    <ErrorCodeSpec Include=""utf16.md"" />");
            File.Copy(Path.Combine(temp.Path, "gbk.md"), Path.Combine(project, "gbk.md"));
            File.Copy(Path.Combine(temp.Path, "utf16.md"), Path.Combine(project, "utf16.md"));
            var build = ProcessRunner.Run("dotnet", "build -p:TreatWarningsAsErrors=false", project, expectedExitCode: 1);

            Assert.Contains("gbk.md(1,1): error ECG0011: The spec file cannot be read (it is not UTF-8:", build, StringComparison.Ordinal);
            // The compiler takes UTF-16 without its mark for a binary file (CS2015) and gives the generator no text.
            Assert.Contains("utf16.md(1,1): error ECG0011: The spec file cannot be read (the compiler could not read it)", build, StringComparison.Ordinal);
            Assert.DoesNotContain("ECG0023", build, StringComparison.Ordinal);
            Assert.DoesNotContain("ECG0004", build, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(Path.Combine(project, "obj"), "NetSocketErrorCode.g.cs", SearchOption.AllDirectories));
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
