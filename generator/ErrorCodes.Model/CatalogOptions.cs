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
    /// <param name="Properties">
    /// The <c>Properties</c> metadata: more properties of the catalog, as <c>Key=Value</c> pairs separated by <c>|</c>
    /// (<c>Edition=ArkTS|Source=zh-cn/…/errorcode-net-socket.md</c>); a property the document's own comments set wins.
    /// </param>
    /// <param name="HelpLinkFormat">
    /// The <c>HelpLinkFormat</c> metadata: the address of a code's page in an error index, with <c>{code}</c> where the
    /// code goes (<c>https://errors.example.org/errorcode-net-socket/{code}.html</c>); null for no links.
    /// </param>
    public sealed record CatalogOptions(
        string? Namespace = null,
        string? EnumName = null,
        string? ClassName = null,
        string? Twin = null,
        string? Language = null,
        string? Names = null,
        string? ProjectDirectory = null,
        string? RootNamespace = null,
        string? Visibility = null,
        string? Properties = null,
        string? HelpLinkFormat = null)
    {
        /// <summary>The namespace when neither the metadata nor the project names one.</summary>
        public const string DefaultNamespace = "ErrorCodes.Generated";

        /// <summary>What <see cref="HelpLinkFormat"/> holds where the code goes.</summary>
        public const string HelpLinkCode = "{code}";

        /// <summary>The <see cref="Properties"/> metadata's pairs, in order; a part without '=' or with an empty key is left out.</summary>
        public EquatableArray<CatalogProperty> PropertyPairs()
        {
            var pairs = new System.Collections.Generic.List<CatalogProperty>();
            foreach (var part in (Properties ?? string.Empty).Split('|'))
            {
                var equals = part.IndexOf('=');
                if (equals > 0 && part.Substring(0, equals).Trim().Length != 0)
                {
                    pairs.Add(new CatalogProperty(part.Substring(0, equals).Trim(), part.Substring(equals + 1).Trim()));
                }
            }

            return pairs.ToEquatableArray();
        }
    }
}
