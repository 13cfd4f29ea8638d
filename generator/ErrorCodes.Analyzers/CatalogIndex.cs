using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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

        private CatalogIndex(ImmutableArray<Catalog> catalogs)
        {
            _catalogs = catalogs;
            _byType = new Dictionary<ITypeSymbol, Catalog>(SymbolEqualityComparer.Default);
            foreach (var catalog in catalogs)
            {
                _byType[catalog.Enum] = catalog;
                _byType[catalog.CatalogClass] = catalog;
            }
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
                    Add(assembly, attribute, compilation, catalogs, seen);
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

        /// <summary>Whether any catalog could define <paramref name="code"/>: through a member, an errno rule, or a rule it does not show.</summary>
        public bool AnyDefines(int code)
        {
            foreach (var catalog in _catalogs)
            {
                if (catalog.MemberOf(code) != null || catalog.RuleMaps(code) || catalog.RulesUnknown)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The member <paramref name="code"/> was most likely meant to be, among the catalogs it looks like a code of:
        /// those it lies among the codes of (between the smallest and the largest), or whose code it is one digit away from
        /// (a digit changed, added, dropped, or two swapped). The fewest digits away wins, then the nearest number.
        /// 0 (success) is never a typo; nor is a number of fewer than four digits one digit from a code, as every small
        /// number is one digit from another.
        /// </summary>
        public static (Catalog Catalog, IFieldSymbol Member)? Suggest(int code, IEnumerable<Catalog> catalogs)
        {
            if (code == 0)
            {
                return null;
            }

            var digits = code.ToString(CultureInfo.InvariantCulture);
            var longEnough = digits.TrimStart('-').Length >= 4;
            (Catalog Catalog, IFieldSymbol Member)? best = null;
            var bestDistance = int.MaxValue;
            var bestGap = long.MaxValue;
            foreach (var catalog in catalogs)
            {
                var among = code >= catalog.Min && code <= catalog.Max;
                foreach (var member in catalog.Members)
                {
                    var value = (int)member.ConstantValue!;
                    var distance = DigitDistance(digits, value.ToString(CultureInfo.InvariantCulture));
                    if (!among && !(longEnough && distance <= 1))
                    {
                        continue;
                    }

                    var gap = Math.Abs((long)value - code);
                    if (distance < bestDistance || (distance == bestDistance && gap < bestGap))
                    {
                        best = (catalog, member);
                        bestDistance = distance;
                        bestGap = gap;
                    }
                }
            }

            return best;
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
            foreach (var data in assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                    && data.ConstructorArguments.Length == 1
                    && data.ConstructorArguments[0].Value is INamedTypeSymbol catalogClass
                    && compilation.IsSymbolAccessibleWithin(catalogClass, compilation.Assembly)
                    && seen.Add(catalogClass)
                    && Catalog.From(catalogClass) is Catalog catalog)
                {
                    catalogs.Add(catalog);
                }
            }
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
