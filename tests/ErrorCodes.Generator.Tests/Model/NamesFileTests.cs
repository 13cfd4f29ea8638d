using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>A names file keeps the member names that have shipped, whatever a new edition of the document says.</summary>
    public sealed class NamesFileTests
    {
        private const string Spec = "# Edition\n\n## 100 First\n\n**错误信息**\n\nThe first code, reworded in a new edition.\n\n## 300 New\n\n**错误信息**\n\nA code the names file does not record yet.\n\n## 400 Chosen\n\n**错误信息**\n\nA message whose name the names file chooses.\n";

        private const string Names = "# Names of errorcode-test.md.\n100 FirstCode\n200 RemovedCode   # the document dropped it\n400 ResourceUnavailable\n500 class\n600 Dup\n700 Dup\n100 FirstAgain\nthis is not a line\n";

        [Fact]
        public void AValidLineRecordsACodeAndItsName()
        {
            var file = NamesFile.Parse("/repo/spec/errorcode-test.names", Names);

            Assert.Equal(new[] { (100, "FirstCode", 1), (200, "RemovedCode", 2), (400, "ResourceUnavailable", 3), (600, "Dup", 5) }, file.Entries.Select(entry => (entry.Code, entry.Name, entry.Location.StartLine)));
        }

        [Fact]
        public void EveryBadLineIsReportedAtItsLineAndIgnored()
        {
            var file = NamesFile.Parse("/repo/spec/errorcode-test.names", Names);

            Assert.Equal(
                new[] { ("ECG0026", 4), ("ECG0027", 6), ("ECG0027", 7), ("ECG0025", 8) },
                file.Diagnostics.Select(d => (d.Id, d.Location.StartLine)));
            Assert.Equal("Code 100 is recorded again in the names file (first at line 2); this line is ignored", file.Diagnostics[2].Message);
            Assert.Equal("The name 'Dup' is recorded again in the names file (first at line 6); this line is ignored", file.Diagnostics[1].Message);
        }

        [Fact]
        public void ARecordedNameWinsAndANewCodeIsNamedFromTheDocument()
        {
            var catalog = Build().Catalog!;

            Assert.Equal(new[] { "FirstCode", "CodeNamesFileDoesNotRecordYet", "ResourceUnavailable" }, catalog.Entries.Select(entry => entry.MemberName));
            Assert.Equal(new[] { "300", "CodeNamesFileDoesNotRecordYet" }, Assert.Single(Build().Diagnostics, d => d.Id == "ECG0028").Arguments);
        }

        [Fact]
        public void ACodeTheDocumentDroppedStaysAsATombstone()
        {
            var result = Build();

            Assert.Equal(new[] { new RemovedCode(200, "RemovedCode", 3), new RemovedCode(600, "Dup", 6) }, result.Catalog!.Removed);
            var removed = result.Diagnostics.Where(d => d.Id == "ECG0029").ToList();
            Assert.Equal(new[] { "/repo/spec/errorcode-test.names", "/repo/spec/errorcode-test.names" }, removed.Select(d => d.Location.FilePath));
            Assert.Equal(Severity.Warning, removed[0].Severity);
        }

        [Fact]
        public void ADerivedNameNeverTakesARecordedOne()
        {
            var names = NamesFile.Parse("/repo/spec/errorcode-test.names", "1 LinkFailed\n");

            var catalog = CatalogBuilder.Build(Documents.Parse("## 2 T\n\n**错误信息**\n\nLink failed.\n"), null, names, new CatalogOptions()).Catalog!;

            Assert.Equal("LinkFailed_2", Assert.Single(catalog.Entries).MemberName);
            Assert.Equal(new RemovedCode(1, "LinkFailed", 1), Assert.Single(catalog.Removed));
        }

        [Fact]
        public void WithoutANamesFileNoCodeIsNew()
        {
            var result = CatalogBuilder.Build(Documents.Parse(Spec), null, new CatalogOptions());

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ECG0028");
            Assert.Empty(result.Catalog!.Removed);
        }

        [Fact]
        public void ANamesFileTheMetadataNamesButTheBuildLacksIsReported()
        {
            var result = CatalogBuilder.Build(Documents.Parse(Spec), null, null, new CatalogOptions(Names: "names/socket.names", ProjectDirectory: "/repo"));

            Assert.Equal(new[] { "/repo/names/socket.names" }, Assert.Single(result.Diagnostics, d => d.Id == "ECG0030").Arguments);
        }

        [Theory]
        [InlineData("/repo/docs/errorcode-net-socket.md", "/repo/docs/errorcode-net-socket.names")]
        [InlineData(@"C:\repo\docs\errorcode.v2.md", @"C:\repo\docs\errorcode.v2.names")]
        [InlineData("/repo/docs.v2/spec", "/repo/docs.v2/spec.names")]
        public void TheNamesFileOfASpecSitsBesideIt(string spec, string expected) => Assert.Equal(expected, NamesFile.PathFor(spec));

        [Fact]
        public void RenderedNamesReadBackAsTheyWereWritten()
        {
            var text = NamesFile.Render("errorcode-test.md", new[] { new System.Collections.Generic.KeyValuePair<int, string>(-1, "Unknown"), new System.Collections.Generic.KeyValuePair<int, string>(401, "ParameterCheckFailed") });

            var file = NamesFile.Parse("/repo/spec/errorcode-test.names", text);

            Assert.Empty(file.Diagnostics);
            Assert.Equal(new[] { (-1, "Unknown"), (401, "ParameterCheckFailed") }, file.Entries.Select(entry => (entry.Code, entry.Name)));
            Assert.StartsWith("# The member names of the codes of errorcode-test.md", text, System.StringComparison.Ordinal);
        }

        private static CatalogResult Build() =>
            CatalogBuilder.Build(Documents.Parse(Spec), null, NamesFile.Parse("/repo/spec/errorcode-test.names", Names), new CatalogOptions(ProjectDirectory: "/repo"));
    }
}
