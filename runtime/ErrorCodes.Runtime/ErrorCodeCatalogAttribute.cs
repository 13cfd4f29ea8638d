using System;
using System.Diagnostics.CodeAnalysis;

namespace ErrorCodes
{
    /// <summary>
    /// Names a generated catalog class of the assembly, so that <see cref="ErrorCodeCatalogs.FromAssembly"/>
    /// finds every catalog without scanning the assembly's types. The generator emits one per catalog.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class ErrorCodeCatalogAttribute : Attribute
    {
        /// <summary>Names <paramref name="catalogType"/>, a class with a public static <c>Instance</c> property of type <see cref="IErrorCodeCatalog"/>.</summary>
        public ErrorCodeCatalogAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type catalogType)
        {
            CatalogType = catalogType ?? throw new ArgumentNullException(nameof(catalogType));
        }

        /// <summary>The generated catalog class.</summary>
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
        public Type CatalogType { get; }
    }
}
