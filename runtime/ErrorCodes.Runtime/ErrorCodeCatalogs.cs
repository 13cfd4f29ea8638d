using System;
using System.Collections.Generic;
using System.Reflection;

namespace ErrorCodes
{
    /// <summary>Finds the catalogs generated into an assembly.</summary>
    public static class ErrorCodeCatalogs
    {
        /// <summary>Every catalog generated into <paramref name="assembly"/>, ordered by name.</summary>
        /// <remarks>Reads the assembly's <see cref="ErrorCodeCatalogAttribute"/>s; it does not scan the assembly's types.</remarks>
        public static IReadOnlyList<IErrorCodeCatalog> FromAssembly(Assembly assembly)
        {
            if (assembly == null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            var catalogs = new List<IErrorCodeCatalog>();
            foreach (var attribute in assembly.GetCustomAttributes<ErrorCodeCatalogAttribute>())
            {
                catalogs.Add(InstanceOf(attribute.CatalogType));
            }

            catalogs.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            return catalogs.AsReadOnly();
        }

        private static IErrorCodeCatalog InstanceOf(Type catalogType)
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
