using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodes.Analyzers
{
    /// <summary>
    /// Numbers used as error codes: ECA0001 where the number is a catalog's code (write the member instead), ECA0002
    /// where it is no code of any catalog but looks like one (most likely a typo; the nearest code is suggested).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ErrorCodeNumberAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.NumberIsACode, Rules.NumberIsNoCode);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // The generated catalogs are numbers by design.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var index = CatalogIndex.Of(start.Compilation);
                if (index == null)
                {
                    return;
                }

                var runtime = start.Compilation.GetTypeByMetadataName(CatalogIndex.CatalogAttributeName)!.ContainingAssembly;
                start.RegisterOperationAction(operation => Analyze(operation, index, runtime), OperationKind.Literal);
            });
        }

        private static void Analyze(OperationAnalysisContext context, CatalogIndex index, IAssemblySymbol runtime)
        {
            IOperation number = context.Operation;
            if (number.Type?.SpecialType != SpecialType.System_Int32)
            {
                return;
            }

            // -1 is a minus applied to a literal; the code is the minus's value.
            if (number.Parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus)
            {
                number = minus;
            }

            if (number.ConstantValue is not { HasValue: true, Value: int code }
                || CodeUse.Find(number, context.ContainingSymbol, index, runtime) is not CodeUse use)
            {
                return;
            }

            // The catalog the place names, else every catalog.
            var members = index.MembersOf(code, use.Catalog);

            var location = use.Replaced.Syntax.GetLocation();
            if (members.Count > 0)
            {
                var (catalog, member) = members[0];
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.NumberIsACode, location, Properties(members, use), code, catalog.Enum.Name, member.Name));
                return;
            }

            // A code of another catalog, or one an errno rule maps, is a code: nothing to say.
            if (index.AnyDefines(code))
            {
                return;
            }

            if (index.Suggest(code, use.Catalog) is (Catalog, IFieldSymbol) suggestion)
            {
                var (suggested, meant) = suggestion;
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.NumberIsNoCode, location, Properties(new[] { (suggested, meant) }, use), code, suggested.Enum.Name, meant.ConstantValue, meant.Name));
            }
        }

        private static ImmutableDictionary<string, string?> Properties(IEnumerable<(Catalog Catalog, IFieldSymbol Member)> members, CodeUse use) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Members, string.Join(FixProperties.Separator.ToString(), members.Select(m => Qualified(m.Catalog, m.Member))))
                .Add(FixProperties.Form, use.IsCast ? FixProperties.MemberForm : FixProperties.IntForm);

        // App.NetSocketErrorCode:ConnectionTimedOut; Outer+Inner for a nested enum, as GetTypeByMetadataName reads it.
        private static string Qualified(Catalog catalog, IFieldSymbol member)
        {
            var name = catalog.Enum.MetadataName;
            for (var outer = catalog.Enum.ContainingType; outer != null; outer = outer.ContainingType)
            {
                name = outer.MetadataName + "+" + name;
            }

            var ns = catalog.Enum.ContainingNamespace;
            return (ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name) + FixProperties.MemberSeparator + member.Name;
        }
    }
}
