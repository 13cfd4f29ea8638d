using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>What the consuming compilation supports, which shapes the emitted code.</summary>
    /// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> annotations.</param>
    /// <param name="NotNullWhenAvailable">The compilation can use <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c>.</param>
    /// <param name="RuntimeReferenced">The compilation references ErrorCodes.Runtime, which the emitted code needs.</param>
    internal sealed record EmitOptions(bool NullableAnnotations, bool NotNullWhenAvailable, bool RuntimeReferenced)
    {
        public static EmitOptions From(ParseOptions parseOptions, CompilationFacts facts) =>
            new EmitOptions(((CSharpParseOptions)parseOptions).LanguageVersion >= LanguageVersion.CSharp8, facts.NotNullWhenAvailable, facts.RuntimeReferenced);
    }

    /// <summary>The two facts of a compilation the emitted code depends on, as values that cache.</summary>
    internal sealed record CompilationFacts(bool NotNullWhenAvailable, bool RuntimeReferenced)
    {
        public static CompilationFacts From(Compilation compilation)
        {
            var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
            return new CompilationFacts(
                notNullWhen != null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly),
                compilation.GetTypeByMetadataName("ErrorCodes.ErrorCodeCatalog") != null);
        }
    }
}
