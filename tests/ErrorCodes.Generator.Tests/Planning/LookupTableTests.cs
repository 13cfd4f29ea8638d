using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Hashing;
using ErrorCodes.Generator.Tests.Emitting;
using Xunit;

namespace ErrorCodes.Generator.Tests.Planning
{
    /// <summary>The lookup table the planner chooses: every code in a slot of its own, every slot a real code, the same table every time.</summary>
    public sealed class LookupTableTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(19)]
        [InlineData(64)]
        public void SmallCatalogsGetAPerfectHash(int count)
        {
            var members = Members(LookupShapeTests.Codes(count, "sparse", new Random(count)));

            var table = LookupTable.Create(members);

            Assert.Equal(LookupKind.PerfectHash, table.Kind);
            AssertEveryCodeHasItsSlot(members, table, code => PerfectHash.Slot(code, table.Multiplier, table.Bits));
        }

        [Theory]
        [InlineData(257)]
        [InlineData(5000)]
        public void LargeCatalogsGetADisplacedHash(int count)
        {
            var members = Members(LookupShapeTests.Codes(count, "dense", new Random(count)));

            var table = LookupTable.Create(members);

            Assert.Equal(LookupKind.DisplacedHash, table.Kind);
            AssertEveryCodeHasItsSlot(members, table, code => PerfectHash.Slot(code, table.BucketMultipliers[DisplacedHash.Bucket(code, table.BucketMultiplier, table.BucketBits)], table.Bits));
        }

        // The runtime's cross-catalog index searches without the generator's cap: runs of codes, as documents number
        // them, get one multiplier at a thousand codes and more; random codes do not (the set tests rely on both).
        [Fact]
        public void OneMultiplierPlacesRunsOfCodesButNotRandomOnes()
        {
            var runs = Runtime.ErrorCodeCatalogSetTests.HandMadeCodes("runs");

            Assert.True(PerfectHash.TryFind(runs, out var multiplier, out var bits));
            Assert.Equal(runs.Length, runs.Select(code => PerfectHash.Slot(code, multiplier, bits)).Distinct().Count());
            Assert.True(1 << bits <= runs.Length * 16, $"2^{bits} slots for {runs.Length} codes");
            Assert.False(PerfectHash.TryFind(Runtime.ErrorCodeCatalogSetTests.HandMadeCodes("random"), out _, out _));
        }

        [Fact]
        public void TheSameCodesGiveTheSameTable()
        {
            var codes = LookupShapeTests.Codes(700, "sparse", new Random(7));

            Assert.Equal(LookupTable.Create(Members(codes)), LookupTable.Create(Members(codes)));
        }

        [Fact]
        public void TheSortedFallbackHoldsTheCodesInAscendingOrderWithTheirEntries()
        {
            var table = LookupTable.Sorted(Members(new List<int> { 30, -4, 12 }));

            Assert.Equal(LookupKind.BinarySearch, table.Kind);
            Assert.Equal(new[] { -4, 12, 30 }, table.Keys);
            Assert.Equal(new[] { 1, 2, 0 }, table.Entries);
        }

        [Fact]
        public void NoCodesGiveAnEmptyTable() => Assert.Equal(LookupKind.Empty, LookupTable.Create(new List<EnumMember>()).Kind);

        // A single shared second multiplier failed for about one large catalog in three hundred; a multiplier per
        // bucket must place every key of every catalog, each in a slot of its own.
        [Fact]
        public void DisplacedHashPlacesEveryKeyOfManyRandomCatalogs()
        {
            var random = new Random(2026);
            for (var catalog = 0; catalog < 300; catalog++)
            {
                var keys = LookupShapeTests.Codes(random.Next(257, 3000), catalog % 2 == 0 ? "sparse" : "dense", random);
                Assert.True(DisplacedHash.TryFind(keys, out var bucketMultiplier, out var bucketBits, out var bits, out var multipliers), $"catalog {catalog} of {keys.Count} codes got no displaced hash");
                var slots = keys.Select(key => PerfectHash.Slot(key, multipliers[DisplacedHash.Bucket(key, bucketMultiplier, bucketBits)], bits)).ToList();
                Assert.Equal(keys.Count, slots.Distinct().Count());
                Assert.True(keys.Count * 5 <= (1 << bits) * 4, $"{keys.Count} codes in a table of {1 << bits}: a load over 0.8");
            }
        }

        // The key check alone must reject a code that is not in the catalog: every slot holds a code, and a slot a code
        // does not own holds one that lands elsewhere.
        private static void AssertEveryCodeHasItsSlot(List<EnumMember> members, LookupTable table, Func<int, int> slotOf)
        {
            Assert.Equal(1 << table.Bits, table.Keys.Count);
            foreach (var member in members)
            {
                var slot = slotOf(member.Code);
                Assert.Equal(member.Code, table.Keys[slot]);
                Assert.Equal(member.Entry, table.Entries[slot]);
            }

            var owned = new HashSet<int>(members.Select(member => slotOf(member.Code)));
            for (var slot = 0; slot < table.Keys.Count; slot++)
            {
                Assert.True(owned.Contains(slot) || slotOf(table.Keys[slot]) != slot, $"slot {slot} holds a code that lands in it without owning it");
            }
        }

        private static List<EnumMember> Members(List<int> codes) => codes.Select((code, i) => new EnumMember("M" + i, code, i)).ToList();
    }
}
