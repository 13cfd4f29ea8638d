namespace ErrorCodes.Generator.Model
{
    /// <summary>What to do with one spec, decided with every spec of the project in view.</summary>
    /// <param name="Spec">The spec's model (merged with its twin) and its own diagnostics.</param>
    /// <param name="HintName">The generated file's name, or null when the spec generates no source.</param>
    /// <param name="Diagnostics">Diagnostics that come from the project as a whole, such as two specs that generate the same type.</param>
    /// <param name="ReportSpecDiagnostics">False for a spec listed a second time, whose diagnostics the first listing reports.</param>
    /// <param name="Links">The other generated catalogs this one answers through.</param>
    internal sealed record EmitPlan(
        SpecResult Spec,
        string? HintName,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool ReportSpecDiagnostics,
        EmitOptions Options,
        CatalogLinks? Links = null);

    /// <summary>The catalogs of the same project that a catalog's lookups fall back to.</summary>
    /// <param name="ErrnoCatalog">The class of the kernel errno table that the catalog's errno rules map to, or null.</param>
    /// <param name="ErrnoLimit">One more than the errno table's largest code: the size of the cache of mapped entries.</param>
    /// <param name="Linked">The classes of the catalogs the notes link to, such as the universal codes.</param>
    internal sealed record CatalogLinks(string? ErrnoCatalog, int ErrnoLimit, EquatableArray<string> Linked);
}
