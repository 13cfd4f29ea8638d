using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>
    /// The emitted lookups are a perfect hash with one multiplier, a displaced perfect hash (a multiplier per bucket)
    /// for larger catalogs, or a binary search when neither is found, chosen by the codes. Each must find every code and reject every other
    /// value: random catalogs are generated, compiled, loaded and probed.
    /// </summary>
    public sealed class LookupShapeTests
    {
        public static IEnumerable<TheoryDataRow<int, string, int>> Catalogs()
        {
            foreach (var count in new[] { 1, 2, 3, 19, 64, 200, 257, 1000 })
            {
                foreach (var layout in new[] { "dense", "sparse", "extremes" })
                {
                    yield return new TheoryDataRow<int, string, int>(count, layout, 12345 + count);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Catalogs))]
        public void FindsEveryCodeAndRejectsEveryOtherValue(int count, string layout, int seed)
        {
            var random = new Random(seed);
            var codes = Codes(count, layout, random);
            var spec = new TestSpec("/repo/spec/errorcode-random.md", Markdown(codes));
            var (result, output) = new GeneratorRunner(new[] { spec }).Run();
            var source = result.GeneratedSources.Single().SourceText.ToString();
            var hashed = source.Contains("perfect hash", StringComparison.Ordinal);
            if (count <= 64)
            {
                Assert.True(hashed, "a small catalog should get a perfect hash");
            }

            if (count > 256)
            {
                Assert.True(source.Contains("displaced perfect hash", StringComparison.Ordinal), "a large catalog should get a displaced perfect hash");
            }

            AssertFindsExactly(Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output))), codes, random);
        }

        // The sorted table is the fallback when no perfect hash is found, which real codes practically never cause:
        // emitted here on purpose, for codes that would get a hash.
        [Theory]
        [InlineData(1, "dense")]
        [InlineData(19, "sparse")]
        [InlineData(300, "extremes")]
        public void BinarySearchFallbackFindsEveryCodeAndRejectsEveryOtherValue(int count, string layout)
        {
            var random = new Random(count);
            var codes = Codes(count, layout, random);
            var runner = new GeneratorRunner(new[] { new TestSpec("/repo/spec/errorcode-random.md", Markdown(codes)) });
            var built = CatalogBuilder.Build(runner.AdditionalTexts.Single(), new SpecOptions(null, null, null, GeneratorRunner.ProjectDirectory, "Consumer"), TestContext.Current.CancellationToken);
            var source = CatalogEmitter.Emit(built.Catalog!, new EmitOptions(true, true, true), null, LookupTable.Sorted(built.Catalog!.Codes));
            Assert.Contains("while (low <= high)", source, StringComparison.Ordinal);
            Assert.DoesNotContain("perfect hash", source, StringComparison.Ordinal);

            var compilation = runner.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
            AssertFindsExactly(Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(compilation))), codes, random);
        }

        // A single shared second multiplier failed for about one large catalog in three hundred; a multiplier per
        // bucket must place every key of every catalog, each in a slot of its own.
        [Fact]
        public void DisplacedHashPlacesEveryKeyOfManyRandomCatalogs()
        {
            var random = new Random(2026);
            for (var catalog = 0; catalog < 300; catalog++)
            {
                var keys = Codes(random.Next(257, 3000), catalog % 2 == 0 ? "sparse" : "dense", random);
                Assert.True(DisplacedHash.TryFind(keys, out var bucketMultiplier, out var bucketBits, out var bits, out var multipliers), $"catalog {catalog} of {keys.Count} codes got no displaced hash");
                var slots = keys.Select(key => PerfectHash.Slot(key, multipliers[DisplacedHash.Bucket(key, bucketMultiplier, bucketBits)], bits)).ToList();
                Assert.Equal(keys.Count, slots.Distinct().Count());
                Assert.True(keys.Count * 5 <= (1 << bits) * 4, $"{keys.Count} codes in a table of {1 << bits}: a load over 0.8");
            }
        }

        private static void AssertFindsExactly(IErrorCodeCatalog catalog, List<int> codes, Random random)
        {
            for (var i = 0; i < codes.Count; i++)
            {
                Assert.True(catalog.TryGetInfo(codes[i], out var info), $"code {codes[i]} not found");
                Assert.Equal(codes[i], info.Code);
                Assert.Equal(MessageOf(i), info.Message);
            }

            var known = new HashSet<int>(codes);
            var probes = codes.SelectMany(c => new[] { c - 1, c + 1, ~c, c ^ int.MinValue })
                .Concat(Enumerable.Range(0, 2000).Select(_ => random.Next(int.MinValue, int.MaxValue)))
                .Concat(new[] { 0, -1, int.MinValue, int.MaxValue });
            foreach (var probe in probes.Where(p => !known.Contains(p)))
            {
                Assert.False(catalog.TryGetInfo(probe, out _), $"{probe} is not a code but was found");
            }
        }

        private static List<int> Codes(int count, string layout, Random random)
        {
            var codes = new HashSet<int>();
            if (layout == "extremes")
            {
                codes.UnionWith(new[] { int.MinValue, int.MaxValue, 0, -1 }.Take(count));
            }

            while (codes.Count < count)
            {
                codes.Add(layout switch
                {
                    "dense" => 2300000 + random.Next(count * 2),
                    "sparse" => random.Next(-1_000_000, 100_000_000),
                    _ => random.Next(int.MinValue, int.MaxValue),
                });
            }

            return codes.OrderBy(_ => random.Next()).ToList();
        }

        private static string Markdown(List<int> codes)
        {
            var builder = new StringBuilder("# Random\n");
            for (var i = 0; i < codes.Count; i++)
            {
                builder.Append("\n## ").Append(codes[i]).Append(" T\n\n**错误信息**\n\n").Append(MessageOf(i)).Append('\n');
            }

            return builder.ToString();
        }

        private static string MessageOf(int index) => "Message " + index + ".";
    }
}
