using System.Collections.Generic;
using System.Collections.Immutable;
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
                .Select((file, cancellationToken) => CatalogBuilder.Build(file.Text.Path, file.Text.GetText(cancellationToken), file.Options, cancellationToken))
                .WithTrackingName(TrackingNames.Specs);

            // Only names cross from one spec to another, so editing one spec's codes re-emits only that spec.
            var typeNames = specs
                .Select((spec, _) => new SpecTypeNames(spec.FilePath, spec.Catalog?.Namespace, spec.Catalog?.EnumName, spec.Catalog?.ClassName))
                .Collect()
                .Select((names, _) => names.ToEquatableArray())
                .WithTrackingName(TrackingNames.TypeNames);

            var emitOptions = context.ParseOptionsProvider
                .Combine(context.CompilationProvider.Select((compilation, _) => CompilationFacts.From(compilation)))
                .Select((pair, _) => new EmitOptions(
                    ((CSharpParseOptions)pair.Left).LanguageVersion >= LanguageVersion.CSharp8,
                    pair.Right.NotNullWhenAvailable,
                    pair.Right.RuntimeReferenced))
                .WithTrackingName(TrackingNames.EmitOptions);

            context.RegisterSourceOutput(specs.Combine(typeNames).Combine(emitOptions), (output, input) =>
                Emit(output, input.Left.Left, input.Left.Right, input.Right));
        }

        private static void Emit(SourceProductionContext output, SpecResult spec, EquatableArray<SpecTypeNames> allNames, EmitOptions options)
        {
            foreach (var diagnostic in spec.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            var catalog = spec.Catalog;
            if (catalog == null)
            {
                return;
            }

            var fileStart = new LocationInfo(spec.FilePath, default, default);
            if (!options.RuntimeReferenced)
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(Diagnostics.RuntimeMissing, fileStart).ToDiagnostic());
                return;
            }

            var hintName = CatalogEmitter.HintName(catalog);
            foreach (var other in allNames)
            {
                if (other.FilePath == spec.FilePath)
                {
                    break;
                }

                var conflict = other.Conflicts(catalog);
                if (conflict != null)
                {
                    output.ReportDiagnostic(DiagnosticInfo.Create(Diagnostics.TypeNameConflict, fileStart, conflict, other.FilePath).ToDiagnostic());
                    return;
                }

                if (other.EnumName == catalog.EnumName)
                {
                    // Same enum name in another namespace: legal C#, but the hint names must differ.
                    hintName = catalog.Namespace + "." + hintName;
                }
            }

            output.AddSource(hintName, SourceText.From(CatalogEmitter.Emit(catalog, options), System.Text.Encoding.UTF8));
        }

        /// <summary>A spec file and its options; the file compares by reference, which Roslyn keeps while the file is unchanged.</summary>
        private sealed record SpecFile(AdditionalText Text, SpecOptions Options)
        {
            public static SpecFile? From(AdditionalText text, AnalyzerConfigOptionsProvider provider)
            {
                var options = provider.GetOptions(text);
                if (!options.TryGetValue(MetadataPrefix + "ErrorCodesSpec", out var isSpec)
                    || !string.Equals(isSpec, "true", System.StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                return new SpecFile(text, new SpecOptions(
                    Value(options, MetadataPrefix + "Namespace"),
                    Value(options, MetadataPrefix + "EnumName"),
                    Value(options, MetadataPrefix + "ClassName"),
                    Value(provider.GlobalOptions, "build_property.ErrorCodesProjectDirectory"),
                    Value(provider.GlobalOptions, "build_property.ErrorCodesRootNamespace")));
            }

            private static string? Value(AnalyzerConfigOptions options, string key) =>
                options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        }

        private sealed record SpecTypeNames(string FilePath, string? Namespace, string? EnumName, string? ClassName)
        {
            /// <summary>The full name of a type that both this spec and <paramref name="catalog"/> would generate, or null.</summary>
            public string? Conflicts(CatalogSpec catalog)
            {
                if (Namespace != catalog.Namespace)
                {
                    return null;
                }

                var mine = new HashSet<string?> { EnumName, ClassName };
                if (mine.Contains(catalog.EnumName))
                {
                    return catalog.Namespace + "." + catalog.EnumName;
                }

                return mine.Contains(catalog.ClassName) ? catalog.Namespace + "." + catalog.ClassName : null;
            }
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
