using System.Collections.Generic;
using System.ComponentModel;

namespace ErrorCodes
{
    /// <summary>
    /// The fields of an <see cref="ErrorCodeCatalog"/>, as generated catalogs give them to its constructor; hidden from
    /// IntelliSense. A field added later has a default that means "absent" (see <see cref="ErrorCodeInfoFields"/>).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct ErrorCodeCatalogFields
    {
        /// <summary>The catalog's name, such as <c>NetSocket</c>.</summary>
        public string? Name;

        /// <summary>
        /// Every entry, in document order; owned by the catalog and never changed. Null for a catalog that makes its
        /// entries on first use (<see cref="ErrorCodeCatalog.CreateAll"/>) and gives <see cref="Codes"/> instead.
        /// </summary>
        public IReadOnlyList<ErrorCodeInfo>? All;

        /// <summary>
        /// The codes the catalog defines, each once, in document order, for a catalog that makes its entries on first
        /// use: a set of catalogs indexes these and makes only the entries it is asked for. Null: read from <see cref="All"/>.
        /// </summary>
        public int[]? Codes;

        /// <summary>The document's title; null for none.</summary>
        public string? Title;

        /// <summary>The document's text that belongs to no code; null for none.</summary>
        public IReadOnlyList<string>? Notes;

        /// <summary>The languages of the texts, the spec's own first; null for unknown.</summary>
        public IReadOnlyList<string>? Languages;

        /// <summary>The document's metadata comments; copied, and looked up ignoring case; null for none.</summary>
        public IReadOnlyDictionary<string, string>? Properties;

        /// <summary>The file names of the documents the notes link to; null for none.</summary>
        public IReadOnlyList<string>? Links;
    }
}
