using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>What one catalog is built from: a spec, its twin and its names file when it has them, its options and how its diagnostics are reported.</summary>
    internal sealed record CatalogInput(ParsedDocument Spec, ParsedDocument? Twin, NamesFile? Names, CatalogOptions Options, DiagnosticSettings Settings);

    /// <summary>A spec file as the parser read it, with how the build lists it.</summary>
    internal sealed record ListedDocument(SpecListing Listing, ParsedDocument Document);

    /// <summary>Pairs every spec of the project with the twin its <c>Twin</c> metadata names.</summary>
    internal static class CatalogInputs
    {
        /// <summary>
        /// One input per spec file, the first listing of a file winning. Each document's own diagnostics are reported
        /// once: by its spec, or by the first spec that has it as a twin.
        /// </summary>
        public static IEnumerable<CatalogInput> Pair(ImmutableArray<SpecListing> listings, ImmutableArray<ParsedDocument> parsed, ImmutableArray<(SpecListing Listing, NamesFile File)> namesFiles)
        {
            var names = new Dictionary<string, (SpecListing Listing, NamesFile File)>(StringComparer.Ordinal);
            foreach (var file in namesFiles)
            {
                var key = SpecPaths.Key(file.Listing.Path, null);
                if (!names.ContainsKey(key))
                {
                    names.Add(key, file);
                }
            }

            // Both come from the same spec files, in the same order.
            var documents = new List<ListedDocument>(listings.Length);
            for (var i = 0; i < listings.Length; i++)
            {
                documents.Add(new ListedDocument(listings[i], parsed[i]));
            }

            var twins = new Dictionary<string, ListedDocument>(StringComparer.Ordinal);
            var specs = new Dictionary<string, ListedDocument>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                var byKind = document.Listing.Kind == SpecFileKind.Twin ? twins : specs;
                var key = SpecPaths.Key(document.Listing.Path, null);
                if (!byKind.ContainsKey(key))
                {
                    byKind.Add(key, document);
                }
            }

            var reported = new HashSet<string>(specs.Keys, StringComparer.Ordinal);
            var paired = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                var listing = document.Listing;
                if (listing.Kind != SpecFileKind.Spec || !paired.Add(SpecPaths.Key(listing.Path, null)))
                {
                    continue;
                }

                ListedDocument? twin = null;
                if (listing.Options.Twin != null)
                {
                    var twinKey = SpecPaths.Key(listing.Options.Twin, listing.Options.ProjectDirectory);
                    if (twins.TryGetValue(twinKey, out var listedTwin) || specs.TryGetValue(twinKey, out listedTwin))
                    {
                        twin = reported.Add(twinKey) ? listedTwin : listedTwin with { Document = listedTwin.Document with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty } };
                    }
                }

                var severities = new List<FileSeverities> { new FileSeverities(listing.Path, listing.Severities) };
                if (twin != null)
                {
                    severities.Add(new FileSeverities(twin.Listing.Path, twin.Listing.Severities));
                }

                // The names file the Names metadata names, else the one beside the spec under its name.
                var namesPath = listing.Options.Names != null ? SpecPaths.Key(listing.Options.Names, listing.Options.ProjectDirectory) : SpecPaths.Key(NamesFile.PathFor(listing.Path), null);
                var hasNames = names.TryGetValue(namesPath, out var namesFile);
                if (hasNames)
                {
                    severities.Add(new FileSeverities(namesFile.Listing.Path, namesFile.Listing.Severities));
                }

                yield return new CatalogInput(
                    document.Document,
                    twin?.Document,
                    hasNames ? namesFile.File : null,
                    listing.Options,
                    new DiagnosticSettings(listing.MaxDiagnosticsPerId, severities.ToEquatableArray()));
            }
        }
    }
}
