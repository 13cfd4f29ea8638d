namespace ErrorCodes.Model
{
    // Every record here holds strings, numbers and EquatableArrays only: value equality is what lets the generator's
    // pipeline see that a catalog did not change and skip the steps after it.

    /// <summary>
    /// One catalog: a spec and, when it has one, its twin (the same document in another language), merged into one
    /// model whose every code has its texts in each language. Every tool reads documents through this.
    /// </summary>
    /// <param name="Name">The catalog's name, such as <c>NetSocket</c>.</param>
    /// <param name="Namespace">The namespace of the generated types.</param>
    /// <param name="EnumName">The name of the enum of the codes, such as <c>NetSocketErrorCode</c>.</param>
    /// <param name="ClassName">The name of the class of lookups, such as <c>NetSocketErrorCodes</c>.</param>
    /// <param name="Languages">The catalog's languages: the spec's own first, then its twin's.</param>
    /// <param name="Entries">Every entry, in document order (the twin's codes the spec lacks last); a code a document defines twice has two entries.</param>
    /// <param name="Properties">The spec's metadata comments, such as <c>Kit</c> = <c>Network Kit</c>.</param>
    /// <param name="Links">File names of the documents the spec's notes link to, such as <c>errorcode-universal.md</c>.</param>
    /// <param name="ErrnoRules">The spec's rules that map kernel errno values to codes, such as "2301000 + errno".</param>
    /// <param name="IsTable">The codes come from a table such as the kernel errno table, which other catalogs' errno rules can use.</param>
    /// <param name="Removed">Codes the names file records but the document no longer has: their members stay, obsolete.</param>
    /// <param name="IsInternal">The generated enum and class are internal (the <c>Visibility</c> metadata), for a library that keeps its codes to itself.</param>
    /// <param name="HelpLinkFormat">The address of a code's page in an error index, with <c>{code}</c> where the code goes; null for none.</param>
    public sealed record CatalogModel(
        string Name,
        string Namespace,
        string EnumName,
        string ClassName,
        EquatableArray<CatalogLanguage> Languages,
        EquatableArray<CodeEntry> Entries,
        EquatableArray<CatalogProperty> Properties,
        EquatableArray<string> Links,
        EquatableArray<ErrnoRule> ErrnoRules,
        bool IsTable,
        EquatableArray<RemovedCode> Removed = default,
        bool IsInternal = false,
        string? HelpLinkFormat = null)
    {
        /// <summary>The spec's own language: its file, title and notes.</summary>
        public CatalogLanguage SpecLanguage => Languages[0];

        /// <summary>The page of <paramref name="code"/> in an error index, or null when the catalog has no <see cref="HelpLinkFormat"/>.</summary>
        public string? HelpLink(int code) =>
            HelpLinkFormat?.Replace(CatalogOptions.HelpLinkCode, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A code the names file records but the document no longer has: a tombstone that keeps its member.</summary>
    /// <param name="Code">The code.</param>
    /// <param name="MemberName">The member name the names file records.</param>
    /// <param name="Line">The one-based line of the names file that records it.</param>
    public sealed record RemovedCode(int Code, string MemberName, int Line);

    /// <summary>One language of a catalog: the document written in it.</summary>
    /// <param name="Language">The language's tag, such as <c>zh-CN</c> or <c>en</c>.</param>
    /// <param name="SpecFile">The document's path relative to the project, with '/' separators, so that every machine generates the same bytes.</param>
    /// <param name="Title">The document's title, or empty.</param>
    /// <param name="Notes">The document's text that belongs to no code, in document order.</param>
    /// <param name="ErrnoRules">The errno rules this document states, in its words (the catalog's <see cref="CatalogModel.ErrnoRules"/> are all of them, in the spec's where it has them).</param>
    public sealed record CatalogLanguage(string Language, string SpecFile, string Title, EquatableArray<string> Notes, EquatableArray<ErrnoRule> ErrnoRules = default);

    /// <summary>One entry of a catalog: a code as one heading (or table row) documents it.</summary>
    /// <param name="Code">The code.</param>
    /// <param name="MemberName">The name of the code's enum member; a code's later entries share its first entry's name.</param>
    /// <param name="IsDeprecated">A document marks the code deprecated.</param>
    /// <param name="InDelRegion">The code sits in a <c>&lt;!--Del--&gt;</c> region, which one edition of the docs removes.</param>
    /// <param name="Texts">What the documents say of the code: one per language of the catalog, in the order of <see cref="CatalogModel.Languages"/>.</param>
    public sealed record CodeEntry(int Code, string MemberName, bool IsDeprecated, bool InDelRegion, EquatableArray<CodeTexts> Texts);

    /// <summary>What one language's document says of a code; a field it lacks is the other language's.</summary>
    /// <param name="Title">The heading's text after the code, such as <c>操作不允许</c>.</param>
    /// <param name="Message">The message (错误信息), or empty.</param>
    /// <param name="Description">The description (错误描述), or empty.</param>
    /// <param name="Causes">The possible causes (可能原因), one item each.</param>
    /// <param name="Remediation">The remediation steps (处理步骤), one item each.</param>
    /// <param name="Source">The index in <see cref="CatalogModel.Languages"/> of the document these texts come from: another language's when this one lacks the code.</param>
    /// <param name="Line">The one-based line of the code's heading in that document.</param>
    /// <param name="Sections">Sections under labels that are none of the four fields, in document order.</param>
    /// <param name="Scenarios">The ways the error arises, when the document gives each its own sub-heading and fields.</param>
    public sealed record CodeTexts(
        string Title,
        string Message,
        string Description,
        EquatableArray<string> Causes,
        EquatableArray<string> Remediation,
        int Source,
        int Line,
        EquatableArray<CodeSection> Sections = default,
        EquatableArray<CodeScenario> Scenarios = default);

    /// <summary>A section of a code under a label that is none of the four fields, kept so that no text of the document is lost.</summary>
    /// <param name="Label">The label as the document writes it, such as <c>Symptom</c>; empty for text before a code's first label.</param>
    /// <param name="Text">The section's text.</param>
    public sealed record CodeSection(string Label, string Text);

    /// <summary>One way an error arises, under its own sub-heading of the code, with its own fields.</summary>
    /// <param name="Title">The sub-heading's text.</param>
    /// <param name="Message">The scenario's message (错误信息), or empty.</param>
    /// <param name="Description">The scenario's description (错误描述), or empty.</param>
    /// <param name="Causes">The scenario's possible causes (可能原因), one item each.</param>
    /// <param name="Remediation">The scenario's steps (处理步骤), one item each.</param>
    /// <param name="Sections">The scenario's sections under other labels.</param>
    /// <param name="Line">The one-based line of the sub-heading.</param>
    public sealed record CodeScenario(
        string Title,
        string Message,
        string Description,
        EquatableArray<string> Causes,
        EquatableArray<string> Remediation,
        EquatableArray<CodeSection> Sections,
        int Line);

    /// <summary>A metadata comment of the document, such as <c>&lt;!--Kit: Network Kit--&gt;</c>.</summary>
    /// <param name="Key">The key, such as <c>Kit</c>.</param>
    /// <param name="Value">The value, such as <c>Network Kit</c>.</param>
    public sealed record CatalogProperty(string Key, string Value);

    /// <summary>A rule such as "2301000 + Linux系统内核错误码errno": the codes from <paramref name="Base"/> + 1 up are kernel errno values.</summary>
    /// <param name="Base">The number the errno is added to.</param>
    /// <param name="Text">The rule's line of the note, as the document writes it.</param>
    public sealed record ErrnoRule(int Base, string Text);
}
