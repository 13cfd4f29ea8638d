using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>The base of every generated catalog's <c>Instance</c>.</summary>
    /// <remarks>
    /// Generated code overrides only <see cref="Find"/> and <see cref="IsDefined"/>: <see cref="Find"/> returns a nullable
    /// value, which keeps the <see cref="NotNullWhenAttribute"/> contract of <see cref="TryGetInfo(int, out ErrorCodeInfo)"/>
    /// here, where it is always available, rather than in consumers that target netstandard2.0 or C# 7.3.
    /// </remarks>
    public abstract class ErrorCodeCatalog : IErrorCodeCatalog
    {
        private static readonly IReadOnlyDictionary<string, string> s_noProperties =
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

        /// <summary>Creates a catalog over infos that the derived class owns and never changes.</summary>
        protected ErrorCodeCatalog(string name, string title, string[] notes, ErrorCodeInfo[] all)
            : this(name, title, notes, all, new string[0], new string[0], new string[0])
        {
        }

        /// <summary>Creates a catalog over infos that the derived class owns and never changes.</summary>
        /// <param name="name">The catalog's name.</param>
        /// <param name="title">The document's title.</param>
        /// <param name="notes">The document's notes.</param>
        /// <param name="all">Every entry, in document order.</param>
        /// <param name="languages">The languages, the spec's own first.</param>
        /// <param name="properties">Metadata as alternating keys and values.</param>
        /// <param name="links">The file names of linked documents.</param>
        protected ErrorCodeCatalog(string name, string title, string[] notes, ErrorCodeInfo[] all, string[] languages, string[] properties, string[] links)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Notes = new ReadOnlyCollection<string>(notes ?? throw new ArgumentNullException(nameof(notes)));
            All = new ReadOnlyCollection<ErrorCodeInfo>(all ?? throw new ArgumentNullException(nameof(all)));
            Languages = new ReadOnlyCollection<string>(languages ?? throw new ArgumentNullException(nameof(languages)));
            Properties = ToDictionary(properties ?? throw new ArgumentNullException(nameof(properties)));
            Links = new ReadOnlyCollection<string>(links ?? throw new ArgumentNullException(nameof(links)));
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

        /// <summary>The code's entry in the language of <paramref name="culture"/> (null: the spec's own), or null.</summary>
        protected abstract ErrorCodeInfo? Find(int code, CultureInfo? culture);

        /// <summary>Returns <see cref="Name"/>.</summary>
        public override string ToString() => Name;

        /// <summary>
        /// The index into <paramref name="languages"/> that <paramref name="culture"/> or one of its parents matches by
        /// language (so <c>en-GB</c> and <c>en</c> match <c>en</c>, <c>zh-Hans</c> matches <c>zh-CN</c>); 0 when none does.
        /// </summary>
        public static int ChooseLanguage(CultureInfo? culture, string[] languages)
        {
            if (culture == null || languages == null)
            {
                return 0;
            }

            for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
            {
                for (var i = 0; i < languages.Length; i++)
                {
                    if (string.Equals(current.Name, languages[i], StringComparison.OrdinalIgnoreCase))
                    {
                        return i;
                    }
                }
            }

            for (var i = 0; i < languages.Length; i++)
            {
                if (string.Equals(culture.TwoLetterISOLanguageName, LanguageOf(languages[i]), StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return 0;
        }

        private static string LanguageOf(string tag)
        {
            var dash = tag.IndexOf('-');
            return dash < 0 ? tag : tag.Substring(0, dash);
        }

        private static IReadOnlyDictionary<string, string> ToDictionary(string[] pairs)
        {
            if (pairs.Length == 0)
            {
                return s_noProperties;
            }

            var dictionary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                dictionary[pairs[i]] = pairs[i + 1];
            }

            return new ReadOnlyDictionary<string, string>(dictionary);
        }
    }
}
