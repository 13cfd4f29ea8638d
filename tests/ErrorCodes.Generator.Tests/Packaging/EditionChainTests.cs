using System;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Generator.Tests.Tool;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// A user's CI over a chain of editions of one document, through the package: at every step `errorcodes diff`
    /// judges the new edition before it is copied in, `errorcodes names` records the new codes, and the project, written
    /// against the first edition, is built and run. What diff calls safe builds; what it calls breaking is what changed.
    /// </summary>
    public sealed class EditionChainTests
    {
        private readonly PackageFeed _feed = PackageFeed.Shared;

        [Fact]
        public void FromTheSeedThroughThreeEditionsTheDiffVerdictIsWhatTheBuildAndTheProgramShow()
        {
            var seedNames = File.ReadAllLines(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names"))
                .Where(line => line.Length != 0 && line[0] != '#').Select(line => line.Split(' ')[1]).ToList();
            var program = "using System;\nusing Chain;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n"
                + string.Join("\n", seedNames.Select(member => $"        Console.WriteLine((int)NetSocketErrorCode.{member});"))
                + "\n        Console.WriteLine(NetSocketErrorCodes.TryGetErrno(2303111, out var errno) ? \"errno \" + errno : \"no errno\");\n    }\n}\n";
            var item = "<ErrorCodeSpec Include=\"errorcode-net-socket.md\" EnumName=\"NetSocketErrorCode\" ClassName=\"NetSocketErrorCodes\" />";
            var project = _feed.CreateProject(
                "Chain",
                "net10.0",
                "latest",
                isExe: true,
                program,
                extraProperties: "<WarningsNotAsErrors>CS0618;ECG0029;ECG0039</WarningsNotAsErrors>",
                itemGroup: $"<ItemGroup>\n    <PackageReference Include=\"ErrorCodes.Generator\" Version=\"{PackageFeed.Version}\" />\n    {item}\n  </ItemGroup>");
            var spec = Path.Combine(project, "errorcode-net-socket.md");
            File.Copy(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names"), Path.Combine(project, "errorcode-net-socket.names"));
            using var editions = new TempDirectory("errorcodes-editions");

            // Edition 1, the seed: the names it shipped.
            Assert.Contains("errno 2111", Run(project));

            // Edition 2, upstream's current one: no name changes with the names file, but a new errno rule (2303100 + errno)
            // changes what TryGetErrno answers, which diff calls breaking and the program shows.
            var current = File.ReadAllText(Path.Combine(Fixtures.CorpusDirectory, "zh-cn", "errorcode-net-socket.md"));
            var second = Step(editions, spec, "2", current, expectedExitCode: 2);
            Assert.Contains("2303111 ResourceTemporarilyUnavailableTryAgain: errno 2111 -> errno 11", second, StringComparison.Ordinal);
            Assert.DoesNotContain(": renamed ", second, StringComparison.Ordinal);
            Assert.Contains("errno 11", Run(project));

            // Edition 3 drops a code the names file recorded in step 2 and rewords a message: kept obsolete, nothing breaks.
            var dropped = current.IndexOf("## 2301013 ", StringComparison.Ordinal);
            var third = (current.Substring(0, dropped) + current.Substring(current.IndexOf("\n## ", dropped, StringComparison.Ordinal) + 1))
                .Replace("Not a socket.", "The descriptor is not a socket.", StringComparison.Ordinal);
            Assert.Contains("The descriptor is not a socket.", third, StringComparison.Ordinal);
            var verdict = Step(editions, spec, "3", third, expectedExitCode: 0);
            Assert.Contains("2301013 InsufficientPermissions: removed, kept obsolete", verdict, StringComparison.Ordinal);
            Assert.Contains("errno 11", Run(project));

            // Edition 4: upstream renames the document. The names file left behind is ECG0039 in the build, whose members
            // break without it; names --move takes it along, and the project builds again.
            File.Move(spec, Path.Combine(project, "errorcode-socket.md"));
            var csproj = Path.Combine(project, "Chain.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("Include=\"errorcode-net-socket.md\"", "Include=\"errorcode-socket.md\"", StringComparison.Ordinal));
            var orphaned = ProcessRunner.Run("dotnet", "build -c Release", project, expectedExitCode: 1);
            Assert.Contains("errorcode-net-socket.names(1,1): warning ECG0039: The names file", orphaned, StringComparison.Ordinal);
            Assert.Contains("'errorcode-socket.md' beside it has no names file and defines most of its codes", orphaned, StringComparison.Ordinal);
            Assert.Contains("error CS0117: 'NetSocketErrorCode' does not contain a definition for 'SocketOperationOnNonSocket'", orphaned, StringComparison.Ordinal);
            var move = Errorcodes.Run("names", "--move", spec, Path.Combine(project, "errorcode-socket.md"));
            Assert.True(move.ExitCode == 0, move.ToString());
            var build = ProcessRunner.Run("dotnet", "build -c Release", project);
            Assert.DoesNotContain("ECG0039", build, StringComparison.Ordinal);
            Assert.Contains("errno 11", ProcessRunner.Run("dotnet", "run -c Release --no-build", project));
        }

        // The CI step: diff the project's edition (with its names file) against the new one, then copy it in and record
        // the new codes, as the README's "Moving to a new edition" says.
        private static string Step(TempDirectory editions, string spec, string name, string text, int expectedExitCode)
        {
            var incoming = Path.Combine(editions.Path, name, Path.GetFileName(spec));
            Directory.CreateDirectory(Path.GetDirectoryName(incoming)!);
            File.WriteAllText(incoming, text);
            var diff = Errorcodes.Run("diff", spec, incoming);
            Assert.True(diff.ExitCode == expectedExitCode, diff.ToString());
            File.Copy(incoming, spec, overwrite: true);
            var names = Errorcodes.Run("names", spec);
            Assert.True(names.ExitCode == 0, names.ToString());
            return diff.Output;
        }

        private static string Run(string project)
        {
            ProcessRunner.Run("dotnet", "build -c Release", project);
            return ProcessRunner.Run("dotnet", "run -c Release --no-build", project);
        }
    }
}
