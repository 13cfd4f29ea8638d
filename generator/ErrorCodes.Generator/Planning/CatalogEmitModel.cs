using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>What one catalog's step reports: its finished diagnostics, and its source's model unless it generates none.</summary>
    internal sealed record CatalogOutput(CatalogEmitModel? Source, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Everything the emitter writes for one catalog, every decision already taken: the emitter only formats it.
    /// </summary>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="SpecStart">The start of the spec file, where a failure to emit is reported.</param>
    /// <param name="Catalog">The catalog: names, languages, entries and their texts, notes and properties.</param>
    /// <param name="Languages">The catalog's languages with the suffix that names their fields.</param>
    /// <param name="Members">The enum's members: the first entry of each code, in document order.</param>
    /// <param name="Lookup">The table the lookups search.</param>
    /// <param name="ErrnoRanges">The codes each errno rule maps, in document order.</param>
    /// <param name="ErrnoTable">The kernel table the errno rules answer through, or null.</param>
    /// <param name="Linked">The linked catalogs the lookups answer through after the errno table.</param>
    /// <param name="IsCultureSensitive">Some lookup can answer in more than one language, so the lookups take a culture.</param>
    /// <param name="Options">What the compilation supports.</param>
    /// <param name="TextsAsData">The entries' texts are kept as UTF-8 data rather than string literals (see <see cref="TextStorage"/>).</param>
    internal sealed record CatalogEmitModel(
        string HintName,
        TextLocation SpecStart,
        CatalogModel Catalog,
        EquatableArray<EmitLanguage> Languages,
        EquatableArray<EnumMember> Members,
        LookupTable Lookup,
        EquatableArray<ErrnoRange> ErrnoRanges,
        ErrnoTableReference? ErrnoTable,
        EquatableArray<CatalogReference> Linked,
        bool IsCultureSensitive,
        EmitOptions Options,
        bool TextsAsData)
    {
        /// <summary>Lookups may answer for codes the document does not define: through the errno table or a linked catalog.</summary>
        public bool HasFallback => ErrnoTable != null || Linked.Count != 0;
    }

    /// <summary>A language of the catalog as the generated code names it.</summary>
    /// <param name="Tag">The language's tag, such as <c>en</c>.</param>
    /// <param name="SpecFile">Its document's path, relative to the project.</param>
    /// <param name="Suffix">The suffix of the names of its fields: empty for the spec's own language, <c>En</c> for an English twin.</param>
    internal sealed record EmitLanguage(string Tag, string SpecFile, string Suffix);

    /// <summary>A member of the enum: a code and the entry that documents it.</summary>
    /// <param name="Name">The member's name.</param>
    /// <param name="Code">The code.</param>
    /// <param name="Entry">The index of its entry in <see cref="CatalogModel.Entries"/>.</param>
    internal sealed record EnumMember(string Name, int Code, int Entry);
}
