using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>
    /// The generator runs on every keystroke in the IDE: work that does not depend on what changed must come from the
    /// cache. Each step is named (TrackingNames) so these tests see what re-ran; every run of every test is also checked
    /// to be cached when repeated (CachingCheck).
    /// </summary>
    public sealed class IncrementalTests
    {
        [Fact]
        public void UnrelatedCSharpEditLeavesEveryStepCached()
        {
            var runner = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.Fixture("minimal.md"), Fixtures.SeedNames() });
            runner.Run();

            var edited = runner.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Consumer { internal static class Other { } }", runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
            var (result, _) = runner.Run(edited);

            Assert.Equal(TrackingNames.All.OrderBy(name => name), result.TrackedSteps.Keys.Where(TrackingNames.All.Contains).OrderBy(name => name));
            foreach (var step in TrackingNames.All)
            {
                Assert.All(Reasons(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
            }

            var outputs = OutputReasons(result);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        }

        [Fact]
        public void EditingOneSpecParsesAndEmitsOnlyThatSpec()
        {
            var seed = Fixtures.Seed();
            var runner = new GeneratorRunner(new[] { seed, Fixtures.Fixture("minimal.md") });
            runner.Run();

            var (result, _) = runner.Edit(seed.Path, seed.Text.Replace("Connection timed out.", "Connect attempt expired.", StringComparison.Ordinal));

            AssertOneOfTwoReRan(Reasons(result, TrackingNames.Documents));
            AssertOneOfTwoReRan(Reasons(result, TrackingNames.Catalogs));
            AssertOneOfTwoReRan(Reasons(result, TrackingNames.Outputs));
            AssertOneOfTwoReRan(OutputReasons(result));
        }

        [Fact]
        public void ChangingOneSpecsMetadataBuildsOnlyThatCatalogAndParsesNothing()
        {
            var seed = Fixtures.Seed();
            var minimal = Fixtures.Fixture("minimal.md");
            var runner = new GeneratorRunner(new[] { seed, minimal });
            runner.Run();

            runner.ReplaceOptions(runner.Options(new[] { seed, minimal with { Metadata = new Dictionary<string, string> { ["EnumName"] = "Renamed" } } }));
            var (result, _) = runner.Run();

            Assert.All(Reasons(result, TrackingNames.Documents), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
            AssertOneOfTwoReRan(Reasons(result, TrackingNames.Catalogs));
            Assert.Contains(result.GeneratedSources, s => s.HintName == "Renamed.g.cs");
        }

        // Roslyn's Combine of the additional files with their options dropped, in the run after, the files that
        // followed the removed one; the runner's second run of each Run() is that run.
        [Fact]
        public void RemovingASpecKeepsTheSpecsListedAfterIt()
        {
            var runner = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.Fixture("empty.md"), Fixtures.Fixture("english-labels.md") });
            runner.Run();

            runner.Remove(Fixtures.Fixture("empty.md").Path);
            var (result, _) = runner.Run();

            Assert.Equal(new[] { "EnglishLabelsErrorCode.g.cs", "NetSocketErrorCode.g.cs" }, result.GeneratedSources.Select(source => source.HintName).OrderBy(name => name, StringComparer.Ordinal));
        }

        private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

        private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

        private static void AssertOneOfTwoReRan(List<IncrementalStepRunReason> reasons)
        {
            Assert.Equal(2, reasons.Count);
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }
    }
}
