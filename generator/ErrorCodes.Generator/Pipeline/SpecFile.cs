using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>How the build lists a spec file: as a spec of its own, or as another spec's twin, with the options it gives it.</summary>
    /// <param name="Path">The file's path.</param>
    /// <param name="IsTwin">Listed as another spec's <c>Twin</c>: read to merge into that spec's catalog, not generated itself.</param>
    /// <param name="Options">The item's metadata and the project's properties.</param>
    /// <param name="Severities">The severities the file's <c>.editorconfig</c> section sets.</param>
    /// <param name="MaxDiagnosticsPerId">The <c>ErrorCodesMaxDiagnostics</c> property, or its default.</param>
    internal sealed record SpecListing(string Path, bool IsTwin, CatalogOptions Options, EquatableArray<SeverityOverride> Severities, int MaxDiagnosticsPerId);

    /// <summary>A spec file and how it is listed; the file compares by reference, which Roslyn keeps while the file is unchanged.</summary>
    internal sealed record SpecFile(AdditionalText Text, SpecListing Listing)
    {
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

        /// <summary>The item metadata that marks an additional file as a spec: <c>true</c>, or <c>twin</c> for a spec's twin.</summary>
        public const string KindMetadata = "ErrorCodesSpec";

        /// <summary>The additional files of the project that are specs, in the project's order.</summary>
        public static IEnumerable<SpecFile> All(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider provider)
        {
            foreach (var text in texts)
            {
                if (From(text, provider) is { } file)
                {
                    yield return file;
                }
            }
        }

        /// <summary>The spec file <paramref name="text"/> is, or null for an additional file that is no spec.</summary>
        public static SpecFile? From(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        {
            var options = provider.GetOptions(text);
            if (!options.TryGetValue(MetadataPrefix + KindMetadata, out var kind))
            {
                return null;
            }

            var isTwin = string.Equals(kind, "twin", StringComparison.OrdinalIgnoreCase);
            if (!isTwin && !string.Equals(kind, "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var global = provider.GlobalOptions;
            var catalogOptions = new CatalogOptions(
                Metadata(options, nameof(CatalogOptions.Namespace)),
                Metadata(options, nameof(CatalogOptions.EnumName)),
                Metadata(options, nameof(CatalogOptions.ClassName)),
                isTwin ? null : Metadata(options, nameof(CatalogOptions.Twin)),
                Metadata(options, nameof(CatalogOptions.Language)),
                Value(global, "build_property.ErrorCodesProjectDirectory"),
                Value(global, "build_property.ErrorCodesRootNamespace"));
            return new SpecFile(text, new SpecListing(text.Path, isTwin, catalogOptions, Severities(options), MaxDiagnostics(global)));
        }

        private static EquatableArray<SeverityOverride> Severities(AnalyzerConfigOptions options)
        {
            var settings = new List<SeverityOverride>();
            foreach (var rule in DiagnosticRules.All)
            {
                if (options.TryGetValue(SeverityOverride.KeyOf(rule.Id), out var value) && SeverityOverride.TryParse(rule.Id, value, out var setting))
                {
                    settings.Add(setting!);
                }
            }

            return settings.ToEquatableArray();
        }

        private static int MaxDiagnostics(AnalyzerConfigOptions options) =>
            int.TryParse(Value(options, "build_property.ErrorCodesMaxDiagnostics"), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0
                ? max
                : DiagnosticSettings.DefaultMaxPerId;

        private static string? Metadata(AnalyzerConfigOptions options, string name) => Value(options, MetadataPrefix + name);

        private static string? Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }
}
