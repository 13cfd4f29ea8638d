using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Incremental
{
    /// <summary>
    /// The generator runs on every keystroke in the IDE: work that does not depend on what changed must come from
    /// the cache. Each step is named (TrackingNames) so these tests can see what re-ran.
    /// </summary>
    public sealed class IncrementalTests
    {
        private static readonly string[] s_steps =
        {
            TrackingNames.SpecFiles, TrackingNames.Specs, TrackingNames.EmitOptions, TrackingNames.Plans,
        };

        [Fact]
        public void UnrelatedCSharpEditLeavesEveryStepCached()
        {
            var runner = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.Fixture("minimal.md") });
            runner.Run();

            var edited = runner.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Consumer { internal static class Other { } }", runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
            var (result, _) = runner.Run(edited);

            foreach (var step in s_steps)
            {
                AssertAll(result, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            }

            AssertOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        [Fact]
        public void EditingOneSpecReRunsOnlyThatSpec()
        {
            var seed = Fixtures.Seed();
            var runner = new GeneratorRunner(new[] { seed, Fixtures.Fixture("minimal.md") });
            runner.Run();

            var (result, _) = runner.Edit(seed.Path, seed.Text.Replace("Connection timed out.", "Connect attempt expired.", StringComparison.Ordinal));

            var specs = Outputs(result, TrackingNames.Specs);
            Assert.Equal(1, specs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, specs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
            Assert.Equal(1, outputs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, outputs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        [Fact]
        public void ChangingOneSpecsMetadataReRunsOnlyThatSpec()
        {
            var seed = Fixtures.Seed();
            var minimal = Fixtures.Fixture("minimal.md");
            var runner = new GeneratorRunner(new[] { seed, minimal });
            runner.Run();
            var renamed = new GeneratorRunner(new[] { seed, minimal with { Metadata = new Dictionary<string, string> { ["EnumName"] = "Renamed" } } });

            runner.ReplaceOptions(renamed.OptionsProvider);
            var (result, _) = runner.Run();

            var specs = Outputs(result, TrackingNames.Specs);
            Assert.Equal(1, specs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, specs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Contains(result.GeneratedSources, s => s.HintName == "Renamed.g.cs");
        }

        [Fact]
        public void NoStepKeepsCompilerObjects()
        {
            var runner = new GeneratorRunner(new[] { Fixtures.Seed() });
            var (result, _) = runner.Run();

            foreach (var step in s_steps)
            {
                foreach (var (value, _) in Outputs(result, step))
                {
                    AssertNoCompilerObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }

        private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

        private static void AssertAll(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
        {
            foreach (var (_, reason) in Outputs(result, step))
            {
                Assert.True(allowed.Contains(reason), $"step {step} output was {reason}");
            }
        }

        private static void AssertOutputs(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
        {
            var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Contains(o.Reason, allowed));
        }

        // Compilations, symbols, syntax nodes and locations pin whole compilations in memory and never compare equal
        // from one run to the next, which defeats the cache.
        private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{path} holds a {value.GetType().Name}");
            if (value is AdditionalText or DiagnosticDescriptor)
            {
                return;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    AssertNoCompilerObjects(item, path + "[]", seen);
                }
            }

            foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoCompilerObjects(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}
