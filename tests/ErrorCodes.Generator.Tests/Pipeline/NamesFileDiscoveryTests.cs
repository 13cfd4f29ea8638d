using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>The generator finds a spec's names file among the project's additional files, beside the spec or where its metadata says.</summary>
    public sealed class NamesFileDiscoveryTests
    {
        [Fact]
        public void TheNamesFileBesideTheSpecUnderItsNameIsUsed()
        {
            var (result, _) = new GeneratorRunner(new[] { Fixtures.NamesFixture("errorcode-edition.md"), Fixtures.NamesFixture("errorcode-edition.names") }).Run();

            var model = PipelineSteps.EmitModel(result);
            Assert.Equal(new[] { "FirstCode", "CodeNamesFileDoesNotRecordYet", "ResourceUnavailable" }, model.Members.Select(member => member.Name));
            Assert.Equal(new[] { "RemovedCode", "Dup" }, model.Catalog.Removed.Select(removed => removed.MemberName));
            Assert.All(result.Diagnostics.Where(d => d.Id is "ECG0025" or "ECG0026" or "ECG0027" or "ECG0029"), d => Assert.EndsWith("errorcode-edition.names", d.Location.GetLineSpan().Path, System.StringComparison.Ordinal));
        }

        [Fact]
        public void TheNamesMetadataNamesAnotherFile()
        {
            var spec = Fixtures.NamesFixture("errorcode-edition.md") with { Metadata = new Dictionary<string, string> { ["Names"] = "../../spec/shipped.names" } };
            var names = Fixtures.NamesFixture("errorcode-edition.names") with { Path = Fixtures.SpecDirectory + "/shipped.names" };

            var (result, _) = new GeneratorRunner(new[] { spec, names }).Run();

            Assert.Equal("FirstCode", PipelineSteps.EmitModel(result).Members[0].Name);
        }

        [Fact]
        public void ANamesFileTheBuildDoesNotListIsReportedAndNamesComeFromTheDocument()
        {
            var spec = Fixtures.NamesFixture("errorcode-edition.md") with { Metadata = new Dictionary<string, string> { ["Names"] = "missing.names" } };

            var (result, _) = new GeneratorRunner(new[] { spec }).Run();

            Assert.Single(result.Diagnostics, d => d.Id == "ECG0030");
            Assert.Equal("FirstCodeRewordedInANewEdition", PipelineSteps.EmitModel(result).Members[0].Name);
        }

        [Fact]
        public void EditingTheNamesFileRenamesWithoutParsingTheSpecAgain()
        {
            var names = Fixtures.NamesFixture("errorcode-edition.names");
            var runner = new GeneratorRunner(new[] { Fixtures.NamesFixture("errorcode-edition.md"), names });
            runner.Run();

            var (result, _) = runner.Edit(names.Path, names.Text.Replace("100 FirstCode", "100 Renamed", System.StringComparison.Ordinal));

            Assert.Equal("Renamed", PipelineSteps.EmitModel(result).Members[0].Name);
            Assert.All(result.TrackedSteps[TrackingNames.Documents].SelectMany(run => run.Outputs), output => Assert.NotEqual(Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified, output.Reason));
        }
    }
}
