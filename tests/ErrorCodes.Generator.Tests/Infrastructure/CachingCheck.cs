using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The generator runs on every keystroke in the IDE: a run on inputs it has seen must come from the cache. After every
    /// run, the runner runs the driver again on an equal compilation and checks, with the steps' tracking names, that
    /// every step of that run was Cached or Unchanged, every output Cached, the output the same, and that no step holds
    /// a compiler object (which pins compilations in memory and never compares equal).
    /// </summary>
    internal static class CachingCheck
    {
        public static void AssertRerunIsCached(GeneratorDriver driver, Compilation compilation, GeneratorRunResult first)
        {
            if (RerunWithTheSameOutput(driver, compilation, first) is not { } rerun)
            {
                return;
            }

            // Roslyn tracks its own input steps too (Compilation, AdditionalTexts, ...), which change with every compilation.
            foreach (var (step, runs) in rerun.TrackedSteps.Where(step => TrackingNames.All.Contains(step.Key)))
            {
                foreach (var (_, reason) in runs.SelectMany(run => run.Outputs))
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} re-ran on unchanged inputs: {reason}");
                }
            }

            foreach (var (_, reason) in rerun.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs))
            {
                Assert.Equal(IncrementalStepRunReason.Cached, reason);
            }

            foreach (var (step, runs) in first.TrackedSteps.Where(step => TrackingNames.All.Contains(step.Key)))
            {
                foreach (var (value, _) in runs.SelectMany(run => run.Outputs))
                {
                    AssertNoCompilerObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }

        /// <summary>
        /// For a run without step tracking: the rerun on an equal compilation gives the same output. Roslyn's step
        /// tracking costs time quadratic in the number of specs (GeneratorRunStateTable.Builder.RecordStepTree walks
        /// every output's whole input tree, the collected specs included, with no memory of what it has seen), which
        /// only tests pay: builds and IDEs do not track steps. Runs of thousands of specs check this much.
        /// </summary>
        public static void AssertRerunGivesTheSameOutput(GeneratorDriver driver, Compilation compilation, GeneratorRunResult first) =>
            RerunWithTheSameOutput(driver, compilation, first);

        // The rerun on an equal compilation, checked to give the first run's output; none when the first run threw.
        private static GeneratorRunResult? RerunWithTheSameOutput(GeneratorDriver driver, Compilation compilation, GeneratorRunResult first)
        {
            if (first.Exception != null)
            {
                return null;
            }

            var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
            Assert.Null(rerun.Exception);
            Assert.Equal(Describe(first), Describe(rerun));
            return rerun;
        }

        /// <summary>What a run produced: every generated source and every diagnostic, as text.</summary>
        public static string Describe(GeneratorRunResult result)
        {
            var builder = new StringBuilder();
            foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                builder.Append("// ").Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
            }

            builder.Append(Snapshot.Describe(result.Diagnostics));
            return builder.ToString();
        }

        private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{path} holds a {value.GetType().Name}");
            if (value is AdditionalText)
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
