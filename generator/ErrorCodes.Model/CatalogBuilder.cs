using System;
using System.Collections.Generic;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Model
{
    /// <summary>What one spec (with its twin) gives: its catalog, unless an error prevents one, and every diagnostic of its documents.</summary>
    /// <param name="FilePath">The spec file's path.</param>
    /// <param name="Catalog">The catalog, or null when the spec cannot give one (unreadable, or metadata that is no valid C# name).</param>
    /// <param name="Diagnostics">Every diagnostic of the spec and its twin, from parsing to naming, not yet capped or graded.</param>
    public sealed record CatalogResult(string FilePath, CatalogModel? Catalog, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Turns a parsed spec, and its twin when it has one, into a catalog: the two documents merged code by code into one
    /// model with texts per language, then named in document order, so that appending a code never renames another.
    /// </summary>
    public static class CatalogBuilder
    {
        /// <summary>Builds the catalog of <paramref name="spec"/>; <paramref name="twin"/> is the document its <c>Twin</c> metadata names, or null.</summary>
        public static CatalogResult Build(ParsedDocument spec, ParsedDocument? twin, CatalogOptions options) => Build(spec, twin, null, options);

        /// <summary>
        /// Builds the catalog of <paramref name="spec"/>; <paramref name="twin"/> is the document its <c>Twin</c> metadata
        /// names, or null, and <paramref name="names"/> the names file that records its member names, or null.
        /// </summary>
        public static CatalogResult Build(ParsedDocument spec, ParsedDocument? twin, NamesFile? names, CatalogOptions options)
        {
            try
            {
                return BuildCatalog(spec, twin, names, options);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A build must go on: a throwing generator drops every catalog of the project.
                var diagnostics = new DiagnosticBag();
                diagnostics.AddRange(spec.Diagnostics);
                diagnostics.Add(DiagnosticRules.InternalError, spec.Start, exception.GetType().Name + ": " + exception.Message);
                return new CatalogResult(spec.FilePath, null, diagnostics.ToEquatableArray());
            }
        }

        private static CatalogResult BuildCatalog(ParsedDocument spec, ParsedDocument? twin, NamesFile? names, CatalogOptions options)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(spec.Diagnostics);
            if (twin != null)
            {
                diagnostics.AddRange(twin.Diagnostics);
            }

            if (names != null)
            {
                diagnostics.AddRange(names.Diagnostics);
            }
            else if (options.Names != null)
            {
                diagnostics.Add(DiagnosticRules.NamesFileMissing, spec.Start, SpecPaths.Key(options.Names, options.ProjectDirectory));
            }

            if (spec.Failed)
            {
                return new CatalogResult(spec.FilePath, null, diagnostics.ToEquatableArray());
            }

            var name = CatalogNames.FromFileName(SpecPaths.FileName(spec.FilePath));
            var namespaceName = Choose(options.Namespace, options.RootNamespace, CatalogOptions.DefaultNamespace);
            var enumName = Choose(options.EnumName, CatalogNames.EnumName(name));
            var className = Choose(options.ClassName, CatalogNames.ClassName(name));
            var namesValid =
                CheckMetadata(diagnostics, spec, nameof(CatalogOptions.Namespace), namespaceName, "namespace", CSharpIdentifiers.IsValidNamespace(namespaceName))
                & CheckMetadata(diagnostics, spec, nameof(CatalogOptions.EnumName), enumName, "type name", CSharpIdentifiers.IsValid(enumName))
                & CheckMetadata(diagnostics, spec, nameof(CatalogOptions.ClassName), className, "type name", CSharpIdentifiers.IsValid(className) && className != enumName)
                & CheckMetadata(diagnostics, spec, nameof(CatalogOptions.Visibility), options.Visibility ?? string.Empty, "visibility for generated types (public or internal)", IsVisibility(options.Visibility));

            if (options.Twin != null && twin == null)
            {
                diagnostics.Add(DiagnosticRules.TwinNotFound, spec.Start, SpecPaths.Key(options.Twin, options.ProjectDirectory));
            }

            var usableTwin = twin != null && !twin.Failed ? twin : null;
            var languages = new List<CatalogLanguage> { Language(spec, string.IsNullOrWhiteSpace(options.Language) ? spec.Language : options.Language!.Trim(), options) };
            if (usableTwin != null)
            {
                languages.Add(Language(usableTwin, usableTwin.Language, options));
            }

            foreach (var document in usableTwin == null ? new[] { spec } : new[] { spec, usableTwin })
            {
                CheckDocument(document, diagnostics);
            }

            var drafts = TwinMerge.Merge(spec, usableTwin, languages, diagnostics);
            var entries = EntryNames.Name(drafts, names, diagnostics, out var removed);
            if (!namesValid)
            {
                return new CatalogResult(spec.FilePath, null, diagnostics.ToEquatableArray());
            }

            var catalog = new CatalogModel(
                name,
                namespaceName,
                enumName,
                className,
                languages.ToEquatableArray(),
                entries.ToEquatableArray(),
                Union(Union(spec.Properties, usableTwin?.Properties, property => property.Key, StringComparer.OrdinalIgnoreCase), options.PropertyPairs(), property => property.Key, StringComparer.OrdinalIgnoreCase),
                Union(spec.Links, usableTwin?.Links, link => link, SpecPaths.FileNameComparer),
                Union(spec.ErrnoRules, usableTwin?.ErrnoRules, rule => rule.Base, EqualityComparer<int>.Default),
                spec.IsTable,
                removed.ToEquatableArray(),
                string.Equals(options.Visibility?.Trim(), "internal", StringComparison.OrdinalIgnoreCase),
                HelpLinkFormat(options.HelpLinkFormat, spec, diagnostics));
            return new CatalogResult(spec.FilePath, catalog, diagnostics.ToEquatableArray());
        }

        private static CatalogLanguage Language(ParsedDocument document, string language, CatalogOptions options) =>
            new CatalogLanguage(language, SpecPaths.Relative(document.FilePath, options.ProjectDirectory), document.Title, document.Notes, document.ErrnoRules);

        // What each document must say for itself, whatever the other language says.
        private static void CheckDocument(ParsedDocument document, DiagnosticBag diagnostics)
        {
            if (document.Codes.Count == 0)
            {
                diagnostics.Add(DiagnosticRules.NoCodes, document.Start);
            }

            var firstLines = new Dictionary<int, int>();
            foreach (var code in document.Codes)
            {
                if (!firstLines.TryGetValue(code.Code, out var firstLine))
                {
                    firstLines.Add(code.Code, code.Line);
                }
                else if (!code.IsAlias)
                {
                    diagnostics.Add(DiagnosticRules.DuplicateCode, code.Heading, code.Code, firstLine);
                }
            }
        }

        // The spec's values first, then those only the twin has, so that no text of either document is dropped.
        private static EquatableArray<T> Union<T, TKey>(EquatableArray<T> first, EquatableArray<T>? second, Func<T, TKey> key, IEqualityComparer<TKey> comparer)
            where T : IEquatable<T>
        {
            if (second == null || second.Value.Count == 0)
            {
                return first;
            }

            var items = new List<T>(first);
            var keys = new HashSet<TKey>(comparer);
            foreach (var item in first)
            {
                keys.Add(key(item));
            }

            foreach (var item in second.Value)
            {
                if (keys.Add(key(item)))
                {
                    items.Add(item);
                }
            }

            return items.ToEquatableArray();
        }

        private static bool CheckMetadata(DiagnosticBag diagnostics, ParsedDocument spec, string metadata, string value, string kind, bool valid)
        {
            if (!valid)
            {
                diagnostics.Add(DiagnosticRules.InvalidMetadata, spec.Start, metadata, value, kind);
            }

            return valid;
        }

        // A format that gives no page of a code is reported, and the catalog is made without links rather than not at all.
        private static string? HelpLinkFormat(string? format, ParsedDocument spec, DiagnosticBag diagnostics)
        {
            if (string.IsNullOrWhiteSpace(format))
            {
                return null;
            }

            format = format!.Trim();
            var problem = format.IndexOf(CatalogOptions.HelpLinkCode, StringComparison.Ordinal) < 0 ? "has no place for the code"
                : format.IndexOfAny(new[] { ' ', '\t', '"', '<', '>', '\r', '\n' }) >= 0 || !Uri.TryCreate(format.Replace(CatalogOptions.HelpLinkCode, "0"), UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeFile)
                    ? "is no absolute http, https or file address"
                    : null;
            if (problem != null)
            {
                diagnostics.Add(DiagnosticRules.InvalidHelpLinkFormat, spec.Start, format, problem);
                return null;
            }

            return format;
        }

        private static bool IsVisibility(string? visibility) =>
            string.IsNullOrWhiteSpace(visibility)
            || string.Equals(visibility!.Trim(), "public", StringComparison.OrdinalIgnoreCase)
            || string.Equals(visibility.Trim(), "internal", StringComparison.OrdinalIgnoreCase);

        private static string Choose(params string?[] candidates)
        {
            foreach (var candidate in candidates)
            {
                if (!string.IsNullOrWhiteSpace(candidate))
                {
                    return candidate!.Trim();
                }
            }

            return string.Empty;
        }
    }
}
