using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ErrorCodes
{
    /// <summary>Finds the catalogs generated into an assembly.</summary>
    public static class ErrorCodeCatalogs
    {
        // One set an assembly, so that its index is built once however often a program asks for it.
        private static readonly ConditionalWeakTable<Assembly, ErrorCodeCatalogSet> s_sets = new ConditionalWeakTable<Assembly, ErrorCodeCatalogSet>();

        /// <summary>Every catalog generated into <paramref name="assembly"/>, ordered by name.</summary>
        /// <remarks>
        /// The list is <see cref="ErrorCodeCatalogSet.FromAssembly"/>'s set, so the lookups below take its index; ask that
        /// method for the set's own type. Reads the assembly's <see cref="ErrorCodeCatalogAttribute"/>s; it does not scan
        /// the assembly's types.
        /// </remarks>
        public static IReadOnlyList<IErrorCodeCatalog> FromAssembly(Assembly assembly) => SetOf(assembly);

        /// <summary>The set of <paramref name="assembly"/>'s catalogs, made once an assembly.</summary>
        internal static ErrorCodeCatalogSet SetOf(Assembly assembly)
        {
            if (assembly == null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            return s_sets.GetValue(assembly, Read);
        }

        private static ErrorCodeCatalogSet Read(Assembly assembly)
        {
            var catalogs = new List<IErrorCodeCatalog>();
            foreach (var attribute in assembly.GetCustomAttributes<ErrorCodeCatalogAttribute>())
            {
                catalogs.Add(InstanceOf(attribute.CatalogType));
            }

            catalogs.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            return new ErrorCodeCatalogSet(catalogs);
        }

        /// <summary>
        /// Every entry for <paramref name="code"/> that a catalog defines itself, in the catalogs' order: codes that
        /// several documents share (such as 2100001–2100003 in the network documents) give one entry per catalog.
        /// </summary>
        public static IReadOnlyList<ErrorCodeInfo> FindAll(this IEnumerable<IErrorCodeCatalog> catalogs, int code, CultureInfo? culture = null)
        {
            if (catalogs == null)
            {
                throw new ArgumentNullException(nameof(catalogs));
            }

            if (catalogs is ErrorCodeCatalogSet set)
            {
                return set.FindAll(code, culture);
            }

            var found = new List<ErrorCodeInfo>();
            foreach (var catalog in catalogs)
            {
                if (catalog.IsDefined(code) && catalog.TryGetInfo(code, culture, out var info))
                {
                    found.Add(info);
                }
            }

            return found.AsReadOnly();
        }

        /// <summary>
        /// Finds <paramref name="code"/> in the first catalog that defines it, else in the first that answers for it
        /// through an errno rule or a link: one call for any code a module may return, its own or a universal one.
        /// </summary>
        public static bool TryGetInfo(this IEnumerable<IErrorCodeCatalog> catalogs, int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            if (catalogs == null)
            {
                throw new ArgumentNullException(nameof(catalogs));
            }

            if (catalogs is ErrorCodeCatalogSet set)
            {
                return set.TryGetInfo(code, culture, out info);
            }

            foreach (var catalog in catalogs)
            {
                if (catalog.IsDefined(code) && catalog.TryGetInfo(code, culture, out info))
                {
                    return true;
                }
            }

            foreach (var catalog in catalogs)
            {
                if (catalog.TryGetInfo(code, culture, out info))
                {
                    return true;
                }
            }

            info = null;
            return false;
        }

        /// <summary>As <see cref="TryGetInfo(IEnumerable{IErrorCodeCatalog}, int, CultureInfo, out ErrorCodeInfo)"/>, in the current UI culture's language where a catalog has it.</summary>
        public static bool TryGetInfo(this IEnumerable<IErrorCodeCatalog> catalogs, int code, [NotNullWhen(true)] out ErrorCodeInfo? info) =>
            TryGetInfo(catalogs, code, null, out info);

        private static IErrorCodeCatalog InstanceOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type catalogType)
        {
            var property = catalogType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static);
            if (property?.GetValue(null) is IErrorCodeCatalog catalog)
            {
                return catalog;
            }

            throw new InvalidOperationException(
                $"{catalogType.FullName} is named by an ErrorCodeCatalogAttribute but has no public static Instance property of type IErrorCodeCatalog.");
        }
    }
}
