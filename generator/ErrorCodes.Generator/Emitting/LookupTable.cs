using System.Collections.Generic;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emitting
{
    /// <summary>
    /// The slots the generated lookups search: a perfect-hash table (one multiplier for small catalogs, a
    /// displaced hash for large ones) or, when neither is found, the codes sorted for a binary search. Each slot
    /// names a real code and the index of its entry in the catalog, so no slot is ever empty and a lookup needs no
    /// null check.
    /// </summary>
    internal sealed class LookupTable
    {
        private LookupTable(int[] keys, int[] entries, uint multiplier, int bits, Displacement? displacement = null)
        {
            Keys = keys;
            Entries = entries;
            Multiplier = multiplier;
            Bits = bits;
            Displaced = displacement;
        }

        public int[] Keys { get; }

        /// <summary>For each slot, the index in the catalog's codes of the entry for <see cref="Keys"/> at that slot.</summary>
        public int[] Entries { get; }

        public bool IsHashed => Bits != 0;

        public uint Multiplier { get; }

        public int Bits { get; }

        /// <summary>For a displaced hash (see <see cref="DisplacedHash"/>), its first level; null for a single multiplier.</summary>
        public Displacement? Displaced { get; }

        public static LookupTable Create(EquatableArray<ErrorCodeSpec> codes)
        {
            var keys = new List<int>();
            var indexes = new List<int>();
            Collect(codes, keys, indexes);
            if (PerfectHash.TryFind(keys, out var multiplier, out var bits))
            {
                return Hashed(keys, indexes, multiplier, bits, null);
            }

            if (DisplacedHash.TryFind(keys, out var bucketMultiplier, out var bucketBits, out var displacedBits, out var multipliers))
            {
                return Hashed(keys, indexes, 0, displacedBits, new Displacement(bucketMultiplier, bucketBits, multipliers));
            }

            return Sorted(keys, indexes);
        }

        /// <summary>The codes sorted for a binary search. Internal so that tests can reach the fallback, which real catalogs practically never need.</summary>
        internal static LookupTable Sorted(EquatableArray<ErrorCodeSpec> codes)
        {
            var keys = new List<int>();
            var indexes = new List<int>();
            Collect(codes, keys, indexes);
            return Sorted(keys, indexes);
        }

        private static void Collect(EquatableArray<ErrorCodeSpec> codes, List<int> keys, List<int> indexes)
        {
            for (var i = 0; i < codes.Count; i++)
            {
                if (codes[i].IsFirstOfItsCode)
                {
                    keys.Add(codes[i].Code);
                    indexes.Add(i);
                }
            }
        }

        private static LookupTable Sorted(List<int> keys, List<int> indexes)
        {
            var order = new int[keys.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            System.Array.Sort(keys.ToArray(), order);
            var sortedKeys = new int[order.Length];
            var sortedEntries = new int[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                sortedKeys[i] = keys[order[i]];
                sortedEntries[i] = indexes[order[i]];
            }

            return new LookupTable(sortedKeys, sortedEntries, 0, 0);
        }

        private static LookupTable Hashed(List<int> keys, List<int> indexes, uint multiplier, int bits, Displacement? displacement)
        {
            var size = 1 << bits;
            var slotKeys = new int[size];
            var slotEntries = new int[size];
            var filled = new bool[size];
            for (var i = 0; i < keys.Count; i++)
            {
                var slot = SlotOf(keys[i], multiplier, bits, displacement);
                slotKeys[slot] = keys[i];
                slotEntries[slot] = indexes[i];
                filled[slot] = true;
            }

            // An empty slot gets a code that hashes elsewhere: no key that lands here can equal it, so the
            // key check alone rejects codes that are not in the catalog.
            for (var slot = 0; slot < size; slot++)
            {
                if (filled[slot])
                {
                    continue;
                }

                for (var i = 0; i < keys.Count; i++)
                {
                    if (SlotOf(keys[i], multiplier, bits, displacement) != slot)
                    {
                        slotKeys[slot] = keys[i];
                        slotEntries[slot] = indexes[i];
                        break;
                    }
                }
            }

            return new LookupTable(slotKeys, slotEntries, multiplier, bits, displacement);
        }

        private static int SlotOf(int key, uint multiplier, int bits, Displacement? displacement) =>
            displacement == null
                ? PerfectHash.Slot(key, multiplier, bits)
                : PerfectHash.Slot(key, displacement.Multipliers[DisplacedHash.Bucket(key, displacement.BucketMultiplier, displacement.BucketBits)], bits);
    }

    /// <summary>The first level of a displaced hash: the bucket multiplier, the bucket bits and each bucket's own slot multiplier.</summary>
    internal sealed class Displacement
    {
        public Displacement(uint bucketMultiplier, int bucketBits, uint[] multipliers)
        {
            BucketMultiplier = bucketMultiplier;
            BucketBits = bucketBits;
            Multipliers = multipliers;
        }

        public uint BucketMultiplier { get; }

        public int BucketBits { get; }

        public uint[] Multipliers { get; }
    }
}
