using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>Users regenerate by editing the markdown: every edit must show in the next run's output.</summary>
    public sealed class SpecEditTests
    {
        private const string NewCode = "\n\n## 2303600 新错误\n\n**错误信息**\n\nBrand new failure.\n\n**错误描述**\n\n新的描述。\n";

        [Fact]
        public void AddingACodeAddsItsMember()
        {
            var (runner, seed) = Start();

            var (_, output) = runner.Edit(seed.Path, seed.Text + NewCode);

            var members = Members(output);
            Assert.Equal(20, members.Count);
            Assert.Equal(2303600, members["BrandNewFailure"]);
            Assert.Equal(2301001, members["OperationNotPermitted"]);
            Assert.Contains("\"新的描述。\"", Source(output));
        }

        [Fact]
        public void ChangingAMessageRenamesTheMemberAndChangesTheText()
        {
            var (runner, seed) = Start();

            var (_, output) = runner.Edit(seed.Path, seed.Text.Replace("Connection timed out.", "Connect attempt expired.", System.StringComparison.Ordinal));

            var members = Members(output);
            Assert.False(members.ContainsKey("ConnectionTimedOut"));
            Assert.Equal(2303210, members["ConnectAttemptExpired"]);
            Assert.Contains("\"Connect attempt expired.\"", Source(output));
            Assert.DoesNotContain("Connection timed out.", Source(output));
        }

        [Fact]
        public void RemovingACodeRemovesItsMember()
        {
            var (runner, seed) = Start();
            var start = seed.Text.IndexOf("## 2303210", System.StringComparison.Ordinal);
            var end = seed.Text.IndexOf("## 2303501", System.StringComparison.Ordinal);

            var (_, output) = runner.Edit(seed.Path, seed.Text.Remove(start, end - start));

            var members = Members(output);
            Assert.Equal(18, members.Count);
            Assert.DoesNotContain(2303210, members.Values);
            Assert.DoesNotContain("连接超时", Source(output));
        }

        [Fact]
        public void EditedOutputIsTheSameAsAFreshRunOnTheEditedSpec()
        {
            var (runner, seed) = Start();
            var edited = seed.Text + NewCode;

            var (afterEdit, _) = runner.Edit(seed.Path, edited);
            var fresh = GeneratorRunner.Run(seed with { Text = edited });

            Assert.Equal(fresh.GeneratedSources.Single().SourceText.ToString(), afterEdit.GeneratedSources.Single().SourceText.ToString());
        }

        private static (GeneratorRunner Runner, TestSpec Seed) Start()
        {
            var seed = Fixtures.Seed();
            var runner = new GeneratorRunner(new[] { seed });
            var (_, output) = runner.Run();
            Assert.Equal(19, Members(output).Count);
            return (runner, seed);
        }

        private static Dictionary<string, int> Members(Compilation output)
        {
            var type = output.GetTypeByMetadataName("Consumer.NetSocketErrorCode");
            Assert.NotNull(type);
            Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
            return type.GetMembers().OfType<IFieldSymbol>().ToDictionary(f => f.Name, f => (int)f.ConstantValue!);
        }

        private static string Source(Compilation output) =>
            output.SyntaxTrees.Single(t => t.FilePath.EndsWith("NetSocketErrorCode.g.cs", System.StringComparison.Ordinal)).ToString();
    }
}
