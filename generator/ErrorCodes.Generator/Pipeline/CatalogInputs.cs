using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Model.Template;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>What one catalog is built from: a spec, its twin and its names file when it has them, its options and how its diagnostics are reported.</summary>
    internal sealed record CatalogInput(ParsedDocument Spec, ParsedDocument? Twin, NamesFile? Names, CatalogOptions Options, DiagnosticSettings Settings);

    /// <summary>A spec file as the parser read it, with how the build lists it.</summary>
    internal sealed record ListedDocument(SpecListing Listing, ParsedDocument Document);

    /// <summary>A names file as read, with how the build lists it.</summary>
    internal sealed record ListedNames(SpecListing Listing, NamesFile File);

    /// <summary>Every markdown file of the project as the parser read it, in the order of its listings.</summary>
    internal sealed record DocumentSet(EquatableArray<ParsedDocument> Documents);

    /// <summary>Every markdown file's listing, and the documents read from them, in the same order.</summary>
    internal sealed record ListedDocuments(EquatableArray<SpecListing> Listings, EquatableArray<ParsedDocument> Documents);

    /// <summary>Pairs every spec of the project with the twin its <c>Twin</c> metadata names.</summary>
    internal static class CatalogInputs
    {

        /// <summary>
        /// One input per spec file, the first listing of a file winning. Each document's own diagnostics are reported
        /// once: by its spec, or by the first spec that has it as a twin.
        /// </summary>
        public static List<CatalogInput> Pair(EquatableArray<SpecListing> listings, EquatableArray<ParsedDocument> parsed, ImmutableArray<ListedNames> namesFiles, StepGuard guard)
        {
            var names = new Dictionary<string, ListedNames>(StringComparer.Ordinal);
            foreach (var file in namesFiles.Where(file => file.Listing.Kind == SpecFileKind.Names))
            {
                var key = SpecPaths.Key(file.Listing.Path, null);
                if (!names.ContainsKey(key))
                {
                    names.Add(key, file);
                }
            }

            // The template's numbering rules over every document of the project (a code two documents define otherwise,
            // a universal code defined again, a code outside its document's range), each told with its document's own
            // diagnostics. A failure of these rules is the first document's ECG0099, and every catalog is still made.
            var numbering = parsed.Count == 0
                ? new Dictionary<string, List<DiagnosticInfo>>()
                : guard.Run(
                    "numbering",
                    parsed[0].FilePath,
                    () => NumberingByFile(parsed),
                    failure => new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal) { [parsed[0].FilePath] = new List<DiagnosticInfo> { failure } });
            // Both come from the same spec files, in the same order.
            var documents = new List<ListedDocument>(listings.Count);
            for (var i = 0; i < listings.Count; i++)
            {
                var document = parsed[i];
                if (numbering.TryGetValue(document.FilePath, out var found))
                {
                    document = document with { Diagnostics = document.Diagnostics.Concat(found).ToEquatableArray() };
                }

                documents.Add(new ListedDocument(listings[i], document));
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
            var inputs = new List<CatalogInput>();
            foreach (var document in documents)
            {
                var listing = document.Listing;
                if (listing.Kind != SpecFileKind.Spec || !paired.Add(SpecPaths.Key(listing.Path, null)))
                {
                    continue;
                }

                inputs.Add(guard.Run(
                    "pair",
                    listing.Path,
                    () => Input(document, specs, twins, names, reported),
                    failure => new CatalogInput(
                        document.Document with { Diagnostics = document.Document.Diagnostics.Add(failure), Failed = true },
                        null,
                        null,
                        listing.Options,
                        new DiagnosticSettings(listing.MaxDiagnosticsPerId, EquatableArray.Of(new FileSeverities(listing.Path, listing.Severities))))));
            }

            ReportOrphanedNames(namesFiles, inputs);
            return inputs;
        }

        // Each file once, though a project may list it twice; each file's findings are given to it once.
        private static Dictionary<string, List<DiagnosticInfo>> NumberingByFile(EquatableArray<ParsedDocument> parsed)
        {
            var distinct = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
            foreach (var document in parsed)
            {
                if (!distinct.ContainsKey(document.FilePath))
                {
                    distinct.Add(document.FilePath, document);
                }
            }

            var byFile = new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal);
            foreach (var diagnostic in TemplateRules.CheckNumbering(distinct.Values.ToList()))
            {
                if (!byFile.TryGetValue(diagnostic.Location.FilePath, out var list))
                {
                    byFile.Add(diagnostic.Location.FilePath, list = new List<DiagnosticInfo>());
                }

                list.Add(diagnostic);
            }

            return byFile;
        }

        // A names file beside the specs whose document is not there (ECG0039) is reported once, with the spec it most
        // likely belongs to now: a spec of its folder without a names file that defines most of its codes. It rides on
        // that spec's catalog, else on the first of its folder's (the build only looks for them beside specs).
        private static void ReportOrphanedNames(ImmutableArray<ListedNames> namesFiles, List<CatalogInput> inputs)
        {
            foreach (var orphan in namesFiles.Where(file => file.Listing.Kind == SpecFileKind.OrphanedNames))
            {
                var folder = SpecPaths.Folder(orphan.Listing.Path);
                var beside = inputs.Select((input, index) => (Input: input, Index: index)).Where(candidate => SpecPaths.Folder(candidate.Input.Spec.FilePath) == folder).ToList();
                var renamed = OrphanedNames.RenamedDocument(
                    orphan.File,
                    beside.Where(candidate => candidate.Input.Names == null).Select(candidate => (candidate.Input.Spec.FilePath, (IReadOnlyCollection<int>)candidate.Input.Spec.Codes.Select(code => code.Code).ToList())));
                var index = beside.Where(candidate => candidate.Input.Spec.FilePath == renamed).Select(candidate => (int?)candidate.Index).FirstOrDefault()
                    ?? beside.Select(candidate => (int?)candidate.Index).FirstOrDefault()
                    ?? (inputs.Count != 0 ? 0 : (int?)null);
                if (index is not int at)
                {
                    continue;
                }

                var input = inputs[at];
                inputs[at] = input with
                {
                    Spec = input.Spec with { Diagnostics = input.Spec.Diagnostics.Add(OrphanedNames.Diagnostic(orphan.File, renamed)) },
                    Settings = input.Settings with { Severities = input.Settings.Severities.Add(new FileSeverities(orphan.Listing.Path, orphan.Listing.Severities)) },
                };
            }
        }

        private static CatalogInput Input(
            ListedDocument document,
            Dictionary<string, ListedDocument> specs,
            Dictionary<string, ListedDocument> twins,
            Dictionary<string, ListedNames> names,
            HashSet<string> reported)
        {
            var listing = document.Listing;

            // One role a file: what a listing asks that contradicts another is said, and the catalog is made anyway.
            var options = listing.Options;
            var roles = new DiagnosticBag();
            if (listing.ListingConflict != null)
            {
                roles.Add(DiagnosticRules.ListedTwice, document.Document.Start, listing.ListingConflict.Count, listing.ListingConflict.Differences);
            }

            ListedDocument? twin = null;
            if (options.Twin != null)
            {
                var twinKey = SpecPaths.Key(options.Twin, options.ProjectDirectory);
                if (twinKey == SpecPaths.Key(listing.Path, null))
                {
                    roles.Add(DiagnosticRules.TwinIsTheSpec, document.Document.Start);
                    options = options with { Twin = null };
                }
                else if (twins.TryGetValue(twinKey, out var listedTwin) || specs.TryGetValue(twinKey, out listedTwin))
                {
                    if (listedTwin.Listing.Kind == SpecFileKind.Spec)
                    {
                        roles.Add(DiagnosticRules.TwinIsASpec, document.Document.Start, options.Twin);
                    }

                    twin = reported.Add(twinKey) ? listedTwin : listedTwin with { Document = listedTwin.Document with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty } };
                }
            }

            var severities = new List<FileSeverities> { new FileSeverities(listing.Path, listing.Severities) };
            if (twin != null)
            {
                severities.Add(new FileSeverities(twin.Listing.Path, twin.Listing.Severities));
            }

            // The names file the Names metadata names, else the one beside the spec under its name.
            var namesPath = options.Names != null ? SpecPaths.Key(options.Names, options.ProjectDirectory) : SpecPaths.Key(NamesFile.PathFor(listing.Path), null);
            var namesIsADocument = options.Names != null && (specs.ContainsKey(namesPath) || twins.ContainsKey(namesPath));
            if (namesIsADocument)
            {
                roles.Add(DiagnosticRules.NamesFileIsADocument, document.Document.Start, options.Names!);
                options = options with { Names = null };
            }

            NamesFile? namesFile = null;
            if (!namesIsADocument && names.TryGetValue(namesPath, out var found))
            {
                namesFile = found.File;
                severities.Add(new FileSeverities(found.Listing.Path, found.Listing.Severities));
            }

            var spec = document.Document;
            if (twin != null)
            {
                // The template's rules of a document and its twin (the same messages, placeholders, counts and marks).
                roles.AddRange(TemplateRules.CheckTwins(spec, twin.Document));
            }

            if (roles.Count != 0)
            {
                roles.AddRange(spec.Diagnostics);
                spec = spec with { Diagnostics = roles.ToEquatableArray() };
            }

            return new CatalogInput(
                spec,
                twin?.Document,
                namesFile,
                options,
                new DiagnosticSettings(listing.MaxDiagnosticsPerId, severities.ToEquatableArray()));
        }
    }
}
