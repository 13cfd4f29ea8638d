using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>
    /// The diagnostics that snapshots do not pin down (they concern the project or the file, not a line), each with its
    /// id, severity, message and location, as the generator reports them; and the settings that change severities.
    /// </summary>
    public sealed class DiagnosticTests
    {
        private const string Spec = "# Link\n\n## 1 Link failed\n\n**错误信息**\n\nLink failed.\n\n**错误描述**\n\n甲。\n\n**可能原因**\n\n乙。\n\n**处理步骤**\n\n丙。\n";

        // The ids whose exact form this class asserts; every other id must appear in a verified snapshot.
        internal static readonly string[] TestedHere = { "ECG0006", "ECG0007", "ECG0008", "ECG0011", "ECG0022", "ECG0030", "ECG0031", "ECG0039", "ECG0060", "ECG0099" };

        [Fact]
        public void TypeNameConflictNamesBothSpecsAndTheMetadataToSet()
        {
            var (result, _) = new GeneratorRunner(new[] { new TestSpec("/repo/a/errorcode-link.md", Spec), new TestSpec("/repo/b/errorcode-link.md", Spec) }).Run();

            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            AssertDiagnostic(
                diagnostic,
                "ECG0006",
                DiagnosticSeverity.Error,
                "This spec would generate type 'Consumer.LinkErrorCode', which the spec '../../a/errorcode-link.md' already generates; no catalog is generated for this spec. Set the EnumName and ClassName (or Namespace) metadata on one of the ErrorCodeSpec items.",
                "/repo/b/errorcode-link.md");
        }

        [Fact]
        public void AMissingTwinIsReportedAndTheSpecStillGenerated()
        {
            var spec = new TestSpec("/repo/docs/zh-cn/errorcode-link.md", Spec, new Dictionary<string, string> { ["Twin"] = "../../docs/en/errorcode-link.md" });
            var (result, output) = new GeneratorRunner(new[] { spec }).Run();

            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            AssertDiagnostic(
                diagnostic,
                "ECG0022",
                DiagnosticSeverity.Warning,
                "The spec's Twin metadata names '/repo/docs/en/errorcode-link.md', which is not an additional file of the project; the catalog has one language only. List it with <ErrorCodeSpec Include=\"...\" Twin=\"...\" /> and check the path.",
                "/repo/docs/zh-cn/errorcode-link.md");
            Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single().Languages);
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3)]
        [InlineData(LanguageVersion.Latest)] // netstandard2.0 without System.Memory: no ReadOnlySpan<T> for u8 literals
        public void TextsPastWhatStringLiteralsHoldWithoutUtf8LiteralsAreReportedAndTheOtherCatalogsStillCompile(LanguageVersion version)
        {
            var (result, output) = new GeneratorRunner(new[] { Emitting.TextStorageTests.Large, Fixtures.Seed(), Fixtures.SeedNames() }, version, References.NetStandard20).Run();

            AssertDiagnostic(
                Assert.Single(result.Diagnostics, d => d.Id == "ECG0031"),
                "ECG0031",
                DiagnosticSeverity.Error,
                "The texts of the project's catalogs would take 29.7 MB of string literals, and an assembly holds at most 16 MB of them (error CS8103); no catalog is generated for this spec, the largest. Use C# 11 or later (LangVersion 11 or latest, with System.ReadOnlySpan<T>, built in from .NET Core 2.1 or from the System.Memory package) and large catalogs keep their texts as UTF-8 data instead, or split the spec across projects.",
                "/repo/spec/errorcode-large.md");
            Assert.DoesNotContain(result.GeneratedSources, source => source.HintName == "LargeErrorCode.g.cs");
            Assert.Empty(CompilationProblems.Of(output));
            Assert.NotNull(output.GetTypeByMetadataName("Consumer.NetSocketErrorCodes"));
        }

        [Fact]
        public void AMissingNamesFileIsReportedAndTheSpecStillGenerated()
        {
            var spec = new TestSpec("/repo/docs/errorcode-link.md", Spec, new Dictionary<string, string> { ["Names"] = "names/errorcode-link.names" });
            var (result, output) = new GeneratorRunner(new[] { spec }).Run();

            AssertDiagnostic(
                Assert.Single(result.Diagnostics.WithoutTemplateRules()),
                "ECG0030",
                DiagnosticSeverity.Warning,
                "The names file '/repo/samples/App/names/errorcode-link.names' cannot be read or is not an additional file of the project; members are named from the document",
                "/repo/docs/errorcode-link.md");
            Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)));
        }

        [Theory]
        [InlineData("Namespace", "My-App", "The Namespace metadata 'My-App' is not a valid C# namespace; no catalog is generated for this spec")]
        [InlineData("EnumName", "class", "The EnumName metadata 'class' is not a valid C# type name; no catalog is generated for this spec")]
        public void InvalidMetadataSaysWhichMetadataAndWhy(string metadata, string value, string message)
        {
            var (result, _) = new GeneratorRunner(new[] { new TestSpec("/repo/spec/errorcode-link.md", Spec, new Dictionary<string, string> { [metadata] = value }) }).Run();

            AssertDiagnostic(Assert.Single(result.Diagnostics.WithoutTemplateRules()), "ECG0007", DiagnosticSeverity.Error, message, "/repo/spec/errorcode-link.md");
        }

        [Theory]
        [InlineData("https://errors.example.org/errors.html", "has no place for the code")]
        [InlineData("errors/{code}.html", "is no absolute http, https or file address")]
        [InlineData("javascript:alert({code})", "is no absolute http, https or file address")]
        [InlineData("https://errors.example.org/{code} x.html", "is no absolute http, https or file address")]
        public void AHelpLinkFormatThatGivesNoPageIsReportedAndTheCatalogMadeWithoutLinks(string format, string why)
        {
            var (result, output) = new GeneratorRunner(new[] { new TestSpec("/repo/spec/errorcode-link.md", Spec, new Dictionary<string, string> { ["HelpLinkFormat"] = format }) }).Run();

            AssertDiagnostic(
                Assert.Single(result.Diagnostics.WithoutTemplateRules()),
                "ECG0060",
                DiagnosticSeverity.Warning,
                $"The HelpLinkFormat metadata '{format}' {why}, so this spec's codes get no help link; write an absolute address with {{code}} where the code goes, such as 'https://errors.example.org/errorcode-net-socket/{{code}}.html'",
                "/repo/spec/errorcode-link.md");
            var catalog = Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)));
            Assert.All(catalog.All, info => Assert.Null(info.HelpLink));
        }

        [Fact]
        public void ANamesFileLeftByARenamedDocumentIsReportedWithTheDocumentItBelongsToNow()
        {
            // Upstream renamed errorcode_linkEnhance.md; its names file stayed, and the build lists it as the targets find it.
            var renamed = new TestSpec("/repo/docs/errorcode-link-enhance.md", Spec);
            var other = new TestSpec("/repo/docs/errorcode-other.md", Spec.Replace("## 1 Link failed", "## 7 Other failed", StringComparison.Ordinal).Replace("# Link", "# Other", StringComparison.Ordinal), new Dictionary<string, string> { ["Namespace"] = "Other" });
            var orphan = new TestSpec("/repo/docs/errorcode_linkEnhance.names", "1 LinkBroken\n", new Dictionary<string, string> { ["ErrorCodesSpec"] = "orphaned-names" });

            var (result, output) = new GeneratorRunner(new[] { renamed, other, orphan }).Run();

            AssertDiagnostic(
                Assert.Single(result.Diagnostics.WithoutTemplateRules()),
                "ECG0039",
                DiagnosticSeverity.Warning,
                "The names file '/repo/docs/errorcode_linkEnhance.names' has no document beside it ('errorcode_linkEnhance.md'), so the names it records keep no catalog; 'errorcode-link-enhance.md' beside it has no names file and defines most of its codes: most likely its document, renamed. Move it with its document: errorcodes names --move errorcode_linkEnhance.md NEW.md",
                "/repo/docs/errorcode_linkEnhance.names");

            // It names nothing: the renamed document's members come from the document, until the file is moved.
            Assert.Equal(2, ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Count);
            Assert.Contains("LinkFailed = 1", result.GeneratedSources.Single(source => source.HintName == "LinkEnhanceErrorCode.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void TheCompilerPrintsTheMessagesInSimplifiedChineseWhenItsCultureIsChinese()
        {
            var (result, _) = new GeneratorRunner(new[] { new TestSpec("/repo/a/errorcode-link.md", Spec), new TestSpec("/repo/b/errorcode-link.md", Spec) }).Run();

            var diagnostic = Assert.Single(result.Diagnostics.WithoutTemplateRules());
            Assert.Equal(
                "此规格将生成类型“Consumer.LinkErrorCode”，而规格“../../a/errorcode-link.md”已生成该类型；此规格不生成目录。请在其中一个 ErrorCodeSpec 项上设置 EnumName 和 ClassName（或 Namespace）元数据。",
                diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
            Assert.Equal("两个规格生成同一类型", diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")));
            Assert.StartsWith("This spec would generate type", diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
            Assert.Equal("ECG0006", diagnostic.Id);
        }

        [Fact]
        public void MissingRuntimeIsAnErrorAtTheSpec()
        {
            var withoutRuntime = References.Net.Where(r => !r.Display!.EndsWith("ErrorCodes.Runtime.dll", StringComparison.Ordinal)).ToList();

            var (result, _) = new GeneratorRunner(new[] { new TestSpec("/repo/spec/errorcode-link.md", Spec) }, references: withoutRuntime).Run();

            AssertDiagnostic(
                Assert.Single(result.Diagnostics.WithoutTemplateRules()),
                "ECG0008",
                DiagnosticSeverity.Error,
                "The project lists error-code specs but does not reference ErrorCodes.Runtime, which the generated code needs; no catalog is generated. Reference the ErrorCodes.Generator package, which brings it.",
                "/repo/spec/errorcode-link.md");
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void UnreadableSpecIsReportedAndTheOthersAreStillGenerated(bool throws)
        {
            var result = RunWith(new FaultyText("/repo/spec/errorcode-gone.md", throws ? FaultyText.Fault.GetTextThrows : FaultyText.Fault.GetTextReturnsNull));

            AssertDiagnostic(Assert.Single(result.Diagnostics.WithoutTemplateRules()), "ECG0011", DiagnosticSeverity.Error, "The spec file cannot be read (the compiler could not read it); no catalog is generated for it", "/repo/spec/errorcode-gone.md");
            Assert.Equal("LinkErrorCode.g.cs", Assert.Single(result.GeneratedSources).HintName);
        }

        [Fact]
        public void UnexpectedFailureIsReportedForThatSpecAloneAndNeverThrows()
        {
            var result = RunWith(new FaultyText("/repo/spec/errorcode-broken.md", FaultyText.Fault.TextThrows));

            Assert.Null(result.Exception);
            AssertDiagnostic(
                Assert.Single(result.Diagnostics.WithoutTemplateRules()),
                "ECG0099",
                DiagnosticSeverity.Error,
                "The generator failed on this spec and generated no catalog for it: InvalidOperationException: injected fault. Please report this with the spec.",
                "/repo/spec/errorcode-broken.md");
            Assert.Equal("LinkErrorCode.g.cs", Assert.Single(result.GeneratedSources).HintName);
        }

        [Fact]
        public void EditorConfigKeyOfTheSpecFileSetsSeverities()
        {
            var spec = Fixtures.Seed() with
            {
                EditorConfig = new Dictionary<string, string>
                {
                    ["errorcodes_diagnostic.ECG0005.severity"] = "none",
                    ["errorcodes_diagnostic.ECG0009.severity"] = "error",
                    ["errorcodes_diagnostic.ECG0012.severity"] = "not-a-severity",
                },
            };

            var result = GeneratorRunner.Run(spec);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ECG0005");
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "ECG0009").Severity);
            Assert.Single(result.GeneratedSources);
        }

        private static GeneratorRunResult RunWith(AdditionalText faulty)
        {
            var good = new InMemoryAdditionalText("/repo/spec/errorcode-link.md", Spec);
            var marked = new Dictionary<string, Dictionary<string, string>>
            {
                [good.Path] = new() { ["build_metadata.AdditionalFiles.ErrorCodesSpec"] = "true" },
                [faulty.Path] = new() { ["build_metadata.AdditionalFiles.ErrorCodesSpec"] = "true" },
            };
            var options = new TestOptionsProvider(new Dictionary<string, string>(), marked);
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), References.Net, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var driver = CSharpGeneratorDriver.Create(new[] { new ErrorCodesGenerator().AsSourceGenerator() }, ImmutableArray.Create<AdditionalText>(faulty, good), parseOptions, options);
            return driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        }

        private static void AssertDiagnostic(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string message, string path)
        {
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(severity, diagnostic.Severity);
            Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            Assert.Equal(new LinePosition(0, 0), span.StartLinePosition);
        }

        /// <summary>A spec file that fails the way a disk, a lock or a bug can, to prove the generator survives it.</summary>
        private sealed class FaultyText : AdditionalText
        {
            private readonly Fault _fault;

            public FaultyText(string path, Fault fault)
            {
                Path = path;
                _fault = fault;
            }

            public enum Fault
            {
                GetTextReturnsNull,
                GetTextThrows,
                TextThrows,
            }

            public override string Path { get; }

            public override SourceText? GetText(CancellationToken cancellationToken = default) => _fault switch
            {
                Fault.GetTextReturnsNull => null,
                Fault.GetTextThrows => throw new IOException("The file is locked."),
                _ => new ThrowingText(),
            };

            private sealed class ThrowingText : SourceText
            {
                public override char this[int position] => throw new InvalidOperationException("injected fault");

                public override System.Text.Encoding? Encoding => System.Text.Encoding.UTF8;

                public override int Length => 10;

                public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
                    throw new InvalidOperationException("injected fault");
            }
        }
    }
}
