using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodes.Analyzers
{
    /// <summary>
    /// Where a number is used as an error code, and of which catalog when the place says so. A number is an error code
    /// only where something says it is: a cast to a catalog's enum, a comparison, <c>case</c> or pattern against a catalog
    /// enum, <c>ErrorCodeInfo.Code</c> or <c>ErrorCodeException.Code</c>, or a field, property, variable or parameter named
    /// <c>code</c>, <c>errorCode</c>, <c>errCode</c> or <c>…ErrorCode</c>; a value passed to a catalog's or the runtime's
    /// <c>code</c> parameter; or assigned, initialised or returned as such a name. <c>x == 401</c> says nothing of the kind.
    /// </summary>
    internal readonly struct CodeUse
    {
        private CodeUse(Catalog? catalog, IOperation replaced, bool isCast)
        {
            Catalog = catalog;
            Replaced = replaced;
            IsCast = isCast;
        }

        /// <summary>The catalog the place names (the enum cast to, compared with or switched on); null when it names none.</summary>
        public Catalog? Catalog { get; }

        /// <summary>What a fix replaces: the cast to the enum, or the number.</summary>
        public IOperation Replaced { get; }

        /// <summary>Whether <see cref="Replaced"/> is a cast to the catalog's enum, which the member itself replaces.</summary>
        public bool IsCast { get; }

        /// <summary>The use of <paramref name="number"/> (a literal, or a minus and a literal) as an error code, or null.</summary>
        public static CodeUse? Find(IOperation number, ISymbol containingSymbol, CatalogIndex index, IAssemblySymbol runtime)
        {
            var node = number;
            var parent = number.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                node = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IConversionOperation cast when index.CatalogOf(cast.Type) is Catalog catalog:
                    return new CodeUse(catalog, cast, isCast: true);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    return Against(comparison.LeftOperand == node ? comparison.RightOperand : comparison.LeftOperand, number, index, runtime);

                case ISingleValueCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation @switch } }:
                    return Against(@switch.Value, number, index, runtime);

                case IConstantPatternOperation pattern:
                    return Tested(pattern) is IOperation tested ? Against(tested, number, index, runtime) : null;

                case ISimpleAssignmentOperation assignment when assignment.Value == node:
                    return Against(assignment.Target, number, index, runtime);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return IsCodeName(declarator.Symbol.Name) ? new CodeUse(null, number, isCast: false) : null;

                case IFieldInitializerOperation fields:
                    return fields.InitializedFields.Length == 1 && IsCodeName(fields.InitializedFields[0].Name) ? new CodeUse(null, number, isCast: false) : null;

                case IPropertyInitializerOperation properties:
                    return properties.InitializedProperties.Length == 1 && IsCodeName(properties.InitializedProperties[0].Name) ? new CodeUse(null, number, isCast: false) : null;

                case IArgumentOperation { Parameter: IParameterSymbol parameter }:
                    return ForParameter(parameter, number, index, runtime);

                case IReturnOperation @return:
                    return ReturnsCode(@return, containingSymbol) ? new CodeUse(null, number, isCast: false) : null;

                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether a name says it holds an error code: <c>code</c>, <c>errorCode</c>, <c>errCode</c> or one ending in
        /// <c>ErrorCode</c>, in any case, after a field prefix (<c>_</c>, <c>s_</c>, <c>m_</c>).
        /// </summary>
        internal static bool IsCodeName(string name)
        {
            // Compared in place: this runs for every number near a name, and must not allocate.
            var start = name.StartsWith("s_", StringComparison.Ordinal) || name.StartsWith("m_", StringComparison.Ordinal) ? 2 : 0;
            while (start < name.Length && name[start] == '_')
            {
                start++;
            }

            var length = name.Length - start;
            return (length == 4 && string.Compare(name, start, "code", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
                || (length == 7 && string.Compare(name, start, "errCode", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
                || (length >= 9 && name.EndsWith("errorCode", StringComparison.OrdinalIgnoreCase));
        }

        // GetErrorCode(), LastErrorCode(): a method says so by its name's end alone.
        private static bool IsCodeMethodName(string name) => name.EndsWith("ErrorCode", StringComparison.OrdinalIgnoreCase);

        // The other side of a comparison, the value switched on, the target assigned to: what it says of the number.
        private static CodeUse? Against(IOperation other, IOperation number, CatalogIndex index, IAssemblySymbol runtime)
        {
            while (true)
            {
                if (index.CatalogOf(other.Type) is Catalog catalog)
                {
                    return new CodeUse(catalog, number, isCast: false);
                }

                if (other is IConversionOperation conversion)
                {
                    other = conversion.Operand;
                    continue;
                }

                break;
            }

            var says = other switch
            {
                IPropertyReferenceOperation property => IsCodeName(property.Property.Name) || IsRuntimeCode(property.Property, runtime),
                IFieldReferenceOperation field => IsCodeName(field.Field.Name),
                ILocalReferenceOperation local => IsCodeName(local.Local.Name),
                IParameterReferenceOperation parameter => IsCodeName(parameter.Parameter.Name),
                IInvocationOperation invocation => IsCodeMethodName(invocation.TargetMethod.Name),
                _ => false,
            };
            return says ? new CodeUse(null, number, isCast: false) : null;
        }

        private static CodeUse? ForParameter(IParameterSymbol parameter, IOperation number, CatalogIndex index, IAssemblySymbol runtime)
        {
            var type = parameter.ContainingSymbol.ContainingType;

            // NetSocketErrorCodes.TryGetInfo(2303210, …), IsDefined, ThrowIfError, TryGetErrno: the catalog's own codes.
            if (index.CatalogOf(type) is Catalog catalog && parameter.Type.SpecialType == SpecialType.System_Int32)
            {
                return new CodeUse(catalog, number, isCast: false);
            }

            // ErrorCodeCatalogSet.TryGetInfo(code, …), new ErrorCodeException(code, …), ErrorCodeInfo.Format(code, …).
            if (type != null && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, runtime)
                && (parameter.Name == "code" || parameter.Name == "result"))
            {
                return new CodeUse(null, number, isCast: false);
            }

            return IsCodeName(parameter.Name) ? new CodeUse(null, number, isCast: false) : null;
        }

        // ErrorCodeInfo.Code and ErrorCodeException.Code (also through a class derived from it).
        private static bool IsRuntimeCode(IPropertySymbol property, IAssemblySymbol runtime) =>
            property.Name == "Code" && SymbolEqualityComparer.Default.Equals(property.ContainingAssembly, runtime);

        // The value a pattern tests, through `or`, `and` and `not`; for a property pattern ({ Code: 2303210 }), the property.
        private static IOperation? Tested(IPatternOperation pattern)
        {
            IOperation current = pattern;
            while (current.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                current = current.Parent;
            }

            return current.Parent switch
            {
                IIsPatternOperation @is => @is.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation @switch } => @switch.Value,
                IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation @switch } } => @switch.Value,
                IPropertySubpatternOperation subpattern => subpattern.Member,
                _ => null,
            };
        }

        // `int ErrorCode => 2303210;`, `int GetErrorCode() { return 2303210; }`; not a lambda's return.
        private static bool ReturnsCode(IReturnOperation @return, ISymbol containingSymbol)
        {
            for (var current = @return.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation)
                {
                    return false;
                }

                if (current is ILocalFunctionOperation local)
                {
                    return IsCodeName(local.Symbol.Name);
                }
            }

            return containingSymbol switch
            {
                IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => IsCodeName(property.Name),
                IMethodSymbol method => IsCodeMethodName(method.Name),
                _ => false,
            };
        }
    }
}
