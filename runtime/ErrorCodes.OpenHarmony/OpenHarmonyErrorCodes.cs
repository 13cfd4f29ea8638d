using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ErrorCodes.OpenHarmony
{
    /// <summary>
    /// Every error code of OpenHarmony's ArkTS and Cangjie API references, looked up as one: a code any module may
    /// return, in the language of the culture asked for (Chinese or English; by default the UI culture's).
    /// </summary>
    /// <remarks>
    /// Each module's catalog is also a type of its own, in a namespace of its edition and kit, such as
    /// <c>ErrorCodes.OpenHarmony.ArkTS.NetworkKit.NetSocketErrorCodes</c>.
    /// </remarks>
    public static partial class OpenHarmonyErrorCodes
    {
        private static readonly ErrorCodeCatalogSet s_set = new ErrorCodeCatalogSet(InAnswerOrder(ErrorCodeCatalogSet.FromAssembly(typeof(OpenHarmonyErrorCodes).Assembly)));

        // The catalogs by spec file, for an entry's catalog: made on first use.
        private static Dictionary<string, IErrorCodeCatalog>? s_bySpecFile;

        /// <summary>
        /// Every module's catalog, the universal codes' first, then the ArkTS edition's, then the Cangjie edition's, each
        /// by name: the order in which their answers win, so that 401 is the universal "parameter error" before any
        /// module's own 401.
        /// </summary>
        public static ErrorCodeCatalogSet Catalogs => s_set;

        private static List<IErrorCodeCatalog> InAnswerOrder(IEnumerable<IErrorCodeCatalog> catalogs)
        {
            var ordered = new List<IErrorCodeCatalog>(catalogs);
            ordered.Sort((x, y) =>
            {
                var order = Rank(x).CompareTo(Rank(y));
                return order != 0 ? order : string.CompareOrdinal(x.Name, y.Name);
            });
            return ordered;
        }

        private static int Rank(IErrorCodeCatalog catalog) =>
            (catalog.Name.EndsWith("Universal", StringComparison.Ordinal) ? 0 : 2) + (EditionOf(catalog) == "Cangjie" ? 1 : 0);

        /// <summary>The kits the catalogs belong to (<c>Network Kit</c>, <c>Ability Kit</c>, …), in order.</summary>
        public static IReadOnlyList<string> Kits
        {
            get
            {
                var kits = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var catalog in s_set)
                {
                    var kit = KitOf(catalog);
                    if (kit != null)
                    {
                        kits.Add(kit);
                    }
                }

                return new List<string>(kits);
            }
        }

        /// <summary>
        /// Finds <paramref name="code"/> in the first module that defines it (else in one that answers for it through an
        /// errno rule or a link), in the language of the current UI culture where the module has it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            info = Find(code, CultureInfo.CurrentUICulture);
            return info != null;
        }

        /// <summary>As <see cref="TryGetInfo(int, out ErrorCodeInfo)"/>, in the language of <paramref name="culture"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryGetInfo(int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            info = Find(code, culture ?? CultureInfo.CurrentUICulture);
            return info != null;
        }

        /// <summary>Every module's entry for <paramref name="code"/>: codes such as 401 are defined by several modules.</summary>
        public static IReadOnlyList<ErrorCodeInfo> FindAll(int code, CultureInfo? culture = null) => s_set.FindAll(code, culture);

        /// <summary>The catalogs of a kit (<c>Network Kit</c>, or as a namespace names it, <c>NetworkKit</c>), of both editions.</summary>
        public static IReadOnlyList<IErrorCodeCatalog> CatalogsOfKit(string kit)
        {
            if (kit == null)
            {
                throw new ArgumentNullException(nameof(kit));
            }

            var found = new List<IErrorCodeCatalog>();
            foreach (var catalog in s_set)
            {
                var own = KitOf(catalog);
                if (own != null && (string.Equals(own, kit, StringComparison.OrdinalIgnoreCase) || string.Equals(own.Replace(" ", string.Empty), kit.Replace(" ", string.Empty), StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(catalog);
                }
            }

            return found;
        }

        /// <summary>The module's catalog an entry of this package comes from, by its document; null for an entry of another assembly.</summary>
        public static IErrorCodeCatalog? CatalogOf(ErrorCodeInfo info)
        {
            if (info == null)
            {
                throw new ArgumentNullException(nameof(info));
            }

            // The catalogs that define the code are asked first: their entries are made anyway for an entry of theirs,
            // and the others' are not made at all.
            var language = CultureInfo.GetCultureInfo(info.Language.Length != 0 ? info.Language : "zh-CN");
            foreach (var catalog in s_set.CatalogsDefining(info.Code))
            {
                if (catalog.TryGetInfo(info.Code, language, out var own) && own.SpecFile == info.SpecFile)
                {
                    return catalog;
                }
            }

            var bySpecFile = s_bySpecFile;
            if (bySpecFile == null)
            {
                // An entry an errno rule gives is another document's (the kernel table's). Each catalog's documents are
                // where the package lists them, docs/zh-cn/<file> and docs/en/<file>, by the file name of its upstream
                // source: known without making an entry. Made once; two threads may both make it, and either is right.
                bySpecFile = new Dictionary<string, IErrorCodeCatalog>(StringComparer.Ordinal);
                foreach (var catalog in s_set)
                {
                    if (SourceOf(catalog) is string source)
                    {
                        var path = source.Split('@')[0];
                        var file = path.Substring(path.LastIndexOf('/') + 1);
                        bySpecFile["docs/zh-cn/" + file] = catalog;
                        bySpecFile["docs/en/" + file] = catalog;
                    }
                }

                s_bySpecFile = bySpecFile;
            }

            return bySpecFile.TryGetValue(info.SpecFile, out var found) ? found : null;
        }

        /// <summary>The kit an entry's module belongs to, such as <c>Network Kit</c>; null when its document names none.</summary>
        public static string? KitOf(ErrorCodeInfo info) => CatalogOf(info) is IErrorCodeCatalog catalog ? KitOf(catalog) : null;

        /// <summary>The kit a catalog belongs to: its document's <c>Kit</c> comment, else the kit of its upstream folder.</summary>
        public static string? KitOf(IErrorCodeCatalog catalog) =>
            (catalog ?? throw new ArgumentNullException(nameof(catalog))).Properties.TryGetValue("Kit", out var kit) ? kit : null;

        /// <summary>
        /// The subsystem a catalog's document names in its <c>Subsystem</c> comment, such as <c>Communication</c>; null
        /// for the documents that name none (most Cangjie ones).
        /// </summary>
        public static string? SubsystemOf(IErrorCodeCatalog catalog) =>
            (catalog ?? throw new ArgumentNullException(nameof(catalog))).Properties.TryGetValue("Subsystem", out var subsystem) ? subsystem : null;

        /// <summary>The upstream document of a catalog: repository, path and commit, such as <c>openharmony/docs/zh-cn/…/errorcode-net-socket.md@0e1e167f8fff</c>.</summary>
        public static string? SourceOf(IErrorCodeCatalog catalog) =>
            (catalog ?? throw new ArgumentNullException(nameof(catalog))).Properties.TryGetValue("Source", out var source) ? source : null;

        /// <summary>The edition of a catalog's document: <c>ArkTS</c> or <c>Cangjie</c>.</summary>
        public static string? EditionOf(IErrorCodeCatalog catalog) =>
            (catalog ?? throw new ArgumentNullException(nameof(catalog))).Properties.TryGetValue("Edition", out var edition) ? edition : null;
    }
}
