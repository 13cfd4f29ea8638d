using System.Collections.Immutable;
using System.Linq;
using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Planning
{
    /// <summary>The decisions taken with the whole project in view: what is generated under which file name, and which catalog falls back to which.</summary>
    public sealed class EmitPlannerTests
    {
        private static readonly EmitOptions s_options = new(NullableAnnotations: true, NotNullWhenAvailable: true, RuntimeReferenced: true);

        private const string Kernel = "# 内核\n\n| 错误码数值 | 错误码定义 | 错误码描述 |\n| --- | --- | --- |\n| 1 | EPERM | Operation not permitted |\n| 9 | EBADF | Bad file number |\n";

        [Fact]
        public void EachCatalogGetsAFileNamedAfterItsEnum()
        {
            var plans = Plan(Built("/repo/spec/errorcode-a.md", Code), Built("/repo/spec/errorcode-b.md", Code));

            Assert.Equal(new[] { "AErrorCode.g.cs", "BErrorCode.g.cs" }, plans.Select(plan => plan.HintName));
        }

        [Fact]
        public void TheSameEnumInAnotherNamespaceGetsTheNamespaceInItsFileName()
        {
            var plans = Plan(Built("/repo/a/errorcode-a.md", Code), Built("/repo/b/errorcode-a.md", Code, new CatalogOptions(Namespace: "Other")));

            Assert.Equal(new[] { "AErrorCode.g.cs", "Other.AErrorCode.g.cs" }, plans.Select(plan => plan.HintName));
        }

        [Fact]
        public void ASecondCatalogOfTheSameTypeIsNotGeneratedAndSaysWhoHasIt()
        {
            var plans = Plan(Built("/repo/a/errorcode-a.md", Code), Built("/repo/b/errorcode-a.md", Code));

            Assert.Null(plans[1].HintName);
            var conflict = Assert.Single(plans[1].Diagnostics, d => d.Id == "ECG0006");
            Assert.Equal(new[] { "Consumer.AErrorCode", "a/errorcode-a.md" }, conflict.Arguments);
            Assert.Equal("/repo/b/errorcode-a.md", conflict.Location.FilePath);
        }

        [Fact]
        public void WithoutTheRuntimeNothingIsGeneratedAndEverySpecSaysWhy()
        {
            var plans = EmitPlanner.Plan(ImmutableArray.Create(Built("/repo/spec/errorcode-a.md", Code)), s_options with { RuntimeReferenced = false }, new StepGuard()).ToList();

            Assert.Null(plans[0].HintName);
            Assert.Single(plans[0].Diagnostics, d => d.Id == "ECG0008");
        }

        [Fact]
        public void AnErrnoRuleMapsToTheTableCatalogAndLinksByFileNameIgnoringCase()
        {
            var socket = "# Socket\n\n说明：通用错误码请参考[通用错误码](../ErrorCode-Universal.md)。\n\n其余错误码映射形式为：2301000 + Linux系统内核错误码errno。\n\n" + Code;
            var plans = Plan(
                Built("/repo/spec/errorcode-net-socket.md", socket),
                Built("/repo/spec/errorcode-kernel.md", Kernel),
                Built("/repo/spec/errorcode-universal.md", Code.Replace("## 1 ", "## 401 ", System.StringComparison.Ordinal)),
                Built("/repo/spec/errorcode-other.md", Code.Replace("## 1 ", "## 5 ", System.StringComparison.Ordinal)));

            var plan = plans[0];
            Assert.Equal(new CatalogReference("Consumer", "KernelErrorCodes", 1), plan.ErrnoTable!.Catalog);
            Assert.Equal(10, plan.ErrnoTable.Limit);
            Assert.Equal(new[] { new CatalogReference("Consumer", "UniversalErrorCodes", 1) }, plan.Linked);
            Assert.All(plans.Skip(1), other => Assert.Null(other.ErrnoTable));
        }

        [Fact]
        public void OnlyGeneratedCatalogsAreLinked()
        {
            var socket = "# Socket\n\n见[通用错误码](errorcode-universal.md)。\n\n" + Code;
            var plans = Plan(
                Built("/repo/spec/errorcode-net-socket.md", socket),
                Built("/repo/spec/errorcode-universal.md", Code, new CatalogOptions(EnumName: "class")));

            Assert.Empty(plans[0].Linked);
        }

        private const string Code = "# T\n\n## 1 甲\n\n**错误信息**\n\nFirst failure.\n";

        private static BuiltCatalog Built(string path, string markdown, CatalogOptions? options = null)
        {
            var document = SpecParser.Parse(path, markdown, TestContext.Current.CancellationToken);
            var result = CatalogBuilder.Build(document, null, (options ?? new CatalogOptions()) with { ProjectDirectory = "/repo", RootNamespace = "Consumer" });
            return new BuiltCatalog(result, document.Start, DiagnosticSettings.Default);
        }

        private static System.Collections.Generic.List<CatalogPlan> Plan(params BuiltCatalog[] catalogs) =>
            EmitPlanner.Plan(ImmutableArray.Create(catalogs), s_options, new StepGuard()).ToList();
    }
}
