using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Planning;
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
            var lookup = PipelineSteps.EmitModel(result).Lookup;
            if (count <= 64)
            {
                Assert.Equal(LookupKind.PerfectHash, lookup.Kind);
            }

            if (count > 256)
            {
                Assert.Equal(LookupKind.DisplacedHash, lookup.Kind);
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
            var hashed = PipelineSteps.EmitModel(runner.Run().Result);
            Assert.NotEqual(LookupKind.BinarySearch, hashed.Lookup.Kind);
            var source = CatalogEmitter.Emit(hashed with { Lookup = LookupTable.Sorted(hashed.Members) });
            Assert.Contains("while (low <= high)", source, StringComparison.Ordinal);

            var compilation = runner.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
            AssertFindsExactly(Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(compilation))), codes, random);
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

        internal static List<int> Codes(int count, string layout, Random random)
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
