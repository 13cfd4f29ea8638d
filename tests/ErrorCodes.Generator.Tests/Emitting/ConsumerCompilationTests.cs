using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>
    /// The generated code must compile without a single warning, with every warning an error, XML docs checked and
    /// nullable on where the language has it, for a net10.0 consumer and a netstandard2.0 consumer at C# 7.3.
    /// </summary>
    public sealed class ConsumerCompilationTests
    {
        public static IEnumerable<TheoryDataRow<string>> Specs() => Fixtures.AllNames().Select(name => new TheoryDataRow<string>(name));

        [Theory]
        [MemberData(nameof(Specs))]
        public void CompilesCleanForNet10AtTheLatestLanguageVersion(string spec) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Fixtures.ByName(spec) }, LanguageVersion.Latest, References.Net));

        [Theory]
        [MemberData(nameof(Specs))]
        public void CompilesCleanForNetStandard20AtCSharp73(string spec) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Fixtures.ByName(spec) }, LanguageVersion.CSharp7_3, References.NetStandard20));

        [Theory]
        [MemberData(nameof(Specs))]
        public void CompilesCleanForNetStandard20WithNullableButNoNotNullWhenAttribute(string spec) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Fixtures.ByName(spec) }, LanguageVersion.Latest, References.NetStandard20));

        // The fixtures are small enough for a single-multiplier hash; a catalog this large gets the displaced hash,
        // whose emitted code must compile as clean in every kind of consumer.
        [Theory]
        [InlineData(LanguageVersion.Latest, false)]
        [InlineData(LanguageVersion.CSharp7_3, true)]
        [InlineData(LanguageVersion.Latest, true)]
        public void ALargeCatalogsDisplacedHashCompilesClean(LanguageVersion version, bool netStandard)
        {
            var markdown = new System.Text.StringBuilder("# Large\n");
            for (var i = 0; i < 600; i++)
            {
                markdown.Append("\n## ").Append(1_000_000 + (i * 13)).Append(" T\n\n**错误信息**\n\nFailure number ").Append(i).Append(".\n");
            }

            var runner = new GeneratorRunner(
                new[] { new TestSpec("/repo/spec/errorcode-large.md", markdown.ToString()) },
                version,
                netStandard ? References.NetStandard20 : References.Net);
            var (result, output) = runner.Run();

            Assert.Equal(ErrorCodes.Generator.Planning.LookupKind.DisplacedHash, PipelineSteps.EmitModel(result).Lookup.Kind);
            Assert.Empty(Problems(output));
        }

        // Removed codes stay as obsolete members: the catalog compiles clean as long as nothing uses them.
        [Theory]
        [InlineData(LanguageVersion.Latest, false)]
        [InlineData(LanguageVersion.CSharp7_3, true)]
        public void ACatalogWithRemovedCodesCompilesClean(LanguageVersion version, bool netStandard)
        {
            var specs = new[] { Fixtures.NamesFixture("errorcode-edition.md"), Fixtures.NamesFixture("errorcode-edition.names") };

            var (result, output) = new GeneratorRunner(specs, version, netStandard ? References.NetStandard20 : References.Net).Run();

            Assert.NotEmpty(PipelineSteps.EmitModel(result).Catalog.Removed);
            Assert.Empty(Problems(output));
        }

        [Fact]
        public void TryGetInfoTellsTheNullableAnalysisThatInfoIsSetWhenItReturnsTrue()
        {
            const string usage = @"
namespace Consumer
{
    /// <summary>Usage.</summary>
    public static class Usage
    {
        /// <summary>Message.</summary>
        public static string Message(int code) =>
            NetSocketErrorCodes.TryGetInfo(code, out var info) ? info.Message : string.Empty;

        /// <summary>Length.</summary>
        public static int Length(NetSocketErrorCode code) => code.GetMessage().Length + code.GetCauses().Count;
    }
}";
            var runner = new GeneratorRunner(new[] { Fixtures.Seed() }, LanguageVersion.Latest, References.Net);
            var (_, output) = runner.Run();

            var withUsage = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(usage, runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));

            Assert.Empty(Problems(withUsage));
        }

        [Fact]
        public void CSharp73ConsumerCanCallEveryLookup()
        {
            const string usage = @"
namespace Consumer
{
    /// <summary>Usage.</summary>
    public static class Usage
    {
        /// <summary>Describe.</summary>
        public static string Describe(int code)
        {
            global::ErrorCodes.ErrorCodeInfo info;
            if (!NetSocketErrorCodes.TryGetInfo(code, out info))
            {
                return NetSocketErrorCodes.IsDefined(code) ? ""?"" : string.Empty;
            }

            var value = (NetSocketErrorCode)info.Code;
            return value.ToStringFast() + value.GetMessage() + value.GetTitle() + value.GetDescription()
                + value.GetCauses().Count + value.GetRemediation().Count + value.GetInfo().Line + value.IsDefined()
                + NetSocketErrorCodes.Instance.Name + NetSocketErrorCodes.All.Count + NetSocketErrorCodes.Notes.Count;
        }
    }
}";
            var runner = new GeneratorRunner(new[] { Fixtures.Seed() }, LanguageVersion.CSharp7_3, References.NetStandard20);
            var (_, output) = runner.Run();

            var withUsage = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(usage, runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));

            Assert.Empty(Problems(withUsage));
        }

        private static void AssertCompilesClean(GeneratorRunner runner)
        {
            var (result, output) = runner.Run();

            Assert.Single(result.GeneratedSources);
            Assert.Empty(Problems(output));
        }

        // Every warning counts, as it would in a project that treats warnings as errors; hidden diagnostics do not.
        private static IEnumerable<string> Problems(Compilation compilation) => CompilationProblems.Of(compilation);
    }
}
