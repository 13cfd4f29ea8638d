using System;
using System.Collections.Generic;
using ErrorCodes.Model;

using ErrorCodes.Hashing;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>How the generated lookups find a code's slot.</summary>
    internal enum LookupKind
    {
        /// <summary>A catalog without codes: every lookup misses.</summary>
        Empty,

        /// <summary>One multiplier gives every code its own slot (see <see cref="PerfectHash"/>).</summary>
        PerfectHash,

        /// <summary>A bucket multiplier, then the bucket's own multiplier, give the slot (see <see cref="DisplacedHash"/>).</summary>
        DisplacedHash,

        /// <summary>The codes in ascending order, searched by halving: the fallback should no hash be found.</summary>
        BinarySearch,
    }

    /// <summary>
    /// The slots the generated lookups search. Each slot names a real code and the index of its entry in the catalog,
    /// so no slot is ever empty and a lookup needs no null check: a slot with no code of its own holds one that hashes
    /// elsewhere, which the key check rejects.
    /// </summary>
    /// <param name="Kind">The search.</param>
    /// <param name="Keys">The code of each slot.</param>
    /// <param name="Entries">For each slot, the index in the catalog's entries of the code at that slot.</param>
    /// <param name="Bits">A hash's table has 2^Bits slots.</param>
    /// <param name="Multiplier">The perfect hash's multiplier.</param>
    /// <param name="BucketBits">A displaced hash has 2^BucketBits buckets.</param>
    /// <param name="BucketMultiplier">The displaced hash's multiplier that picks a bucket.</param>
    /// <param name="BucketMultipliers">The displaced hash's slot multiplier of each bucket.</param>
    internal sealed record LookupTable(
        LookupKind Kind,
        EquatableArray<int> Keys,
        EquatableArray<int> Entries,
        int Bits = 0,
        uint Multiplier = 0,
        int BucketBits = 0,
        uint BucketMultiplier = 0,
        EquatableArray<uint> BucketMultipliers = default)
    {
        // Past a few hundred codes the search rarely succeeds within a small table and would only cost build time; those
        // catalogs use a displaced hash instead.
        private const int PerfectHashMaxKeys = 256;

        /// <summary>The best table for the codes: a perfect hash when one multiplier exists, else a displaced hash, else a sorted table.</summary>
        public static LookupTable Create(IReadOnlyList<EnumMember> members)
        {
            if (members.Count == 0)
            {
                return new LookupTable(LookupKind.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty);
            }

            var keys = CodesOf(members);
            if (keys.Length <= PerfectHashMaxKeys && PerfectHash.TryFind(keys, out var multiplier, out var bits))
            {
                return Hashed(members, bits, key => PerfectHash.Slot(key, multiplier, bits)) with { Kind = LookupKind.PerfectHash, Multiplier = multiplier };
            }

            if (DisplacedHash.TryFind(keys, out var bucketMultiplier, out var bucketBits, out var displacedBits, out var multipliers))
            {
                return Hashed(members, displacedBits, key => PerfectHash.Slot(key, multipliers[DisplacedHash.Bucket(key, bucketMultiplier, bucketBits)], displacedBits)) with
                {
                    Kind = LookupKind.DisplacedHash,
                    BucketBits = bucketBits,
                    BucketMultiplier = bucketMultiplier,
                    BucketMultipliers = new EquatableArray<uint>(multipliers),
                };
            }

            return Sorted(members);
        }

        /// <summary>The codes sorted for a binary search: the fallback, which real catalogs practically never need.</summary>
        public static LookupTable Sorted(IReadOnlyList<EnumMember> members)
        {
            var order = new int[members.Count];
            var keys = CodesOf(members);
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(keys, order);
            var entries = new int[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                entries[i] = members[order[i]].Entry;
            }

            return new LookupTable(LookupKind.BinarySearch, new EquatableArray<int>(keys), new EquatableArray<int>(entries));
        }

        private static int[] CodesOf(IReadOnlyList<EnumMember> members)
        {
            var keys = new int[members.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = members[i].Code;
            }

            return keys;
        }

        private static LookupTable Hashed(IReadOnlyList<EnumMember> members, int bits, Func<int, int> slotOf)
        {
            var size = 1 << bits;
            var keys = new int[size];
            var entries = new int[size];
            var filled = new bool[size];
            foreach (var member in members)
            {
                var slot = slotOf(member.Code);
                keys[slot] = member.Code;
                entries[slot] = member.Entry;
                filled[slot] = true;
            }

            for (var slot = 0; slot < size; slot++)
            {
                if (filled[slot])
                {
                    continue;
                }

                foreach (var member in members)
                {
                    if (slotOf(member.Code) != slot)
                    {
                        keys[slot] = member.Code;
                        entries[slot] = member.Entry;
                        break;
                    }
                }
            }

            return new LookupTable(LookupKind.PerfectHash, new EquatableArray<int>(keys), new EquatableArray<int>(entries), bits);
        }
    }
}
