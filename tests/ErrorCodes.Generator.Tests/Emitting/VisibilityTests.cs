using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>Visibility="internal": a library that keeps its codes to itself.</summary>
    public sealed class VisibilityTests
    {
        public static IEnumerable<object[]> Consumers() => new[]
        {
            new object[] { LanguageVersion.Latest, false },
            new object[] { LanguageVersion.CSharp7_3, true },
        };

        [Theory]
        [MemberData(nameof(Consumers))]
        public void InternalMakesTheEnumTheClassAndItsExtensionsInternalAndCompilesClean(LanguageVersion version, bool netStandard)
        {
            var (result, output) = new GeneratorRunner(
                new[] { Internal(Fixtures.Seed()), Internal(Fixtures.Spec("errorcode-kernel.md")), Fixtures.SeedNames() },
                version,
                netStandard ? References.NetStandard20 : References.Net).Run();

            Assert.Empty(CompilationProblems.Of(output));
            var socket = output.GetTypeByMetadataName("Consumer.NetSocketErrorCodes")!;
            Assert.Equal(Accessibility.Internal, socket.DeclaredAccessibility);
            Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("Consumer.NetSocketErrorCode")!.DeclaredAccessibility);
            Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("Consumer.KernelErrorCodes")!.DeclaredAccessibility);

            // Nothing the assembly's users can see: no public type, so no public member or extension method either.
            Assert.DoesNotContain(output.Assembly.GlobalNamespace.GetNamespaceMembers().SelectMany(Types), type => type.DeclaredAccessibility == Accessibility.Public);
            Assert.Contains(result.GeneratedSources, source => source.SourceText.ToString().Contains("internal static partial class NetSocketErrorCodes", System.StringComparison.Ordinal));
        }

        [Fact]
        public void FromAssemblyFindsInternalCatalogs()
        {
            var (_, output) = new GeneratorRunner(new[] { Internal(Fixtures.Seed()) }).Run();

            var catalog = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();

            Assert.Equal("NetSocket", catalog.Name);
            Assert.True(catalog.TryGetInfo(2301001, out var info));
            Assert.Equal("OperationNotPermitted", info.Name);
        }

        [Theory]
        [InlineData("Public", true)]
        [InlineData(" internal ", false)]
        [InlineData("", true)]
        public void PublicIsTheDefaultAndCaseAndSpacesDoNotMatter(string visibility, bool isPublic)
        {
            var (_, output) = new GeneratorRunner(new[] { Fixtures.Seed() with { Metadata = new Dictionary<string, string> { ["Visibility"] = visibility } } }).Run();

            Assert.Equal(isPublic ? Accessibility.Public : Accessibility.Internal, output.GetTypeByMetadataName("Consumer.NetSocketErrorCodes")!.DeclaredAccessibility);
        }

        [Fact]
        public void AnotherVisibilityIsReportedAndNothingIsGenerated()
        {
            var (result, output) = new GeneratorRunner(new[] { Fixtures.Seed() with { Metadata = new Dictionary<string, string> { ["Visibility"] = "protected" } } }).Run();

            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ECG0007");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Contains("The Visibility metadata 'protected' is not a valid C# visibility for generated types (public or internal)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            Assert.Null(output.GetTypeByMetadataName("Consumer.NetSocketErrorCodes"));
        }

        private static TestSpec Internal(TestSpec spec) => spec with { Metadata = new Dictionary<string, string>(spec.Metadata ?? new Dictionary<string, string>()) { ["Visibility"] = "internal" } };

        private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
            ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));
    }
}
