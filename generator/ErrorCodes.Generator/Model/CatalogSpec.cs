namespace ErrorCodes.Generator.Model
{
    // Every model type is a record of strings, numbers and EquatableArrays: value equality is what lets
    // the incremental pipeline see that a step's output did not change and skip the steps after it.

    /// <summary>One code of a spec, ready to emit.</summary>
    /// <param name="Line">The one-based line of the code's heading.</param>
    /// <param name="Twin">The code's texts in the twin's language, when the spec has a twin.</param>
    /// <param name="FromTwin">Only the twin has the code: its texts, line and file are the twin's.</param>
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
        bool IsFirstOfItsCode,
        bool IsDeprecated = false,
        bool InDelRegion = false,
        ErrorCodeTexts? Twin = null,
        bool FromTwin = false);

    /// <summary>A code's texts in the twin document's language (fields the twin lacks already filled from the spec).</summary>
    internal sealed record ErrorCodeTexts(
        string Title,
        string Message,
        string Description,
        EquatableArray<string> Causes,
        EquatableArray<string> Remediation,
        int Line);

    /// <summary>A rule such as "2301000 + Linux系统内核错误码errno": the codes from <paramref name="Base"/> + 1 up are kernel errno values.</summary>
    internal sealed record ErrnoRule(int Base, string Text);

    /// <summary>A metadata comment of the spec, such as <c>&lt;!--Kit: Network Kit--&gt;</c>.</summary>
    internal sealed record CatalogProperty(string Key, string Value);

    /// <summary>The twin document of a spec: the same codes in another language.</summary>
    internal sealed record CatalogTwin(string Language, string SpecFile, string Title);

    /// <summary>One spec file, ready to emit.</summary>
    /// <param name="Name">The catalog's name, such as <c>NetSocket</c>.</param>
    /// <param name="SpecFile">The spec's path relative to the project, with '/' separators, so that every machine emits the same bytes.</param>
    /// <param name="Language">The spec's language, <c>zh-CN</c> or <c>en</c>, from its labels or the Language metadata.</param>
    /// <param name="Links">File names of the documents the notes link to, such as <c>errorcode-universal.md</c>.</param>
    /// <param name="IsTable">The codes come from a table such as the kernel errno table, which other catalogs' errno rules can use.</param>
    internal sealed record CatalogSpec(
        string Name,
        string Namespace,
        string EnumName,
        string ClassName,
        string SpecFile,
        string Title,
        EquatableArray<string> Notes,
        EquatableArray<ErrorCodeSpec> Codes,
        string Language = "",
        EquatableArray<CatalogProperty> Properties = default,
        EquatableArray<string> Links = default,
        EquatableArray<ErrnoRule> ErrnoRules = default,
        bool IsTable = false,
        CatalogTwin? Twin = null);

    /// <summary>What one spec file produced: a catalog, unless an error prevents it, and the diagnostics.</summary>
    /// <param name="FilePath">The spec's full path, for diagnostics that concern the whole file.</param>
    /// <param name="Severities">The severities the spec file's .editorconfig section sets, applied when the diagnostics are reported.</param>
    /// <param name="TwinPath">The full path of the twin spec the Twin metadata names, or null.</param>
    /// <param name="IsTwin">The file is listed as another spec's twin, not as a spec of its own.</param>
    internal sealed record SpecResult(
        string FilePath,
        CatalogSpec? Catalog,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EquatableArray<SeverityOverride> Severities = default,
        string? TwinPath = null,
        bool IsTwin = false);
}
