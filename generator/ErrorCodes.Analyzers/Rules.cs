using Microsoft.CodeAnalysis;

namespace ErrorCodes.Analyzers
{
    /// <summary>The analyzers' diagnostics; docs/diagnostics.md describes each.</summary>
    internal static class Rules
    {
        public const string Category = "ErrorCodes.Usage";

        // Info: a number that is a code works; writing the member is what keeps it in step with the document.
        public static readonly DiagnosticDescriptor NumberIsACode = new DiagnosticDescriptor(
            id: "ECA0001",
            title: "Error code written as a number",
            messageFormat: "{0} is {1}.{2}; write the member, so that the code follows the document",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A number used as an error code is a code of a catalog in the compilation. Written as the catalog's enum member, it is checked by the compiler, documented on hover, and renamed or removed with the document.",
            helpLinkUri: "docs/diagnostics.md#eca0001");

        // Warning: a number used as an error code that no catalog defines is most likely a mistyped code.
        public static readonly DiagnosticDescriptor NumberIsNoCode = new DiagnosticDescriptor(
            id: "ECA0002",
            title: "Number used as an error code is no code of a catalog",
            messageFormat: "{0} is not a code of {1}; did you mean {2} ({3})?",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A number used as an error code is no code of any catalog in the compilation, and no errno rule maps it, but it lies among a catalog's codes or is one digit away from one.",
            helpLinkUri: "docs/diagnostics.md#eca0002");
    }
}
