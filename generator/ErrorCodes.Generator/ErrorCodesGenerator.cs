using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Generates an enum and a catalog of lookups for every <c>ErrorCodeSpec</c> item of the project
    /// (an additional file with <c>ErrorCodesSpec=true</c> metadata): spec files and options, then a model per
    /// spec, then source per spec.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ErrorCodesGenerator : IIncrementalGenerator
    {
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var specFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => SpecFile.From(pair.Left, pair.Right))
                .Where(file => file != null)
                .Select((file, _) => file!)
                .WithTrackingName(TrackingNames.SpecFiles);

            var specs = specFiles
                .Select((file, cancellationToken) => CatalogBuilder.Build(file.Text, file.Options, cancellationToken))
                .WithTrackingName(TrackingNames.Specs);

            var emitOptions = context.ParseOptionsProvider
                .Combine(context.CompilationProvider.Select((compilation, _) => CompilationFacts.From(compilation)))
                .Select((pair, _) => new EmitOptions(
                    ((CSharpParseOptions)pair.Left).LanguageVersion >= LanguageVersion.CSharp8,
                    pair.Right.NotNullWhenAvailable,
                    pair.Right.RuntimeReferenced))
                .WithTrackingName(TrackingNames.EmitOptions);

            // Every spec is planned with all the others in view; each plan is its own item again, so a spec whose
            // plan did not change is not emitted again.
            var plans = specs
                .Collect()
                .Combine(emitOptions)
                .SelectMany((pair, _) => EmitPlanner.Plan(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Plans);

            context.RegisterSourceOutput(plans, Emit);
        }

        private static void Emit(SourceProductionContext output, EmitPlan plan)
        {
            var severities = plan.Spec.Severities;
            var diagnostics = plan.ReportSpecDiagnostics ? plan.Spec.Diagnostics.Concat(plan.Diagnostics) : plan.Diagnostics;
            foreach (var info in diagnostics)
            {
                if (info.ToDiagnostic(severities) is { } diagnostic)
                {
                    output.ReportDiagnostic(diagnostic);
                }
            }

            if (plan.HintName != null && plan.Spec.Catalog != null)
            {
                output.AddSource(plan.HintName, SourceText.From(CatalogEmitter.Emit(plan.Spec.Catalog, plan.Options, plan.Links), System.Text.Encoding.UTF8));
            }
        }

        /// <summary>A spec file and its options; the file compares by reference, which Roslyn keeps while the file is unchanged.</summary>
        private sealed record SpecFile(AdditionalText Text, SpecOptions Options)
        {
            public static SpecFile? From(AdditionalText text, AnalyzerConfigOptionsProvider provider)
            {
                var options = provider.GetOptions(text);
                if (!options.TryGetValue(MetadataPrefix + "ErrorCodesSpec", out var kind))
                {
                    return null;
                }

                // "twin": listed as another spec's Twin, so it is read to merge into that spec, not generated itself.
                var isTwin = string.Equals(kind, "twin", System.StringComparison.OrdinalIgnoreCase);
                if (!isTwin && !string.Equals(kind, "true", System.StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                return new SpecFile(text, new SpecOptions(
                    Value(options, MetadataPrefix + "Namespace"),
                    Value(options, MetadataPrefix + "EnumName"),
                    Value(options, MetadataPrefix + "ClassName"),
                    Value(provider.GlobalOptions, "build_property.ErrorCodesProjectDirectory"),
                    Value(provider.GlobalOptions, "build_property.ErrorCodesRootNamespace"),
                    MaxDiagnostics(provider.GlobalOptions),
                    Severities(options),
                    isTwin ? null : Value(options, MetadataPrefix + "Twin"),
                    Value(options, MetadataPrefix + "Language"),
                    isTwin));
            }

            private static EquatableArray<SeverityOverride> Severities(AnalyzerConfigOptions options)
            {
                var settings = new List<SeverityOverride>();
                foreach (var descriptor in Diagnostics.All)
                {
                    if (options.TryGetValue(SeverityOverride.KeyPrefix + descriptor.Id + ".severity", out var value)
                        && SeverityOverride.TryParse(descriptor.Id, value, out var setting))
                    {
                        settings.Add(setting!);
                    }
                }

                return settings.ToEquatableArray();
            }

            private static int MaxDiagnostics(AnalyzerConfigOptions options) =>
                int.TryParse(Value(options, "build_property.ErrorCodesMaxDiagnostics"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max) && max > 0
                    ? max
                    : SpecOptions.DefaultMaxDiagnosticsPerId;

            private static string? Value(AnalyzerConfigOptions options, string key) =>
                options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        }

        private sealed record CompilationFacts(bool NotNullWhenAvailable, bool RuntimeReferenced)
        {
            public static CompilationFacts From(Compilation compilation)
            {
                var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
                return new CompilationFacts(
                    notNullWhen != null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly),
                    compilation.GetTypeByMetadataName("ErrorCodes.ErrorCodeCatalog") != null);
            }
        }
    }
}
