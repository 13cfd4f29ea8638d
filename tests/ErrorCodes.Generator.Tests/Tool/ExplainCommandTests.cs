using System.IO;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary><c>errorcodes explain</c>: everything the documents say about one code.</summary>
    public sealed class ExplainCommandTests
    {
        [Fact]
        public void ShowsACodeInEveryLanguageTheDocumentsHaveItIn()
        {
            var result = Errorcodes.Run("explain", "2301001", "--spec", Fixtures.CorpusDirectory);

            Assert.True(result.ExitCode == 0, result.ToString());
            var blocks = result.Output.Split("\n\n");
            Assert.Equal(2, blocks.Length);
            Assert.StartsWith("2301001 OperationNotPermitted  (en, ", blocks[0], System.StringComparison.Ordinal);
            Assert.Contains("/en/errorcode-net-socket.md:16)", blocks[0], System.StringComparison.Ordinal);
            Assert.Contains("  Title:       Operation Not Allowed\n", blocks[0], System.StringComparison.Ordinal);
            Assert.Contains("  Causes:\n    1. The operation is illegal.\n", blocks[0], System.StringComparison.Ordinal);
            Assert.StartsWith("2301001 OperationNotPermitted  (zh-CN, ", blocks[1], System.StringComparison.Ordinal);
            Assert.Contains("  Title:       操作不允许\n", blocks[1], System.StringComparison.Ordinal);
            Assert.Contains("  Steps:\n    1. 检查操作步骤。\n", blocks[1], System.StringComparison.Ordinal);
        }

        [Fact]
        public void ACodeNoHeadingHasIsExplainedByTheErrnoRuleThatMapsIt()
        {
            var spec = Path.Combine(Paths.RepositoryRoot, "spec");
            var withTable = Errorcodes.Run("explain", "2301111", "--spec", Path.Combine(spec, "errorcode-net-socket.md"), Path.Combine(spec, "errorcode-kernel.md"));
            var withoutTable = Errorcodes.Run("explain", "2301111", "--spec", Path.Combine(spec, "errorcode-net-socket.md"));

            Assert.True(withTable.ExitCode == 0, withTable.ToString());
            Assert.Contains("2301111 is 2301000 + errno 111, by the rule of ", withTable.Output, System.StringComparison.Ordinal);
            Assert.Contains("111 ECONNREFUSED  (zh-CN, ", withTable.Output, System.StringComparison.Ordinal);
            Assert.Contains("  Message:     Connection refused\n", withTable.Output, System.StringComparison.Ordinal);
            Assert.Equal(0, withoutTable.ExitCode);
            Assert.Contains("No kernel errno table is among the documents searched", withoutTable.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ShowsKeptSectionsAndScenariosWithTheirOwnFields()
        {
            var scenarios = Errorcodes.Run("explain", "7900001", "--spec", Path.Combine(Fixtures.HostileDirectory, "scenarios.md"));
            var section = Errorcodes.Run("explain", "7700003", "--spec", Path.Combine(Fixtures.HostileDirectory, "labels-by-meaning.md"));

            Assert.True(scenarios.ExitCode == 0, scenarios.ToString());
            Assert.Contains("  Scenario:    Scenario 2: no space (line 23)\n    Message:     No space left on the device.\n    Description: 空间不足。\n    Causes:\n      1. 磁盘已满。\n", scenarios.Output, System.StringComparison.Ordinal);
            Assert.Contains("  Impact:      The text under an unknown label is kept under that label.\n", section.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ACodeNoDocumentHasGivesExitCodeOne()
        {
            var result = Errorcodes.Run("explain", "42", "--spec", Paths.SeedSpec);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("42 is in none of the 1 documents searched, and no errno rule of theirs maps it.\n", result.Output);
        }

        [Fact]
        public void SomethingThatIsNoNumberIsBadInput()
        {
            var result = Errorcodes.Run("explain", "ECONNREFUSED", "--spec", Paths.SeedSpec);

            Assert.Equal(3, result.ExitCode);
            Assert.Equal("errorcodes: 'ECONNREFUSED' holds no code: a code is a whole number such as 2303210, -1 or 0x2324EA, or text that holds one, such as 'BusinessError 401'\n", result.Error);
        }
    }
}
