namespace ErrorCodes.Model
{
    /// <summary>
    /// How a spec becomes a catalog: its <c>ErrorCodeSpec</c> item's metadata and the project's properties. The names of
    /// the metadata are the names of these properties (<c>nameof(CatalogOptions.EnumName)</c>), in the build, the
    /// generator and the diagnostics alike.
    /// </summary>
    /// <param name="Namespace">The <c>Namespace</c> metadata, or null when not set.</param>
    /// <param name="EnumName">The <c>EnumName</c> metadata, or null when not set.</param>
    /// <param name="ClassName">The <c>ClassName</c> metadata, or null when not set.</param>
    /// <param name="Twin">The <c>Twin</c> metadata: the path of the same document in another language, or null.</param>
    /// <param name="Language">The <c>Language</c> metadata, or null to tell the language from the document.</param>
    /// <param name="Names">The <c>Names</c> metadata: the path of the spec's names file, or null for the one beside it, if any.</param>
    /// <param name="ProjectDirectory">The project's directory, which spec paths are made relative to; null when unknown.</param>
    /// <param name="RootNamespace">The project's root namespace, the default namespace; null when unknown.</param>
    /// <param name="Visibility">The <c>Visibility</c> metadata: <c>public</c> (the default) or <c>internal</c>, for the generated types.</param>
    public sealed record CatalogOptions(
        string? Namespace = null,
        string? EnumName = null,
        string? ClassName = null,
        string? Twin = null,
        string? Language = null,
        string? Names = null,
        string? ProjectDirectory = null,
        string? RootNamespace = null,
        string? Visibility = null)
    {
        /// <summary>The namespace when neither the metadata nor the project names one.</summary>
        public const string DefaultNamespace = "ErrorCodes.Generated";
    }
}
