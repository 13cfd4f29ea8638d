using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>
    /// The HelpLinkFormat metadata gives every entry the address of its page in an error index: in both shapes a catalog
    /// takes (texts in code, and texts as UTF-8 data for the largest), for every consumer, and on the exception.
    /// </summary>
    public sealed class HelpLinkTests
    {
        private const string Format = "https://errors.example.org/{code}/{code}.html?from=errorcodes";

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3, true)]
        [InlineData(LanguageVersion.Latest, false)]
        public void EveryEntryOfEitherShapeLinksToItsPageAndItsExceptionCarriesTheLink(LanguageVersion version, bool netStandard)
        {
            var linked = new Dictionary<string, string> { ["HelpLinkFormat"] = Format };
            var seed = Fixtures.Seed() with { Metadata = linked };

            // Past the literal budget, so that its texts are UTF-8 data and its entries made by a loop (from C# 11).
            var large = TextStorageTests.Synthetic("/repo/spec/errorcode-large.md", 4_000, 700) with { Metadata = linked };
            var runner = new GeneratorRunner(new[] { seed, Fixtures.SeedNames(), large }, version, netStandard ? References.NetStandard20 : References.Net);

            var (result, output) = runner.Run();

            Assert.Empty(CompilationProblems.Of(output));
            var largeSource = result.GeneratedSources.Single(source => source.HintName == "LargeErrorCode.g.cs").SourceText.ToString();
            if (version >= LanguageVersion.CSharp11)
            {
                // UTF-8 literals came with C# 11: before it, every catalog keeps its texts in code.
                Assert.Contains("private static readonly int[] s_entryData =", largeSource, StringComparison.Ordinal);
                Assert.Contains("HelpLink = HelpLink(data[at]),", largeSource, StringComparison.Ordinal);
            }

            var seedSource = result.GeneratedSources.Single(source => source.HintName == "NetSocketErrorCode.g.cs").SourceText.ToString();
            Assert.Contains("HelpLink = HelpLink(2303210)", seedSource, StringComparison.Ordinal);
            Assert.Contains("/// <para>More: <see href=\"https://errors.example.org/2303210/2303210.html?from=errorcodes\">https://errors.example.org/2303210/2303210.html?from=errorcodes</see></para>", seedSource, StringComparison.Ordinal);

            var catalogs = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output));
            Assert.Equal(2, catalogs.Count);
            foreach (var info in catalogs.SelectMany(catalog => catalog.All))
            {
                Assert.Equal(Format.Replace("{code}", info.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), info.HelpLink);
            }

            Assert.True(catalogs.TryGetInfo(2303210, out var timedOut));
            Assert.Equal("https://errors.example.org/2303210/2303210.html?from=errorcodes", new ErrorCodeException(timedOut!).HelpLink);
            Assert.Equal(timedOut!.HelpLink, new ErrorCodeException(2303210, timedOut, "Timed out after 5 s.", null).HelpLink);
            Assert.Null(new ErrorCodeException(7, null).HelpLink);
        }

        [Fact]
        public void ACatalogWithoutTheMetadataHasNoLinksAndNoHelperForThem()
        {
            var (result, output) = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.SeedNames() }).Run();

            Assert.DoesNotContain("HelpLink", result.GeneratedSources.Single(source => source.HintName == "NetSocketErrorCode.g.cs").SourceText.ToString(), StringComparison.Ordinal);
            Assert.All(Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output))).All, info => Assert.Null(info.HelpLink));
        }

        [Fact]
        public void AHandWrittenEntryTakesItsLinkByName()
        {
            var info = new ErrorCodeInfo(code: 42, name: "Answer", message: "No question.", helpLink: "https://errors.example.org/42.html");

            Assert.Equal("https://errors.example.org/42.html", new ErrorCodeException(info).HelpLink);
        }
    }
}
