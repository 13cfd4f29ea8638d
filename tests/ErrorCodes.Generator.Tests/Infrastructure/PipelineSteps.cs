using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Planning;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>What the generator's tracked steps held in a run, so that tests assert decisions on the models rather than on the text.</summary>
    internal static class PipelineSteps
    {
        /// <summary>The values a step produced, in order.</summary>
        public static List<T> Outputs<T>(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => (T)output.Value).ToList();

        /// <summary>The emit model of every catalog the run generated.</summary>
        public static List<CatalogEmitModel> EmitModels(GeneratorRunResult result) =>
            Outputs<CatalogOutput>(result, TrackingNames.Outputs).Where(output => output.Source != null).Select(output => output.Source!).ToList();

        /// <summary>The emit model of the run's only catalog.</summary>
        public static CatalogEmitModel EmitModel(GeneratorRunResult result) => Xunit.Assert.Single(EmitModels(result));
    }
}
