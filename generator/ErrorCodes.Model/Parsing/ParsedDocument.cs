using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Model.Parsing
{
    // Every record here holds strings, numbers and EquatableArrays only: value equality is what lets the generator's
    // pipeline see that a document did not change and skip the steps after it.

    /// <summary>What the parser read from one spec file: its codes, the text that belongs to no code, and its diagnostics.</summary>
    /// <param name="FilePath">The spec file's path, as the build named it.</param>
    /// <param name="Title">The first level-1 heading before any code, or empty.</param>
    /// <param name="Notes">Text that belongs to no code (passages under section headings, notes such as <c>说明：</c>), in document order.</param>
    /// <param name="Codes">The codes, in document order; a code the document defines twice is here twice.</param>
    /// <param name="Properties">Metadata comments such as <c>&lt;!--Kit: Network Kit--&gt;</c>, the first of a key winning.</param>
    /// <param name="Links">File names of the markdown documents the notes link to, such as <c>errorcode-universal.md</c>.</param>
    /// <param name="ErrnoRules">Rules of the notes such as "2301000 + Linux系统内核错误码errno", each base once.</param>
    /// <param name="IsTable">The codes come from a table (<c>错误码数值 | 错误码定义 | 错误码描述</c>) rather than from headings.</param>
    /// <param name="Language">The document's language as its labels tell it: <c>zh-CN</c> or <c>en</c>.</param>
    /// <param name="Diagnostics">What the parser found wrong, located in the file.</param>
    /// <param name="Failed">The file could not be read or parsed at all; a catalog cannot be made from it.</param>
    public sealed record ParsedDocument(
        string FilePath,
        string Title,
        EquatableArray<string> Notes,
        EquatableArray<ParsedCode> Codes,
        EquatableArray<CatalogProperty> Properties,
        EquatableArray<string> Links,
        EquatableArray<ErrnoRule> ErrnoRules,
        bool IsTable,
        string Language,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool Failed = false)
    {
        /// <summary>The start of the file, where diagnostics about the whole document point.</summary>
        public TextLocation Start => TextLocation.StartOf(FilePath);

        /// <summary>A document that could not be read or parsed: no codes, and the one diagnostic that says why.</summary>
        public static ParsedDocument Failure(string filePath, DiagnosticRule rule, TextLocation location, params object[] arguments) =>
            new ParsedDocument(
                filePath,
                string.Empty,
                EquatableArray<string>.Empty,
                EquatableArray<ParsedCode>.Empty,
                EquatableArray<CatalogProperty>.Empty,
                EquatableArray<string>.Empty,
                EquatableArray<ErrnoRule>.Empty,
                IsTable: false,
                Language: string.Empty,
                EquatableArray.Of(DiagnosticInfo.Create(rule, location, arguments)),
                Failed: true);
    }

    /// <summary>A code as the document states it, before names and duplicates are settled.</summary>
    /// <param name="Code">The code.</param>
    /// <param name="Title">The heading's text after the code, such as <c>操作不允许</c>.</param>
    /// <param name="Message">The message (错误信息), or empty.</param>
    /// <param name="Description">The description (错误描述), or empty.</param>
    /// <param name="Causes">The possible causes (可能原因), one item each.</param>
    /// <param name="Remediation">The remediation steps (处理步骤), one item each.</param>
    /// <param name="Line">The one-based line of the code's heading (or table row).</param>
    /// <param name="Heading">Where the heading (or table row) is, for diagnostics about the code.</param>
    /// <param name="Name">The name the document gives the code (a table's definition column, such as <c>EPERM</c>), or null.</param>
    /// <param name="IsAlias">A table row that gives another row's name instead of a number, already reported as such (ECG0019).</param>
    /// <param name="IsDeprecated">The title carries a deprecation mark such as <c>&lt;sup&gt;(deprecated)&lt;/sup&gt;</c>.</param>
    /// <param name="InDelRegion">The code sits between <c>&lt;!--Del--&gt;</c> and <c>&lt;!--DelEnd--&gt;</c>: content one edition of the docs removes.</param>
    /// <param name="Sections">Sections under labels that are none of the four fields, and text before the first label.</param>
    /// <param name="Scenarios">Sub-headings of the code, each with its own fields; the code's empty fields are the first scenario's.</param>
    public sealed record ParsedCode(
        int Code,
        string Title,
        string Message,
        string Description,
        EquatableArray<string> Causes,
        EquatableArray<string> Remediation,
        int Line,
        TextLocation Heading,
        string? Name = null,
        bool IsAlias = false,
        bool IsDeprecated = false,
        bool InDelRegion = false,
        EquatableArray<CodeSection> Sections = default,
        EquatableArray<CodeScenario> Scenarios = default);
}
