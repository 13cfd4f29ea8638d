using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Analyzers
{
    /// <summary>
    /// Every catalog a compilation can use: those its own <c>[assembly: ErrorCodeCatalog(typeof(…))]</c> attributes name
    /// (the generator emits one a catalog) and those of the assemblies it references. Built once a compilation.
    /// </summary>
    internal sealed class CatalogIndex
    {
        public const string CatalogAttributeName = "ErrorCodes.ErrorCodeCatalogAttribute";

        private readonly ImmutableArray<Catalog> _catalogs;
        private readonly Dictionary<ITypeSymbol, Catalog> _byType;

        // Every code any catalog defines, with its definers (catalog and member index, in the catalogs' order): a lookup,
        // whatever the number of codes. The catalogs with errno rules, which define codes their members do not show.
        private readonly Dictionary<int, (int Catalog, int Member)[]> _definers;
        private readonly ImmutableArray<Catalog> _withRules;

        private CatalogIndex(ImmutableArray<Catalog> catalogs)
        {
            _catalogs = catalogs;
            _byType = new Dictionary<ITypeSymbol, Catalog>(SymbolEqualityComparer.Default);
            var definers = new Dictionary<int, List<(int, int)>>();
            var withRules = ImmutableArray.CreateBuilder<Catalog>();
            for (var c = 0; c < catalogs.Length; c++)
            {
                var catalog = catalogs[c];
                _byType[catalog.Enum] = catalog;
                _byType[catalog.CatalogClass] = catalog;
                if (catalog.HasRules)
                {
                    withRules.Add(catalog);
                }

                for (var m = 0; m < catalog.Codes.Count; m++)
                {
                    if (!definers.TryGetValue(catalog.Codes[m], out var list))
                    {
                        definers.Add(catalog.Codes[m], list = new List<(int, int)>(1));
                    }

                    list.Add((c, m));
                }
            }

            _definers = new Dictionary<int, (int, int)[]>(definers.Count);
            foreach (var pair in definers)
            {
                _definers.Add(pair.Key, pair.Value.ToArray());
            }

            _withRules = withRules.ToImmutable();
        }

        public ImmutableArray<Catalog> Catalogs => _catalogs;

        /// <summary>The index of the compilation's catalogs; null when it has none, so that nothing else runs.</summary>
        public static CatalogIndex? Of(Compilation compilation)
        {
            var attribute = compilation.GetTypeByMetadataName(CatalogAttributeName);
            if (attribute == null)
            {
                return null;
            }

            var catalogs = new List<Catalog>();
            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            Add(compilation.Assembly, attribute, compilation, catalogs, seen);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Only an assembly built against the runtime can name catalogs; reading every framework assembly's attributes is waste.
                if (References(assembly, attribute.ContainingAssembly))
                {
                    foreach (var catalog in Referenced(assembly, attribute))
                    {
                        if (compilation.IsSymbolAccessibleWithin(catalog.CatalogClass, compilation.Assembly) && seen.Add(catalog.CatalogClass))
                        {
                            catalogs.Add(catalog);
                        }
                    }
                }
            }

            if (catalogs.Count == 0)
            {
                return null;
            }

            // Deterministic order, whatever order the attributes come in: the first catalog that has a code is the one a message names.
            catalogs.Sort((a, b) => string.CompareOrdinal(a.Enum.ToDisplayString(), b.Enum.ToDisplayString()));
            return new CatalogIndex(catalogs.ToImmutableArray());
        }

        /// <summary>The catalog whose enum or catalog class <paramref name="type"/> is, or null.</summary>
        public Catalog? CatalogOf(ITypeSymbol? type) => type != null && _byType.TryGetValue(type.OriginalDefinition, out var catalog) ? catalog : null;

        /// <summary>The catalogs of <paramref name="only"/> (or every catalog) that define <paramref name="code"/>, with its member, in the catalogs' order.</summary>
        public List<(Catalog Catalog, IFieldSymbol Member)> MembersOf(int code, Catalog? only)
        {
            var members = new List<(Catalog, IFieldSymbol)>(1);
            if (_definers.TryGetValue(code, out var definers))
            {
                foreach (var (c, m) in definers)
                {
                    var catalog = _catalogs[c];
                    if (only == null || ReferenceEquals(catalog, only))
                    {
                        members.Add((catalog, catalog.OrderedMembers[m]));
                    }
                }
            }

            return members;
        }

        /// <summary>Whether any catalog could define <paramref name="code"/>: through a member, an errno rule, or a rule it does not show.</summary>
        public bool AnyDefines(int code)
        {
            if (_definers.ContainsKey(code))
            {
                return true;
            }

            foreach (var catalog in _withRules)
            {
                if (catalog.RuleMaps(code) || catalog.RulesUnknown)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The member <paramref name="code"/> was most likely meant to be, among the catalogs it looks like a code of
        /// (<paramref name="only"/>, or every catalog): those it lies among the codes of (between the smallest and the
        /// largest), or whose code it is one digit away from (a digit changed, added, dropped, or two swapped). The fewest
        /// digits away wins, then the nearest number, then the first catalog and member. 0 (success) is never a typo; nor
        /// is a number of fewer than four digits one digit from a code, as every small number is one digit from another.
        /// </summary>
        /// <remarks>
        /// The numbers one edit away are made and looked up (a couple of hundred at most), so the cost does not grow with
        /// the number of codes. Only when none is a code and the number lies among a catalog's codes is that catalog
        /// searched further, through its trie of codes, for the fewest edits.
        /// </remarks>
        public (Catalog Catalog, IFieldSymbol Member)? Suggest(int code, Catalog? only)
        {
            if (code == 0)
            {
                return null;
            }

            var search = new Search(this, code, only);
            NearMiss.ForEachNeighbour(code, search, static (neighbour, state) => state.Consider(neighbour));
            if (search.Best != null)
            {
                return search.Best;
            }

            // No code one edit away: the fewest edits to a code of a catalog the number lies among.
            for (var limit = 2; limit <= 12; limit++)
            {
                for (var c = 0; c < _catalogs.Length; c++)
                {
                    var catalog = _catalogs[c];
                    if ((only == null || ReferenceEquals(catalog, only)) && code >= catalog.Min && code <= catalog.Max)
                    {
                        foreach (var (member, distance) in catalog.Trie.Within(code, limit))
                        {
                            search.Offer(c, member, catalog.Codes[member], distance);
                        }
                    }
                }

                if (search.Best != null)
                {
                    return search.Best;
                }
            }

            return null;
        }

        // The best candidate so far: fewest edits, then nearest number, then first catalog, then first member.
        private sealed class Search
        {
            private readonly CatalogIndex _index;
            private readonly int _code;
            private readonly Catalog? _only;
            private readonly bool _longEnough;
            private int _distance = int.MaxValue;
            private long _gap = long.MaxValue;
            private int _catalog = int.MaxValue;
            private int _member = int.MaxValue;

            public Search(CatalogIndex index, int code, Catalog? only)
            {
                _index = index;
                _code = code;
                _only = only;
                _longEnough = (code < 0 ? -(long)code : code) >= 1000;
            }

            public (Catalog Catalog, IFieldSymbol Member)? Best { get; private set; }

            // A number one edit from the code: each catalog that defines it and that the code may belong to.
            public void Consider(int neighbour)
            {
                if (!_index._definers.TryGetValue(neighbour, out var definers))
                {
                    return;
                }

                foreach (var (c, m) in definers)
                {
                    var catalog = _index._catalogs[c];
                    if ((_only == null || ReferenceEquals(catalog, _only)) && (_longEnough || (_code >= catalog.Min && _code <= catalog.Max)))
                    {
                        Offer(c, m, neighbour, 1);
                    }
                }
            }

            public void Offer(int c, int m, int value, int distance)
            {
                var gap = Math.Abs((long)value - _code);
                if (distance < _distance || (distance == _distance && (gap < _gap || (gap == _gap && (c < _catalog || (c == _catalog && m < _member))))))
                {
                    _distance = distance;
                    _gap = gap;
                    _catalog = c;
                    _member = m;
                    var catalog = _index._catalogs[c];
                    Best = (catalog, catalog.OrderedMembers[m]);
                }
            }
        }

        /// <summary>
        /// The edits that turn one number's digits into the other's (a digit changed, added or dropped, two neighbours
        /// swapped): 2303201 and 2303210 are one apart. Optimal string alignment distance.
        /// </summary>
        internal static int DigitDistance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }

        private static void Add(IAssemblySymbol assembly, INamedTypeSymbol attribute, Compilation compilation, List<Catalog> catalogs, HashSet<ITypeSymbol> seen)
        {
            foreach (var catalog in CatalogsNamedBy(assembly, attribute))
            {
                if (compilation.IsSymbolAccessibleWithin(catalog.CatalogClass, compilation.Assembly) && seen.Add(catalog.CatalogClass))
                {
                    catalogs.Add(catalog);
                }
            }
        }

        // A referenced assembly's catalogs are read once: the IDE makes a compilation a keystroke, and keeps the symbols
        // of an unchanged reference, so a package of thousands of codes is not read again each time.
        private static readonly ConditionalWeakTable<IAssemblySymbol, List<Catalog>> s_referenced = new ConditionalWeakTable<IAssemblySymbol, List<Catalog>>();

        private static List<Catalog> Referenced(IAssemblySymbol assembly, INamedTypeSymbol attribute) =>
            s_referenced.GetValue(assembly, _ => CatalogsNamedBy(assembly, attribute));

        private static List<Catalog> CatalogsNamedBy(IAssemblySymbol assembly, INamedTypeSymbol attribute)
        {
            var catalogs = new List<Catalog>();
            foreach (var data in assembly.GetAttributes())
            {
                if (data.AttributeClass?.ToDisplayString() == CatalogAttributeName
                    && SymbolEqualityComparer.Default.Equals(data.AttributeClass.ContainingAssembly, attribute.ContainingAssembly)
                    && data.ConstructorArguments.Length == 1
                    && data.ConstructorArguments[0].Value is INamedTypeSymbol catalogClass
                    && Catalog.From(catalogClass) is Catalog catalog)
                {
                    catalogs.Add(catalog);
                }
            }

            return catalogs;
        }

        private static bool References(IAssemblySymbol assembly, IAssemblySymbol runtime)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name == runtime.Identity.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
