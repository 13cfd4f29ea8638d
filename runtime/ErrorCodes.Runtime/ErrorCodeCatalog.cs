using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>A base for catalogs: every generated catalog's <c>Instance</c> is one, and a catalog written by hand can be too.</summary>
    /// <remarks>
    /// A derived class overrides only <see cref="Find"/> and <see cref="IsDefined"/>: <see cref="Find"/> returns a
    /// nullable value, which keeps the <see cref="NotNullWhenAttribute"/> contract of
    /// <see cref="TryGetInfo(int, out ErrorCodeInfo)"/> here, where it is always available, rather than in consumers
    /// that target netstandard2.0 or C# 7.3.
    /// </remarks>
    public abstract class ErrorCodeCatalog : IErrorCodeCatalog
    {
        private static readonly ReadOnlyCollection<string> s_none = new ReadOnlyCollection<string>(new string[0]);

        private static readonly IReadOnlyDictionary<string, string> s_noProperties =
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

        /// <summary>Creates a catalog over entries that the derived class owns and never changes.</summary>
        /// <param name="name">The catalog's name, such as <c>NetSocket</c>.</param>
        /// <param name="all">Every entry, in document order.</param>
        /// <param name="title">The document's title.</param>
        /// <param name="notes">The document's text that belongs to no code.</param>
        /// <param name="languages">The languages of the texts, the spec's own first.</param>
        /// <param name="properties">The document's metadata comments; copied, and looked up ignoring case.</param>
        /// <param name="links">The file names of the documents the notes link to.</param>
        protected ErrorCodeCatalog(
            string name,
            IReadOnlyList<ErrorCodeInfo> all,
            string title = "",
            IReadOnlyList<string>? notes = null,
            IReadOnlyList<string>? languages = null,
            IReadOnlyDictionary<string, string>? properties = null,
            IReadOnlyList<string>? links = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            All = all ?? throw new ArgumentNullException(nameof(all));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Notes = notes ?? s_none;
            Languages = languages ?? s_none;
            Properties = properties == null || properties.Count == 0 ? s_noProperties : Copy(properties);
            Links = links ?? s_none;
        }

        /// <inheritdoc/>
        public string Name { get; }

        /// <inheritdoc/>
        public string Title { get; }

        /// <inheritdoc/>
        public IReadOnlyList<string> Notes { get; }

        /// <inheritdoc/>
        public IReadOnlyList<ErrorCodeInfo> All { get; }

        /// <inheritdoc/>
        public IReadOnlyList<string> Languages { get; }

        /// <inheritdoc/>
        public IReadOnlyDictionary<string, string> Properties { get; }

        /// <inheritdoc/>
        public IReadOnlyList<string> Links { get; }

        /// <inheritdoc/>
        public abstract bool IsDefined(int code);

        /// <inheritdoc/>
        public bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info) => TryGetInfo(code, null, out info);

        /// <inheritdoc/>
        public bool TryGetInfo(int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            info = Find(code, culture);
            return info != null;
        }

        /// <summary>Returns <see cref="Name"/>.</summary>
        public override string ToString() => Name;

        /// <summary>The code's entry in the language of <paramref name="culture"/> (null: the current UI culture's; a catalog of one language has only the spec's own), or null.</summary>
        protected abstract ErrorCodeInfo? Find(int code, CultureInfo? culture);

        private static IReadOnlyDictionary<string, string> Copy(IReadOnlyDictionary<string, string> properties)
        {
            var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in properties)
            {
                copy[property.Key] = property.Value;
            }

            return new ReadOnlyDictionary<string, string>(copy);
        }
    }
}
