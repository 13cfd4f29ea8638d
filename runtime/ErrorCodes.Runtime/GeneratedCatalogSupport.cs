using System;
using System.ComponentModel;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>What generated catalogs need from the runtime and their users do not; hidden from IntelliSense.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedCatalogSupport
    {
        /// <summary>
        /// The index into <paramref name="languages"/> that <paramref name="culture"/> (the current UI culture when null)
        /// or one of its parents matches by language (so <c>en-GB</c> and <c>en</c> match <c>en</c>, <c>zh-Hans</c>
        /// matches <c>zh-CN</c>); 0, the spec's own, when none does, and for the invariant culture.
        /// </summary>
        public static int ChooseLanguage(CultureInfo? culture, string[] languages)
        {
            culture ??= CultureInfo.CurrentUICulture;
            if (languages == null)
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

            var language = culture.TwoLetterISOLanguageName;
            for (var i = 0; i < languages.Length; i++)
            {
                if (IsLanguageOf(language, languages[i]))
                {
                    return i;
                }
            }

            return 0;
        }

        /// <summary>
        /// Whether <paramref name="catalog"/> defines <paramref name="code"/>; for a generated catalog, from its codes,
        /// without making its entries (a catalog's <c>MayAnswerFor</c> asks this of the catalogs it links to).
        /// </summary>
        public static bool Defines(IErrorCodeCatalog catalog, int code)
        {
            if (catalog == null)
            {
                throw new ArgumentNullException(nameof(catalog));
            }

            return catalog is ErrorCodeCatalog { DefinedCodes: { } codes } ? Array.IndexOf(codes, code) >= 0 : catalog.IsDefined(code);
        }

        /// <summary>
        /// A kernel errno table's entry as the code <paramref name="code"/> of a catalog whose rule maps errno values to
        /// codes (such as 2301000 + errno): the errno's name and texts under the catalog's code, with the rule as the
        /// description when the entry has none.
        /// </summary>
        public static ErrorCodeInfo MapErrno(ErrorCodeInfo errnoEntry, int code, string rule)
        {
            if (errnoEntry == null)
            {
                throw new ArgumentNullException(nameof(errnoEntry));
            }

            return errnoEntry.WithCode(code, rule ?? string.Empty);
        }

        // "zh" is the language of "zh-CN": compared in place, since a lookup that changes culture must not allocate.
        private static bool IsLanguageOf(string language, string tag)
        {
            var dash = tag.IndexOf('-');
            var length = dash < 0 ? tag.Length : dash;
            return length == language.Length && string.Compare(language, 0, tag, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
        }
    }
}
