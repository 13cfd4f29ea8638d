using System.Collections.Generic;

namespace ErrorCodes.Generator.Emitting
{
    /// <summary>
    /// A perfect hash for catalogs too large for a single multiplier (hash and displace): a first multiply picks a
    /// bucket, whose displacement is XORed into a second multiply-shift to give the slot. A lookup costs two multiplies,
    /// two shifts, two loads and the key check, whatever the number of codes, where a binary search costs a branchy
    /// probe per halving.
    /// </summary>
    internal static class DisplacedHash
    {
        private const int Attempts = 16;

        /// <summary>Finds multipliers and displacements that give every key its own slot of a table of 2^<paramref name="bits"/>.</summary>
        public static bool TryFind(IReadOnlyList<int> keys, out uint bucketMultiplier, out int bucketBits, out uint slotMultiplier, out int bits, out int[] displacements)
        {
            bucketMultiplier = slotMultiplier = 0;
            bucketBits = bits = 0;
            displacements = new int[0];
            if (keys.Count == 0)
            {
                return false;
            }

            // A load of at most 0.8, and about four keys a bucket: small tables, and a displacement found in few tries.
            bits = 1;
            while ((1 << bits) * 4 < keys.Count * 5)
            {
                bits++;
            }

            bucketBits = bits > 2 ? bits - 2 : 1;
            // A fixed seed of its own: the same codes must always give the same table.
            var state = 0x6C8E9CF5u;
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                bucketMultiplier = PerfectHash.Next(ref state) | 1u;
                slotMultiplier = PerfectHash.Next(ref state) | 1u;
                if (TryDisplace(keys, bucketMultiplier, bucketBits, slotMultiplier, bits, out displacements))
                {
                    return true;
                }
            }

            return false;
        }

        public static int Bucket(int key, uint multiplier, int bucketBits) => PerfectHash.Slot(key, multiplier, bucketBits);

        public static int Slot(int key, uint slotMultiplier, int bits, int displacement) => PerfectHash.Slot(key, slotMultiplier, bits) ^ displacement;

        private static bool TryDisplace(IReadOnlyList<int> keys, uint bucketMultiplier, int bucketBits, uint slotMultiplier, int bits, out int[] displacements)
        {
            var size = 1 << bits;
            displacements = new int[1 << bucketBits];
            var buckets = new List<int>[1 << bucketBits];
            foreach (var key in keys)
            {
                var bucket = Bucket(key, bucketMultiplier, bucketBits);
                (buckets[bucket] ??= new List<int>()).Add(key);
            }

            // The fullest buckets first, while the table is still empty; ties in bucket order, so the result is stable.
            var order = new List<int>();
            for (var i = 0; i < buckets.Length; i++)
            {
                if (buckets[i] != null)
                {
                    order.Add(i);
                }
            }

            order.Sort((left, right) => buckets[right].Count != buckets[left].Count ? buckets[right].Count - buckets[left].Count : left - right);
            var taken = new bool[size];
            var slots = new int[keys.Count];
            foreach (var bucket in order)
            {
                var members = buckets[bucket];
                var placed = false;
                for (var displacement = 0; displacement < size && !placed; displacement++)
                {
                    placed = true;
                    for (var i = 0; i < members.Count; i++)
                    {
                        var slot = Slot(members[i], slotMultiplier, bits, displacement);
                        if (taken[slot] || Contains(slots, i, slot))
                        {
                            placed = false;
                            break;
                        }

                        slots[i] = slot;
                    }

                    if (placed)
                    {
                        displacements[bucket] = displacement;
                        for (var i = 0; i < members.Count; i++)
                        {
                            taken[slots[i]] = true;
                        }
                    }
                }

                if (!placed)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(int[] slots, int count, int slot)
        {
            for (var i = 0; i < count; i++)
            {
                if (slots[i] == slot)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
