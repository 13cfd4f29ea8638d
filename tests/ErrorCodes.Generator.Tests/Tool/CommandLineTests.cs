using System.IO;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary>What every command does with help, bad arguments and inputs it cannot read: a line that says why, exit code 3, never a stack trace.</summary>
    public sealed class CommandLineTests
    {
        [Theory]
        [InlineData("lint")]
        [InlineData("diff")]
        [InlineData("names")]
        [InlineData("explain")]
        [InlineData("export")]
        public void EveryCommandHasHelp(string command)
        {
            var result = Errorcodes.Run(command, "--help");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Usage:", result.Output, System.StringComparison.Ordinal);
            Assert.Contains("errorcodes " + command, result.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void TheRootHelpListsEveryCommand()
        {
            var result = Errorcodes.Run("--help");

            Assert.Equal(0, result.ExitCode);
            foreach (var command in new[] { "lint", "diff", "names", "explain", "export" })
            {
                Assert.Contains("  " + command + " ", result.Output, System.StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("frobnicate")]
        [InlineData("lint")]
        [InlineData("lint", "--format", "xml", "x.md")]
        [InlineData("diff", "only-one.md")]
        [InlineData("lint", "--no-such-option", "x.md")]
        public void BadArgumentsSayWhatIsWrong(params string[] args)
        {
            var result = Errorcodes.Run(args);

            Assert.Equal(3, result.ExitCode);
            Assert.StartsWith("errorcodes: ", result.Error, System.StringComparison.Ordinal);
            Assert.Contains("--help", result.Error, System.StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Output);
        }

        [Theory]
        [InlineData("lint")]
        [InlineData("export")]
        [InlineData("names")]
        public void AMissingFileIsNamed(string command)
        {
            var missing = Path.Combine(Path.GetTempPath(), "errorcodes-no-such-file.md");

            var result = Errorcodes.Run(command, missing);

            Assert.Equal(3, result.ExitCode);
            Assert.Equal($"errorcodes: {missing}: no such file or folder\n", result.Error);
        }

        [Fact]
        public void AGlobThatMatchesNothingIsNamed()
        {
            var result = Errorcodes.Run("lint", Fixtures.CorpusDirectory + "/**/no-such-*.md");

            Assert.Equal(3, result.ExitCode);
            Assert.EndsWith("no-such-*.md: no file matches this pattern\n", result.Error, System.StringComparison.Ordinal);
        }

        [Fact]
        public void BinaryInputIsNoDocumentButAStrayControlCharacterIsReadAsTheBuildReadsIt()
        {
            var binary = Errorcodes.Run("lint", Path.Combine(Fixtures.HostileDirectory, "binary-garbage.md"));
            var stray = Errorcodes.Run("lint", Path.Combine(Fixtures.HostileDirectory, "nul-and-control-characters.md"));

            Assert.Equal(1, binary.ExitCode);
            Assert.Contains("binary-garbage.md(1,1): error ECG0011: The spec file cannot be read (it is not text: its bytes are those of an image, an archive or another binary file); no catalog is generated for it\n", binary.Output, System.StringComparison.Ordinal);
            Assert.EndsWith("1 document: 1 error, 0 warnings\n", binary.Output, System.StringComparison.Ordinal);
            Assert.True(stray.ExitCode == 0, stray.ToString());
        }

        [Fact]
        public void AFolderWithoutAnyDocumentIsBadInputNotAPass()
        {
            using var temp = new TempDirectory("errorcodes-cli");

            var result = Errorcodes.Run("lint", temp.Path);

            // A CI step pointed at the wrong folder would otherwise pass with nothing checked.
            Assert.Equal(3, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Equal("errorcodes: " + temp.Path + ": no document (*.md but README.md) in this folder\n", result.Error);
        }
    }
}
