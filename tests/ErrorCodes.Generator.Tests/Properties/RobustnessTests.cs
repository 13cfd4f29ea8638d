using System;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Properties
{
    public sealed class RobustnessTests
    {
        [Fact]
        public void LineEndingsAndByteOrderMarkDoNotChangeTheOutput()
        {
            var lf = Fixtures.Seed().Text;
            var variants = new[]
            {
                Encoding.UTF8.GetBytes(lf),
                Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal)),
                Encoding.UTF8.GetBytes(lf.Replace("\n", "\r", StringComparison.Ordinal)),
                Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray(),
                Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(lf)).ToArray(),
            };

            var outputs = variants
                .Select(bytes => GeneratorRunner.Run(TestSpec.FromBytes(Fixtures.SpecDirectory + "/errorcode-net-socket.md", bytes)))
                .Select(result => result.GeneratedSources.Single().SourceText.ToString())
                .ToList();

            Assert.All(outputs, output => Assert.Equal(outputs[0], output));
        }

        [Fact]
        public void TwoRunsGiveTheSameBytes()
        {
            var first = GeneratorRunner.Run(Fixtures.Seed()).GeneratedSources.Single().SourceText;
            var second = GeneratorRunner.Run(Fixtures.Seed()).GeneratedSources.Single().SourceText;

            Assert.Equal(first.ToString(), second.ToString());
            Assert.Equal(first.GetChecksum(), second.GetChecksum());
        }

        [Fact]
        public void CancellationStopsTheParserInsteadOfBeingReportedAsAFailure()
        {
            var spec = BigSpec(20_000);
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() =>
                SpecParser.Parse("/repo/spec/errorcode-big.md", spec, cancellation.Token));
        }

        [Fact]
        public void CancellationDuringARunStopsIt()
        {
            var spec = BigSpec(20_000);
            using var cancellation = new CancellationTokenSource();
            cancellation.CancelAfter(TimeSpan.FromMilliseconds(1));

            Assert.ThrowsAny<OperationCanceledException>(() =>
            {
                for (var i = 0; i < 100; i++)
                {
                    SpecParser.Parse("/repo/spec/errorcode-big.md", spec, cancellation.Token);
                }
            });
        }

        [Fact]
        public void TwentyThousandCodesGenerateCompileAndLoad()
        {
            var spec = new TestSpec("/repo/spec/errorcode-big.md", BigSpec(20_000));

            var (result, output) = new GeneratorRunner(new[] { spec }).Run();

            Assert.Empty(result.Diagnostics.WithoutTemplateRules());
            Assert.Empty(CompilationProblems.Of(output));
            var catalog = Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)));
            Assert.Equal(20_000, catalog.All.Count);
            Assert.True(catalog.TryGetInfo(1_000_000 + (3 * 19_999), out var last));
            Assert.Equal("Failure number 19999.", last.Message);
            Assert.False(catalog.TryGetInfo(1_000_001, out _));
        }

        // Codes 1,000,000, 1,000,003, ... with every section, as a large upstream document would have them.
        private static string BigSpec(int count)
        {
            var builder = new StringBuilder("# Big\n\n");
            for (var i = 0; i < count; i++)
            {
                builder.Append("## ").Append(1_000_000 + (3 * i)).Append(" 错误").Append(i).Append("\n\n**错误信息**\n\nFailure number ").Append(i)
                    .Append(".\n\n**错误描述**\n\n描述。\n\n**可能原因**\n\n原因。\n\n**处理步骤**\n\n步骤。\n\n");
            }

            return builder.ToString();
        }
    }
}
