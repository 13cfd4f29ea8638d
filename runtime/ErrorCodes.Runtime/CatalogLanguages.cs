using System;
using System.ComponentModel;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>
    /// The languages of a generated catalog, and which one a culture chooses, as <c>ResourceManager</c> chooses: the
    /// culture given, else <see cref="CultureInfo.CurrentUICulture"/>, then its parents, then the spec's own language.
    /// Hidden from IntelliSense: generated catalogs use it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CatalogLanguages
    {
        private readonly string[] _languages;

        // The last choice, so that a lookup in the same culture as the one before costs a reference comparison. A
        // choice is immutable and replaced whole, so threads that race see one choice or the other, both right.
        private Choice? _last;

        /// <summary>A catalog's languages, the spec's own first, such as <c>zh-CN</c> and <c>en</c>.</summary>
        public CatalogLanguages(string[] languages)
        {
            _languages = languages ?? throw new ArgumentNullException(nameof(languages));
        }

        /// <summary>The index of the language <paramref name="culture"/> (or, when null, the current UI culture) chooses; 0 for the spec's own.</summary>
        public int IndexOf(CultureInfo? culture)
        {
            var chosen = culture ?? CultureInfo.CurrentUICulture;
            var last = _last;
            if (last != null && ReferenceEquals(last.Culture, chosen))
            {
                return last.Index;
            }

            var index = GeneratedCatalogSupport.ChooseLanguage(chosen, _languages);
            _last = new Choice(chosen, index);
            return index;
        }

        private sealed class Choice
        {
            public Choice(CultureInfo culture, int index)
            {
                Culture = culture;
                Index = index;
            }

            public CultureInfo Culture { get; }

            public int Index { get; }
        }
    }
}
