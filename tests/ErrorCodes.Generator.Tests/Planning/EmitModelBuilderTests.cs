using System.Collections.Immutable;
using System.Linq;
using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using Xunit;

namespace ErrorCodes.Generator.Tests.Planning
{
    /// <summary>The last decisions for one catalog, in its emit model: members, errno ranges, field names, culture, diagnostics.</summary>
    public sealed class EmitModelBuilderTests
    {
        [Fact]
        public void MembersAreTheFirstEntryOfEachCodeInDocumentOrder()
        {
            var model = Model("# T\n\n" + Documents.Code(3, "丙", "Third.") + Documents.Code(1, "甲", "First.") + Documents.Code(3, "丙", "Again."));

            Assert.Equal(new[] { new EnumMember("Third", 3, 0), new EnumMember("First", 1, 1) }, model.Members);
            Assert.Equal(LookupKind.PerfectHash, model.Lookup.Kind);
        }

        [Fact]
        public void EachErrnoRuleStopsShortOfTheNextRulesCodes()
        {
            var model = Model("# T\n\n规则：2301000 + Linux系统内核错误码errno。\n\n另一规则：2302000 + errno。\n\n" + Documents.Code(1, "甲", "First."));

            Assert.Equal(new[] { (2301000, 999), (2302000, ErrnoMapping.LinuxMaxErrno) }, model.ErrnoRanges.Select(range => (range.Rule.Base, range.MaxErrno)));
        }

        [Fact]
        public void ATwinsFieldsAreNamedAfterItsLanguage()
        {
            var model = Model("# 测试\n\n" + Documents.Code(1, "甲", "First."), "# Test\n\n" + Documents.EnglishCode(1, "First", "First."));

            Assert.Equal(new[] { new EmitLanguage("zh-CN", "spec/errorcode-test.md", string.Empty), new EmitLanguage("en", "spec/en/errorcode-test.md", "En") }, model.Languages);
            Assert.True(model.IsCultureSensitive);
        }

        [Fact]
        public void AOneLanguageCatalogWithoutFallbacksTakesNoCulture()
        {
            var model = Model("# T\n\n" + Documents.Code(1, "甲", "First."));

            Assert.False(model.IsCultureSensitive);
            Assert.False(model.HasFallback);
        }

        [Fact]
        public void DiagnosticsAreFinishedHereOnceWithTheSpecsSettings()
        {
            var markdown = "# T\n\n" + string.Concat(Enumerable.Range(1, 5).Select(code => $"## {code} T\n\n**错误信息**\n\nM{code}.\n\n"));
            var plan = Plan(markdown, new DiagnosticSettings(2, EquatableArray<FileSeverities>.Empty));

            var output = EmitModelBuilder.Build(plan);

            Assert.Equal(2, output.Diagnostics.Count(d => d.Id == "ECG0012"));
            Assert.Equal(new[] { "3", "ECG0012" }, Assert.Single(output.Diagnostics, d => d.Id == "ECG0016").Arguments);
        }

        private static CatalogEmitModel Model(string markdown, string? twin = null) => EmitModelBuilder.Build(Plan(markdown, DiagnosticSettings.Default, twin)).Source!;

        private static CatalogPlan Plan(string markdown, DiagnosticSettings settings, string? twin = null)
        {
            var result = Documents.Build(markdown, twin: twin);
            var built = new BuiltCatalog(result, TextLocation.StartOf(Documents.SpecPath), settings);
            return EmitPlanner.Plan(ImmutableArray.Create(built), new EmitOptions(true, true, true), new StepGuard()).Single();
        }
    }
}
