namespace ErrorCodes.Generator.Model
{
    // Every model type is a record of strings, numbers and EquatableArrays: value equality is what lets
    // the incremental pipeline see that a step's output did not change and skip the steps after it.

    /// <summary>One code of a spec, ready to emit.</summary>
    /// <param name="Line">The one-based line of the code's heading.</param>
    /// <param name="IsFirstOfItsCode">False for a later entry of a code the document defines twice: it stays in <c>All</c> but gets no enum member and no lookup slot.</param>
    internal sealed record ErrorCodeSpec(
        int Code,
        string MemberName,
        string Title,
        string Message,
        string Description,
        EquatableArray<string> Causes,
        EquatableArray<string> Remediation,
        int Line,
        bool IsFirstOfItsCode);

    /// <summary>One spec file, ready to emit.</summary>
    /// <param name="Name">The catalog's name, such as <c>NetSocket</c>.</param>
    /// <param name="SpecFile">The spec's path relative to the project, with '/' separators, so that every machine emits the same bytes.</param>
    internal sealed record CatalogSpec(
        string Name,
        string Namespace,
        string EnumName,
        string ClassName,
        string SpecFile,
        string Title,
        EquatableArray<string> Notes,
        EquatableArray<ErrorCodeSpec> Codes);

    /// <summary>What one spec file produced: a catalog, unless an error prevents it, and the diagnostics.</summary>
    /// <param name="FilePath">The spec's full path, for diagnostics that concern the whole file.</param>
    /// <param name="Severities">The severities the spec file's .editorconfig section sets, applied when the diagnostics are reported.</param>
    internal sealed record SpecResult(string FilePath, CatalogSpec? Catalog, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<SeverityOverride> Severities = default);
}
