using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>A parsed spec becomes a catalog: its names, its entries in document order, and what the builder reports.</summary>
    public sealed class CatalogBuilderTests
    {
        [Fact]
        public void NamesComeFromTheFileNameAndTheProject()
        {
            var catalog = Documents.Build("# T\n\n" + Documents.Code(1, "甲", "First failure.")).Catalog!;

            Assert.Equal("Test", catalog.Name);
            Assert.Equal("Consumer", catalog.Namespace);
            Assert.Equal("TestErrorCode", catalog.EnumName);
            Assert.Equal("TestErrorCodes", catalog.ClassName);
            Assert.Equal("spec/errorcode-test.md", catalog.SpecLanguage.SpecFile);
            Assert.Equal("zh-CN", catalog.SpecLanguage.Language);
        }

        [Fact]
        public void MetadataOverridesTheNamesAndTheLanguage()
        {
            var options = new CatalogOptions(Namespace: "App.Errors", EnumName: "Failure", ClassName: "Failures", Language: "zh-Hans", ProjectDirectory: "/repo");

            var catalog = Documents.Build("# T\n\n" + Documents.Code(1, "甲", "First failure."), options).Catalog!;

            Assert.Equal(("App.Errors", "Failure", "Failures", "zh-Hans"), (catalog.Namespace, catalog.EnumName, catalog.ClassName, catalog.SpecLanguage.Language));
        }

        [Theory]
        [InlineData("Namespace", "My-App")]
        [InlineData("EnumName", "class")]
        [InlineData("ClassName", "TestErrorCode")]
        public void MetadataThatIsNoCSharpNameGivesNoCatalogAndAnError(string metadata, string value)
        {
            var options = new CatalogOptions(
                Namespace: metadata == "Namespace" ? value : null,
                EnumName: metadata == "EnumName" ? value : null,
                ClassName: metadata == "ClassName" ? value : null);

            var result = Documents.Build("# T\n\n" + Documents.Code(1, "甲", "First failure."), options);

            Assert.Null(result.Catalog);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ECG0007");
            Assert.Equal(metadata, diagnostic.Arguments[0]);
        }

        [Fact]
        public void MembersAreNamedInDocumentOrderAndALaterSameMessageTakesItsCode()
        {
            var result = Documents.Build("# T\n\n" + Documents.Code(2, "乙", "Link failed.") + Documents.Code(1, "甲", "Link failed.") + Documents.Code(3, "丙", "12 units lost."));

            Assert.Equal(new[] { "LinkFailed", "LinkFailed_1", "_12UnitsLost" }, result.Catalog!.Entries.Select(entry => entry.MemberName));
            Assert.Equal(new[] { "1", "3" }, result.Diagnostics.Where(d => d.Id == "ECG0005").Select(d => d.Arguments[0]));
        }

        [Fact]
        public void ACodeDefinedTwiceKeepsBothEntriesUnderTheFirstName()
        {
            var result = Documents.Build("# T\n\n" + Documents.Code(7, "甲", "First.") + Documents.Code(7, "乙", "Second."));

            Assert.Equal(new[] { "First", "First" }, result.Catalog!.Entries.Select(entry => entry.MemberName));
            Assert.Equal(new[] { "First.", "Second." }, result.Catalog.Entries.Select(entry => entry.Texts[0].Message));
            var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "ECG0003");
            Assert.Equal(new[] { "7", "3" }, duplicate.Arguments);
        }

        [Fact]
        public void ACodeWithoutAMessageIsNamedFromItsCodeAndReported()
        {
            var result = Documents.Build("# T\n\n## -5 甲\n\n**错误描述**\n\n描述。\n");

            Assert.Equal("CodeMinus5", Assert.Single(result.Catalog!.Entries).MemberName);
            Assert.Equal(new[] { "-5", "CodeMinus5" }, Assert.Single(result.Diagnostics, d => d.Id == "ECG0004").Arguments);
        }

        [Fact]
        public void ATableNamesItsCodesFromTheDefinitionColumn()
        {
            var result = Documents.Build("# 内核\n\n| 错误码数值 | 错误码定义 | 错误码描述 |\n| --- | --- | --- |\n| 1 | EPERM | Operation not permitted |\n| 2 | ENOENT | No such file or directory |\n");

            Assert.True(result.Catalog!.IsTable);
            Assert.Equal(new[] { "EPERM", "ENOENT" }, result.Catalog.Entries.Select(entry => entry.MemberName));
        }

        [Fact]
        public void ADocumentWithoutCodesGivesAnEmptyCatalogAndAWarning()
        {
            var result = Documents.Build("# Only a title\n\nText.\n");

            Assert.Empty(result.Catalog!.Entries);
            Assert.Equal(new[] { "Text." }, result.Catalog.SpecLanguage.Notes);
            Assert.Single(result.Diagnostics, d => d.Id == "ECG0001");
        }

        [Fact]
        public void AFailedDocumentGivesNoCatalogAndKeepsItsDiagnostic()
        {
            var failed = ErrorCodes.Model.Parsing.ParsedDocument.Failure(Documents.SpecPath, ErrorCodes.Model.Diagnostics.DiagnosticRules.Unreadable, ErrorCodes.Model.Diagnostics.TextLocation.StartOf(Documents.SpecPath), "missing");

            var result = CatalogBuilder.Build(failed, null, new CatalogOptions());

            Assert.Null(result.Catalog);
            Assert.Equal("ECG0011", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void ATwinTheProjectDoesNotListIsReported()
        {
            var result = Documents.Build("# T\n\n" + Documents.Code(1, "甲", "First."), new CatalogOptions(Twin: "en/errorcode-test.md", ProjectDirectory: "/repo/spec"));

            Assert.NotNull(result.Catalog);
            Assert.Equal(new[] { "/repo/spec/en/errorcode-test.md" }, Assert.Single(result.Diagnostics, d => d.Id == "ECG0022").Arguments);
        }
    }
}
