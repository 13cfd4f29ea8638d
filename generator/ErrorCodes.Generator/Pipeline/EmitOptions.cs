using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>What the consuming compilation supports, which shapes the emitted code.</summary>
    /// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> annotations.</param>
    /// <param name="NotNullWhenAvailable">The compilation can use <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c>.</param>
    /// <param name="RuntimeReferenced">The compilation references ErrorCodes.Runtime, which the emitted code needs.</param>
    /// <param name="Utf8Literals">C# 11 or later with <c>System.ReadOnlySpan&lt;T&gt;</c>: texts can be kept as <c>u8</c> data rather than string literals.</param>
    /// <param name="SpanDecoding"><c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> exists: texts kept as data decode without a copy of their bytes.</param>
    internal sealed record EmitOptions(bool NullableAnnotations, bool NotNullWhenAvailable, bool RuntimeReferenced, bool Utf8Literals = false, bool SpanDecoding = false)
    {
        // C# 11; the Roslyn the generator builds against (4.3.1, so that old SDKs load it) predates the enum member.
        private const LanguageVersion CSharp11 = (LanguageVersion)1100;

        public static EmitOptions From(ParseOptions parseOptions, CompilationFacts facts)
        {
            var version = ((CSharpParseOptions)parseOptions).LanguageVersion;
            return new EmitOptions(version >= LanguageVersion.CSharp8, facts.NotNullWhenAvailable, facts.RuntimeReferenced, version >= CSharp11 && facts.ReadOnlySpanAvailable, facts.SpanDecodingAvailable);
        }
    }

    /// <summary>The facts of a compilation the emitted code depends on, as values that cache.</summary>
    internal sealed record CompilationFacts(bool NotNullWhenAvailable, bool RuntimeReferenced, bool ReadOnlySpanAvailable, bool SpanDecodingAvailable)
    {
        public static CompilationFacts From(Compilation compilation)
        {
            return new CompilationFacts(
                IsAccessible(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
                compilation.GetTypeByMetadataName("ErrorCodes.ErrorCodeCatalog") != null,
                IsAccessible(compilation, "System.ReadOnlySpan`1"),
                HasSpanGetString(compilation));
        }

        // .NET Core 2.1 and later, netstandard2.1; not netstandard2.0 with the System.Memory package.
        private static bool HasSpanGetString(Compilation compilation)
        {
            var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            if (encoding == null)
            {
                return false;
            }

            foreach (var member in encoding.GetMembers("GetString"))
            {
                if (member is IMethodSymbol { DeclaredAccessibility: Accessibility.Public, Parameters.Length: 1 } method
                    && method.Parameters[0].Type is INamedTypeSymbol { MetadataName: "ReadOnlySpan`1" })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAccessible(Compilation compilation, string metadataName)
        {
            var type = compilation.GetTypeByMetadataName(metadataName);
            return type != null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        }
    }
}
