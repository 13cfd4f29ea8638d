using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>
    /// The facts of a compilation the emitted code depends on, read the cheap way (member names, the runtime's own
    /// assembly) and checked here against the exact question on the frameworks either side of each change.
    /// </summary>
    public sealed class CompilationFactsTests
    {
        public static TheoryData<string, bool> Frameworks => new()
        {
            { "netstandard2.0", false },
            { "netstandard2.1", true },
            { "netcoreapp3.0", true },
            { "net10.0", true },
        };

        [Theory]
        [MemberData(nameof(Frameworks))]
        public void SpanDecodingIsWhereEncodingHasTheOverload(string framework, bool expected)
        {
            var compilation = Compilation(framework, withRuntime: true);

            var facts = CompilationFacts.From(compilation);

            Assert.Equal(expected, facts.SpanDecodingAvailable);
            Assert.Equal(HasGetStringOfReadOnlySpan(compilation), facts.SpanDecodingAvailable);
            Assert.True(facts.RuntimeReferenced);
        }

        [Fact]
        public void TheRuntimeIsFoundOnlyWhenReferenced()
        {
            Assert.False(CompilationFacts.From(Compilation("net10.0", withRuntime: false)).RuntimeReferenced);
            Assert.True(CompilationFacts.From(Compilation("net10.0", withRuntime: true)).RuntimeReferenced);
        }

        [Fact]
        public void TheRuntimeCompiledFromSourceCountsToo()
        {
            var compilation = CSharpCompilation.Create(
                "ErrorCodes.Runtime",
                new[] { CSharpSyntaxTree.ParseText("namespace ErrorCodes { public abstract class ErrorCodeCatalog { } }", cancellationToken: TestContext.Current.CancellationToken) },
                InFolder(Paths.NetStandardReferences));

            Assert.True(CompilationFacts.From(compilation).RuntimeReferenced);
        }

        private static CSharpCompilation Compilation(string framework, bool withRuntime)
        {
            var references = framework == "net10.0"
                ? Infrastructure.References.Net.Where(reference => withRuntime || !reference.Display!.EndsWith("ErrorCodes.Runtime.dll", System.StringComparison.Ordinal)).ToList()
                : InFolder(framework switch
                {
                    "netstandard2.0" => Paths.NetStandardReferences,
                    "netstandard2.1" => Paths.NetStandard21References,
                    _ => Paths.NetCoreApp30References,
                });
            if (withRuntime && framework != "net10.0")
            {
                references.Add(MetadataReference.CreateFromFile(Paths.NetStandardRuntime));
            }

            return CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }") }, references);
        }

        private static List<MetadataReference> InFolder(string folder) =>
            Directory.GetFiles(folder, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();

        // The exact question the emitted code asks the compiler: does Encoding.GetString(ReadOnlySpan<byte>) exist.
        private static bool HasGetStringOfReadOnlySpan(Compilation compilation) =>
            compilation.GetTypeByMetadataName("System.Text.Encoding")!.GetMembers("GetString").OfType<IMethodSymbol>().Any(method =>
                method.DeclaredAccessibility == Accessibility.Public
                && method.Parameters.Length == 1
                && method.Parameters[0].Type is INamedTypeSymbol { MetadataName: "ReadOnlySpan`1" });
    }
}
