using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>What an additional file is to ErrorCodes.</summary>
    internal enum SpecFileKind
    {
        /// <summary>A spec of its own (<c>ErrorCodesSpec=true</c>).</summary>
        Spec,

        /// <summary>Another spec's <c>Twin</c>: read to merge into that spec's catalog, not generated itself.</summary>
        Twin,

        /// <summary>A spec's names file (<c>ErrorCodesSpec=names</c>).</summary>
        Names,

        /// <summary>A names file beside the specs whose own document is not there (<c>ErrorCodesSpec=orphaned-names</c>): reported, never used.</summary>
        OrphanedNames,
    }

    /// <summary>How the build lists a spec file: as a spec, as another spec's twin or as a spec's names file, with the options it gives it.</summary>
    /// <param name="Path">The file's path.</param>
    /// <param name="Kind">What the file is.</param>
    /// <param name="Options">The item's metadata and the project's properties.</param>
    /// <param name="Severities">The severities the file's <c>.editorconfig</c> section sets.</param>
    /// <param name="MaxDiagnosticsPerId">The <c>ErrorCodesMaxDiagnostics</c> property, or its default.</param>
    /// <param name="ListingConflict">For a spec the project lists more than once with different metadata, how; else null.</param>
    internal sealed record SpecListing(string Path, SpecFileKind Kind, CatalogOptions Options, EquatableArray<SeverityOverride> Severities, int MaxDiagnosticsPerId, ListingConflict? ListingConflict = null);

    /// <summary>How often a spec is listed with different metadata, and which metadata differ, such as <c>EnumName: A, B</c>.</summary>
    internal sealed record ListingConflict(int Count, string Differences);

    /// <summary>A spec file and how it is listed; the file compares by reference, which Roslyn keeps while the file is unchanged.</summary>
    internal sealed record SpecFile(AdditionalText Text, SpecListing Listing)
    {
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

        /// <summary>The item metadata that marks an additional file as a spec: <c>true</c>, <c>twin</c> for a spec's twin, <c>names</c> for its names file.</summary>
        public const string KindMetadata = "ErrorCodesSpec";

        // The metadata of an ErrorCodeSpec item, in the order the targets write them into ErrorCodesListings.
        private static readonly string[] ListedMetadata = { "Namespace", "EnumName", "ClassName", "Twin", "Language", "Names", "Visibility", "HelpLinkFormat", "Properties" };

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

            SpecFileKind fileKind;
            if (string.Equals(kind, "true", StringComparison.OrdinalIgnoreCase))
            {
                fileKind = SpecFileKind.Spec;
            }
            else if (string.Equals(kind, "twin", StringComparison.OrdinalIgnoreCase))
            {
                fileKind = SpecFileKind.Twin;
            }
            else if (string.Equals(kind, "names", StringComparison.OrdinalIgnoreCase))
            {
                fileKind = SpecFileKind.Names;
            }
            else if (string.Equals(kind, "orphaned-names", StringComparison.OrdinalIgnoreCase))
            {
                fileKind = SpecFileKind.OrphanedNames;
            }
            else
            {
                return null;
            }

            var global = provider.GlobalOptions;
            var isSpec = fileKind == SpecFileKind.Spec;
            var catalogOptions = new CatalogOptions(
                Namespace: Metadata(options, nameof(CatalogOptions.Namespace)),
                EnumName: Metadata(options, nameof(CatalogOptions.EnumName)),
                ClassName: Metadata(options, nameof(CatalogOptions.ClassName)),
                Twin: isSpec ? Metadata(options, nameof(CatalogOptions.Twin)) : null,
                Language: Metadata(options, nameof(CatalogOptions.Language)),
                Names: isSpec ? Metadata(options, nameof(CatalogOptions.Names)) : null,
                Visibility: Metadata(options, nameof(CatalogOptions.Visibility)),
                Properties: isSpec ? Metadata(options, nameof(CatalogOptions.Properties)) : null,
                HelpLinkFormat: isSpec ? Metadata(options, nameof(CatalogOptions.HelpLinkFormat)) : null,
                ProjectDirectory: Value(global, "build_property.ErrorCodesProjectDirectory"),
                RootNamespace: Value(global, "build_property.ErrorCodesRootNamespace"));
            var conflict = isSpec ? Conflict(text.Path, Value(global, "build_property.ErrorCodesListings")) : null;
            return new SpecFile(text, new SpecListing(text.Path, fileKind, catalogOptions, Severities(options), MaxDiagnostics(global), conflict));
        }

        // The compiler gets one set of metadata a file (the last listing's), so the targets pass every listing of the
        // project in ErrorCodesListings when a file is listed more than once: "path|Namespace|EnumName|…*…".
        private static ListingConflict? Conflict(string path, string? listings)
        {
            if (listings == null)
            {
                return null;
            }

            var key = SpecPaths.Key(path, null);
            var signatures = new List<string[]>();
            foreach (var listing in listings.Split('*'))
            {
                // The last metadata, Properties, holds '|' itself: the split stops before it.
                var fields = listing.Split(new[] { '|' }, ListedMetadata.Length + 1);
                if (fields.Length == ListedMetadata.Length + 1 && SpecPaths.Key(fields[0], null) == key && !signatures.Exists(known => EqualFields(known, fields)))
                {
                    signatures.Add(fields);
                }
            }

            if (signatures.Count < 2)
            {
                return null;
            }

            var differences = new List<string>();
            for (var field = 1; field < signatures[0].Length; field++)
            {
                var values = new List<string>();
                foreach (var signature in signatures)
                {
                    var value = signature[field].Length == 0 ? "(none)" : signature[field];
                    if (!values.Contains(value))
                    {
                        values.Add(value);
                    }
                }

                if (values.Count > 1)
                {
                    differences.Add(ListedMetadata[field - 1] + ": " + string.Join(", ", values));
                }
            }

            return new ListingConflict(signatures.Count, string.Join("; ", differences));
        }

        private static bool EqualFields(string[] left, string[] right)
        {
            for (var i = 1; i < left.Length; i++)
            {
                if (!string.Equals(left[i], right[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
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
