using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>What to do with one catalog, decided with every catalog of the project in view.</summary>
    /// <param name="SpecStart">The start of the spec file, for diagnostics about the whole catalog.</param>
    /// <param name="Catalog">The catalog, or null when its spec gives none.</param>
    /// <param name="HintName">The generated file's name, or null when the catalog generates no source.</param>
    /// <param name="ErrnoTable">The kernel errno table the catalog's errno rules map to, when the project has one.</param>
    /// <param name="Linked">The catalogs the spec's notes link to, which its lookups fall back to.</param>
    /// <param name="Diagnostics">Every diagnostic of the spec and its twin, the project's included.</param>
    /// <param name="Settings">How those diagnostics are capped and graded.</param>
    /// <param name="Options">What the compilation supports.</param>
    /// <param name="TextsAsData">The entries' texts are kept as UTF-8 data rather than string literals (see <see cref="TextStorage"/>).</param>
    internal sealed record CatalogPlan(
        TextLocation SpecStart,
        CatalogModel? Catalog,
        string? HintName,
        ErrnoTableReference? ErrnoTable,
        EquatableArray<CatalogReference> Linked,
        EquatableArray<DiagnosticInfo> Diagnostics,
        DiagnosticSettings Settings,
        EmitOptions Options,
        bool TextsAsData = false);

    /// <summary>Another generated catalog of the project, by name.</summary>
    /// <param name="Namespace">Its namespace.</param>
    /// <param name="ClassName">Its class of lookups.</param>
    /// <param name="LanguageCount">How many languages it has: with more than one, its lookups take a culture.</param>
    internal sealed record CatalogReference(string Namespace, string ClassName, int LanguageCount);

    /// <summary>A kernel errno table that an errno rule maps to.</summary>
    /// <param name="Catalog">The table's catalog.</param>
    /// <param name="Limit">One more than the largest errno the table defines (at most <see cref="ErrnoMapping.LinuxMaxErrno"/>): the size of a cache of mapped entries per rule and language.</param>
    internal sealed record ErrnoTableReference(CatalogReference Catalog, int Limit);
}
