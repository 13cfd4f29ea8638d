using System.Linq;
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

        public static EmitOptions From(Compilation compilation)
        {
            // The project's parse options are its trees'. A project without a single C# file gets the C# 7.3 shape,
            // which compiles under every version. (Combining ParseOptionsProvider instead would be a step of another
            // shape, code the JIT compiles in every fresh compiler.)
            var version = compilation.SyntaxTrees.FirstOrDefault()?.Options is CSharpParseOptions parseOptions ? parseOptions.LanguageVersion : LanguageVersion.CSharp7_3;
            var facts = CompilationFacts.From(compilation);
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
                ReferencesRuntime(compilation),
                IsAccessible(compilation, "System.ReadOnlySpan`1"),
                HasSpanGetString(compilation));
        }

        // Only the runtime's own assembly is searched: a look-up across every reference, as Compilation.GetTypeByMetadataName
        // makes, cost 10 ms of a fresh compiler's first run for a type outside the core library.
        private static bool ReferencesRuntime(Compilation compilation)
        {
            const string Catalog = "ErrorCodes.ErrorCodeCatalog";
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name == "ErrorCodes.Runtime" && assembly.GetTypeByMetadataName(Catalog) != null)
                {
                    return true;
                }
            }

            return compilation.Assembly.GetTypeByMetadataName(Catalog) != null;
        }

        // .NET Core 2.1 and later, netstandard2.1; not netstandard2.0 with the System.Memory package. The overload came
        // with Encoding.Preamble, in the same releases, and a type's member names are read without its members: asking for
        // the overloads of GetString loads every member of Encoding, 25 ms of a fresh compiler's first run.
        private static bool HasSpanGetString(Compilation compilation) =>
            compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding && encoding.MemberNames.Contains("Preamble");

        private static bool IsAccessible(Compilation compilation, string metadataName)
        {
            var type = compilation.GetTypeByMetadataName(metadataName);
            return type != null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        }
    }
}
