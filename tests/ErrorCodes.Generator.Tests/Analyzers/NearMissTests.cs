using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorCodes.Analyzers;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Analyzers
{
    /// <summary>
    /// The suggestion for a number that is no code, made by looking up the numbers one edit away (and searching a trie
    /// for more edits), must be the one comparing the number with every code gives: the rule of ECA0002, kept.
    /// </summary>
    public sealed class NearMissTests
    {
        private static readonly Lazy<CatalogIndex> s_index = new(() =>
        {
            var specs = Fixtures.CorpusNames().Where(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)).Select(name => Fixtures.Corpus(name)).ToList();
            var (_, output) = new GeneratorRunner(specs).Run();
            return CatalogIndex.Of(output)!;
        });

        [Fact]
        public void SuggestionsAreTheSameAsComparingWithEveryCodeOnManyRandomNumbers()
        {
            var index = s_index.Value;
            var codes = index.Catalogs.SelectMany(catalog => catalog.Codes).Distinct().ToArray();
            var random = new Random(20261204);
            var numbers = new List<int> { 0, 1, -1, 99, 1000, 999, int.MaxValue, int.MinValue, int.MinValue + 1, -2303210, 10, 100 };
            for (var i = 0; i < 3000; i++)
            {
                var code = codes[random.Next(codes.Length)];
                numbers.Add(random.Next(4) switch
                {
                    0 => code + random.Next(-20, 21),
                    1 => Edit(code, random),
                    2 => Edit(Edit(code, random), random),
                    _ => random.Next(),
                });
            }

            var compared = 0;
            foreach (var number in numbers.Distinct())
            {
                foreach (var only in index.Catalogs.Cast<Catalog?>().Prepend(null).Take(8))
                {
                    if (index.MembersOf(number, only).Count != 0)
                    {
                        continue;
                    }

                    var expected = ByScanning(number, only == null ? index.Catalogs : new[] { only });
                    var actual = index.Suggest(number, only);
                    Assert.True(Describe(expected) == Describe(actual), $"{number} in {only?.Enum.Name ?? "every catalog"}: scanning gives {Describe(expected)}, the index {Describe(actual)}");
                    compared++;
                }
            }

            Assert.True(compared > 10_000, compared.ToString(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void EveryNumberOneEditAwayIsMadeAndNoneThatIntCannotPrint()
        {
            var neighbours = new HashSet<int>();
            NearMiss.ForEachNeighbour(2303210, neighbours, (number, set) => set.Add(number));

            Assert.Contains(2303201, neighbours);   // swapped
            Assert.Contains(2303211, neighbours);   // changed
            Assert.Contains(230321, neighbours);    // dropped
            Assert.Contains(23032101, neighbours);  // added
            Assert.Contains(-2303210, neighbours);  // a sign added
            Assert.Contains(303210, neighbours);    // the first digit dropped
            Assert.All(neighbours, number => Assert.Equal(1, CatalogIndex.DigitDistance("2303210", number.ToString(CultureInfo.InvariantCulture))));

            var all = new HashSet<int>();
            NearMiss.ForEachNeighbour(int.MaxValue, all, (number, set) => set.Add(number));
            Assert.All(all, number => Assert.Equal(1, CatalogIndex.DigitDistance(int.MaxValue.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture))));
        }

        // What Suggest did before it had the index: every member of every catalog compared with the number.
        private static (Catalog Catalog, IFieldSymbol Member)? ByScanning(int code, IEnumerable<Catalog> catalogs)
        {
            if (code == 0)
            {
                return null;
            }

            var digits = code.ToString(CultureInfo.InvariantCulture);
            var longEnough = digits.TrimStart('-').Length >= 4;
            (Catalog Catalog, IFieldSymbol Member)? best = null;
            var bestDistance = int.MaxValue;
            var bestGap = long.MaxValue;
            foreach (var catalog in catalogs)
            {
                var among = code >= catalog.Min && code <= catalog.Max;
                foreach (var member in catalog.Members)
                {
                    var value = (int)member.ConstantValue!;
                    var distance = CatalogIndex.DigitDistance(digits, value.ToString(CultureInfo.InvariantCulture));
                    if (!among && !(longEnough && distance <= 1))
                    {
                        continue;
                    }

                    var gap = Math.Abs((long)value - code);
                    if (distance < bestDistance || (distance == bestDistance && gap < bestGap))
                    {
                        best = (catalog, member);
                        bestDistance = distance;
                        bestGap = gap;
                    }
                }
            }

            return best;
        }

        private static int Edit(int code, Random random)
        {
            var digits = code.ToString(CultureInfo.InvariantCulture).ToList();
            var at = random.Next(digits.Count);
            switch (random.Next(4))
            {
                case 0:
                    digits[at] = (char)('0' + random.Next(10));
                    break;
                case 1:
                    digits.Insert(at, (char)('0' + random.Next(10)));
                    break;
                case 2 when digits.Count > 1:
                    digits.RemoveAt(at);
                    break;
                default:
                    if (at + 1 < digits.Count)
                    {
                        (digits[at], digits[at + 1]) = (digits[at + 1], digits[at]);
                    }

                    break;
            }

            return int.TryParse(new string(digits.ToArray()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var edited) ? edited : code;
        }

        private static string Describe((Catalog Catalog, IFieldSymbol Member)? suggestion) =>
            suggestion is { } found ? found.Catalog.Enum.Name + "." + found.Member.Name : "none";
    }
}
