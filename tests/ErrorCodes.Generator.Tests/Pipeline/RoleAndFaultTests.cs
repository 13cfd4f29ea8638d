using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>
    /// One role a file, checked: a spec that is its own twin, a spec that is another's twin too, a names file that is a
    /// document, a spec listed twice; and a failure in any step for one spec, which must stay that spec's error while
    /// every other spec generates. (LayoutTests build the same layouts through MSBuild and the package.)
    /// </summary>
    public sealed class RoleAndFaultTests
    {
        // The ids whose exact form this class asserts (see DiagnosticRulesTests).
        internal static readonly string[] TestedHere = { "ECG0032", "ECG0033", "ECG0034", "ECG0035" };

        private static readonly string[] s_steps = { "read", "pair", "build", "plan", "texts", "link", "model", "emit" };

        [Fact]
        public void ASpecThatIsItsOwnTwinIsGeneratedInOneLanguageAndSaysSo()
        {
            var spec = new TestSpec("/repo/docs/errorcode-link.md", Documents.Code(1, "链接失败", "Link failed."), new Dictionary<string, string> { ["Twin"] = "errorcode-link.md" });

            var (result, output) = new GeneratorRunner(new[] { spec }, globalOptions: ProjectDirectory("/repo/docs")).Run();

            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            Assert.Equal("ECG0032", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("The spec's Twin metadata names the spec itself; the catalog has one language only. Name the same document in the other language.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal("/repo/docs/errorcode-link.md", diagnostic.Location.GetLineSpan().Path);
            Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single().Languages);
        }

        // Two documents that name each other as twins: each is a spec of its own and is merged into the other; both
        // generate (in their own namespaces here), and both say so.
        [Fact]
        public void SpecsThatAreEachOthersTwinsBothGenerateAndSaySo()
        {
            var chinese = new TestSpec("/repo/docs/zh-cn/errorcode-link.md", Documents.Code(1, "链接失败", "Link failed."), new Dictionary<string, string> { ["Twin"] = "../en/errorcode-link.md" });
            var english = new TestSpec("/repo/docs/en/errorcode-link.md", Documents.EnglishCode(1, "Link Failed", "Link failed."), new Dictionary<string, string> { ["Twin"] = "../zh-cn/errorcode-link.md", ["Namespace"] = "English" });

            var (result, output) = new GeneratorRunner(new[] { chinese, english }, globalOptions: ProjectDirectory("/repo/docs/zh-cn")).Run();

            var diagnostics = result.Diagnostics.Where(d => d.Id == "ECG0033").OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
            Assert.Equal(2, diagnostics.Count);
            Assert.Equal("The Twin metadata names '../zh-cn/errorcode-link.md', which the project also lists as a spec of its own: it is merged into this catalog and makes a catalog of its own too. List it once, as a spec or as this spec's twin.", diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal("/repo/docs/en/errorcode-link.md", diagnostics[0].Location.GetLineSpan().Path);
            var catalogs = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output));
            Assert.Equal(2, catalogs.Count);
            Assert.All(catalogs, catalog => Assert.Equal(2, catalog.Languages.Count));
        }

        [Fact]
        public void ANamesFileThatIsADocumentIsIgnoredAndSaysSo()
        {
            var spec = new TestSpec("/repo/docs/errorcode-link.md", Documents.Code(1, "链接失败", "Link failed."), new Dictionary<string, string> { ["Names"] = "errorcode-other.md" });
            var other = new TestSpec("/repo/docs/errorcode-other.md", Documents.Code(2, "其他", "Other failure."));

            var (result, output) = new GeneratorRunner(new[] { spec, other }, globalOptions: ProjectDirectory("/repo/docs")).Run();

            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            Assert.Equal("ECG0034", diagnostic.Id);
            Assert.Equal("The Names metadata names 'errorcode-other.md', which the project lists as a spec or a twin, not a names file; members are named from the document. Name the spec's .names file.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(2, ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Count);
        }

        // The targets pass every listing of a spec listed more than once; the compiler gave the file the last one's metadata.
        [Fact]
        public void ASpecListedTwiceWithDifferentMetadataSaysWhichDiffer()
        {
            var spec = new TestSpec("/repo/docs/errorcode-link.md", Documents.Code(1, "链接失败", "Link failed."), new Dictionary<string, string> { ["EnumName"] = "BError", ["ClassName"] = "BErrors" });
            var listings = "/repo/docs/errorcode-link.md||AError|AErrors||||||*/repo/docs/errorcode-link.md||BError|BErrors||||||*/repo/docs/errorcode-other.md|||||||||";

            var (result, _) = new GeneratorRunner(new[] { spec }, globalOptions: new Dictionary<string, string> { ["build_property.ErrorCodesListings"] = listings }).Run();

            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            Assert.Equal("ECG0035", diagnostic.Id);
            Assert.Equal("The spec is listed 2 times with different metadata (EnumName: AError, BError; ClassName: AErrors, BErrors); one catalog is generated, with the metadata of the last listing. List it once.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal("BError.g.cs", Assert.Single(result.GeneratedSources).HintName);
        }

        // Two upstream documents whose names differ only in case (errorcode-deviceStatus.md, errorcode-devicestatus.md)
        // make types that differ only in case: legal C#, but Roslyn compares file names ignoring case.
        [Fact]
        public void CatalogsWhoseFileNamesDifferOnlyInCaseBothGenerateUnderNamesThatDifferIgnoringCase()
        {
            var upper = new TestSpec("/repo/docs/kit-a/errorcode-deviceStatus.md", Documents.Code(1, "设备状态", "Device status error."));
            var lower = new TestSpec("/repo/docs/kit-b/errorcode-devicestatus.md", Documents.Code(2, "设备状态", "Device status failure."));
            var again = new TestSpec("/repo/docs/kit-c/errorcode-device-status.md", Documents.Code(3, "设备状态", "Device status again."), new Dictionary<string, string> { ["EnumName"] = "DEVICEStatusErrorCode", ["ClassName"] = "DEVICEStatusErrorCodes" });

            var (result, output) = new GeneratorRunner(new[] { upper, lower, again }).Run();

            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            var hintNames = result.GeneratedSources.Select(source => source.HintName).ToList();
            Assert.Equal(3, hintNames.Count);
            Assert.Equal(3, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(3, ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Count);
        }

        public static IEnumerable<TheoryDataRow<string>> Steps() => s_steps.Select(step => new TheoryDataRow<string>(step));

        // A bug in any step, for one spec, is that spec's error: the other spec, its twin's catalog and the errno table
        // it maps through still generate, and the compilation has no error of the compiler's.
        [Theory]
        [MemberData(nameof(Steps))]
        public void AFailureInAnyStepForOneSpecIsThatSpecsErrorAndTheOthersStillGenerate(string failingStep)
        {
            var broken = "/repo/spec/errorcode-broken.md";
            var generator = new ErrorCodesGenerator((step, path) =>
            {
                if (step == failingStep && path == broken)
                {
                    throw new InvalidOperationException("injected in " + step);
                }
            });
            var specs = new[] { Fixtures.Seed(), Fixtures.Spec("errorcode-kernel.md"), new TestSpec(broken, Documents.Code(1, "坏", "Broken.")) };

            var (result, output) = new GeneratorRunner(specs, generator: generator).Run();

            Assert.Null(result.Exception);
            var failure = Assert.Single(result.Diagnostics, d => d.Id == "ECG0099");
            Assert.Equal(broken, failure.Location.GetLineSpan().Path);
            Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
            Assert.Equal("The generator failed on this spec and generated no catalog for it: InvalidOperationException: injected in " + failingStep + ". Please report this with the spec.", failure.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(new[] { "KernelErrorCode.g.cs", "NetSocketErrorCode.g.cs" }, result.GeneratedSources.Select(source => source.HintName).OrderBy(name => name, StringComparer.Ordinal));
            Assert.Empty(CompilationProblems.Of(output));
            var socket = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single(catalog => catalog.Name == "NetSocket");
            Assert.True(socket.TryGetInfo(2301111, out var mapped));
            Assert.Equal("ECONNREFUSED", mapped.Name);
        }

        private static Dictionary<string, string> ProjectDirectory(string directory) =>
            new() { ["build_property.ErrorCodesProjectDirectory"] = directory };
    }
}
