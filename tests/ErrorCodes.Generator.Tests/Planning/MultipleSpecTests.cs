using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Planning
{
    public sealed class MultipleSpecTests
    {
        private const string LinkSpec = "# Link\n\n## 32390200 Link failed\n\n**错误信息**\n\nLink failed.\n\n**错误描述**\n\n连接失败。\n\n**可能原因**\n\n对端关闭。\n\n**处理步骤**\n\n重试。\n";

        [Fact]
        public void EachSpecIsItsOwnCatalogAndFromAssemblyListsThemAll()
        {
            var (result, output) = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.Fixture("minimal.md") }).Run();

            Assert.Equal(new[] { "MinimalErrorCode.g.cs", "NetSocketErrorCode.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n));
            var catalogs = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output));
            Assert.Equal(new[] { "Minimal", "NetSocket" }, catalogs.Select(c => c.Name));
            Assert.True(catalogs[1].TryGetInfo(2303210, out var info));
            Assert.Equal("Connection timed out.", info.Message);
        }

        [Fact]
        public void SpecsWhoseNamesCollideGetADiagnosticInsteadOfBrokenCode()
        {
            var first = new TestSpec("/repo/spec/errorcode-link-enhance.md", LinkSpec);
            var second = new TestSpec("/repo/spec/errorcode_linkEnhance.md", LinkSpec);

            var (result, output) = new GeneratorRunner(new[] { first, second }).Run();

            Assert.Equal("LinkEnhanceErrorCode.g.cs", Assert.Single(result.GeneratedSources).HintName);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ECG0006");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(second.Path, diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("Consumer.LinkEnhanceErrorCode", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.Contains("EnumName and ClassName", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.Empty(Problems(output));
        }

        [Fact]
        public void MetadataResolvesACollision()
        {
            var first = new TestSpec("/repo/spec/errorcode-link-enhance.md", LinkSpec);
            var second = new TestSpec("/repo/spec/errorcode_linkEnhance.md", LinkSpec, new Dictionary<string, string> { ["EnumName"] = "LegacyLinkError", ["ClassName"] = "LegacyLinkErrors" });

            var (result, output) = new GeneratorRunner(new[] { first, second }).Run();

            Assert.Equal(new[] { "LegacyLinkError.g.cs", "LinkEnhanceErrorCode.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n));
            Assert.Empty(result.Diagnostics.WithoutTemplateRules());
            Assert.Empty(Problems(output));
        }

        [Fact]
        public void SameEnumNameInTwoNamespacesGetsTwoFiles()
        {
            var first = new TestSpec("/repo/a/errorcode-link.md", LinkSpec, new Dictionary<string, string> { ["Namespace"] = "A.Errors" });
            var second = new TestSpec("/repo/b/errorcode-link.md", LinkSpec, new Dictionary<string, string> { ["Namespace"] = "B.Errors" });

            var (result, output) = new GeneratorRunner(new[] { first, second }).Run();

            Assert.Equal(new[] { "B.Errors.LinkErrorCode.g.cs", "LinkErrorCode.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n));
            Assert.NotNull(output.GetTypeByMetadataName("A.Errors.LinkErrorCode"));
            Assert.NotNull(output.GetTypeByMetadataName("B.Errors.LinkErrorCode"));
            Assert.Empty(Problems(output));
        }

        [Fact]
        public void SpecListedTwiceIsGeneratedAndReportedOnce()
        {
            var spec = new TestSpec("/repo/spec/errorcode-link.md", LinkSpec + "\n## 1 Name\n\n**错误信息**\n\nLink failed.\n\n**错误描述**\n\n甲。\n\n**可能原因**\n\n乙。\n\n**处理步骤**\n\n丙。\n");

            var (result, output) = new GeneratorRunner(new[] { spec, spec }).Run();

            Assert.Single(result.GeneratedSources);
            Assert.Single(result.Diagnostics, d => d.Id == "ECG0005");
            Assert.Empty(Problems(output));
        }

        [Theory]
        [InlineData("Namespace", "My-App.Errors")]
        [InlineData("Namespace", "My..Errors")]
        [InlineData("EnumName", "class")]
        [InlineData("EnumName", "9Lives")]
        [InlineData("ClassName", "Has Space")]
        public void InvalidMetadataIsAnErrorAndGeneratesNothing(string metadata, string value)
        {
            var spec = new TestSpec("/repo/spec/errorcode-link.md", LinkSpec, new Dictionary<string, string> { [metadata] = value });

            var (result, output) = new GeneratorRunner(new[] { spec }).Run();

            Assert.Empty(result.GeneratedSources);
            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            Assert.Equal("ECG0007", diagnostic.Id);
            Assert.Contains($"The {metadata} metadata '{value}'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.Empty(Problems(output));
        }

        [Fact]
        public void WithoutTheRuntimeReferenceTheBuildSaysSoInsteadOfFailingInGeneratedCode()
        {
            var withoutRuntime = References.Net.Where(r => !r.Display!.EndsWith("ErrorCodes.Runtime.dll", System.StringComparison.Ordinal)).ToList();

            var (result, output) = new GeneratorRunner(new[] { Fixtures.Seed() }, references: withoutRuntime).Run();

            Assert.Empty(result.GeneratedSources);
            Assert.Contains(result.Diagnostics, d => d.Id == "ECG0008" && d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(Problems(output));
        }

        private static IReadOnlyList<string> Problems(Compilation compilation) => CompilationProblems.Of(compilation);
    }
}
