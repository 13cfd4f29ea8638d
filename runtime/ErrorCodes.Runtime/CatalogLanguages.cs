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
        // The cultures a catalog remembers: enough for a program that serves a few languages. A lookup in another makes
        // its choice again, without remembering it: a little slower, and still nothing allocated.
        private const int CulturesKept = 8;

        private readonly string[] _languages;

        // The last choice, so that a lookup in the same culture as the one before costs a reference comparison, and the
        // choices made so far, each made once: switching between cultures allocates nothing. Both are replaced whole, so
        // threads that race see one or the other, both right.
        private Choice? _last;
        private Choice[] _kept = new Choice[0];

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

            var kept = _kept;
            foreach (var choice in kept)
            {
                if (ReferenceEquals(choice.Culture, chosen))
                {
                    _last = choice;
                    return choice.Index;
                }
            }

            var index = GeneratedCatalogSupport.ChooseLanguage(chosen, _languages);
            if (kept.Length < CulturesKept)
            {
                var made = new Choice(chosen, index);
                var more = new Choice[kept.Length + 1];
                Array.Copy(kept, more, kept.Length);
                more[kept.Length] = made;
                _kept = more;
                _last = made;
            }

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
