using System.Collections.Generic;

namespace ErrorCodes.Hashing
{
    // One source file, compiled into both the generator (the tables it emits for large catalogs) and the runtime, whose
    // index of ErrorCodeCatalogSet draws its multipliers from the same fixed sequence (Next) but places codes that no
    // single multiplier places by ProbedHash: a lookup inlined at the caller is then one multiply, not two.

    /// <summary>
    /// A perfect hash for catalogs too large for a single multiplier (hash and displace): a first multiply-shift picks
    /// a bucket, and the bucket's own multiplier, in a second multiply-shift, gives the slot. A lookup costs two
    /// multiplies, two shifts, two loads and the key check, whatever the number of codes, where a binary search costs a
    /// branchy probe per halving.
    /// </summary>
    /// <remarks>
    /// Each bucket searches for its own multiplier, so two codes of one bucket that collide under one multiplier are
    /// simply separated by the next: a shared second multiplier with a per-bucket offset could never separate them, and
    /// failed for about one large catalog in three hundred.
    /// </remarks>
    internal static class DisplacedHash
    {
        private const int Attempts = 8;
        private const int TriesPerBucket = 1 << 16;

        /// <summary>
        /// Finds a bucket multiplier and, per bucket, a slot multiplier that give every key its own slot of a table of
        /// 2^<paramref name="bits"/>; false only when every attempt failed.
        /// </summary>
        public static bool TryFind(IReadOnlyList<int> keys, out uint bucketMultiplier, out int bucketBits, out int bits, out uint[] multipliers)
        {
            bucketMultiplier = 0;
            multipliers = new uint[0];

            // A load of at most 0.8 and about three keys a bucket: a table a quarter larger than the codes, and a
            // multiplier found in a few tries even for the last buckets placed.
            bits = 1;
            while ((1 << bits) * 4 < keys.Count * 5)
            {
                bits++;
            }

            bucketBits = bits > 2 ? bits - 2 : 1;
            if (keys.Count == 0)
            {
                return false;
            }

            // A fixed seed of its own: the same codes must always give the same table.
            var state = 0x6C8E9CF5u;
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                bucketMultiplier = Next(ref state) | 1u;
                if (TryPlace(keys, bucketMultiplier, bucketBits, bits, ref state, out multipliers))
                {
                    return true;
                }
            }

            return false;
        }

        public static int Bucket(int key, uint bucketMultiplier, int bucketBits) => Slot(key, bucketMultiplier, bucketBits);

        /// <summary>A multiply-shift hash: the top <paramref name="bits"/> bits of the key times an odd multiplier.</summary>
        public static int Slot(int key, uint multiplier, int bits) => (int)(unchecked((uint)key * multiplier) >> (32 - bits));

        /// <summary>The next of a fixed xorshift sequence: tables must be the same for the same codes on every run.</summary>
        public static uint Next(ref uint state)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        }

        private static bool TryPlace(IReadOnlyList<int> keys, uint bucketMultiplier, int bucketBits, int bits, ref uint state, out uint[] multipliers)
        {
            multipliers = new uint[1 << bucketBits];
            var buckets = new List<int>[multipliers.Length];
            foreach (var key in keys)
            {
                var bucket = Bucket(key, bucketMultiplier, bucketBits);
                (buckets[bucket] ??= new List<int>()).Add(key);
            }

            // The fullest buckets first, while the table is still empty; ties in bucket order, so the result is stable.
            var order = new List<int>();
            for (var i = 0; i < buckets.Length; i++)
            {
                if (buckets[i] == null)
                {
                    // Any multiplier serves an empty bucket: the key check rejects whatever lands there.
                    multipliers[i] = 1u;
                }
                else
                {
                    order.Add(i);
                }
            }

            order.Sort((left, right) => buckets[right].Count != buckets[left].Count ? buckets[right].Count - buckets[left].Count : left - right);
            var taken = new bool[1 << bits];
            var slots = new int[keys.Count];
            foreach (var bucket in order)
            {
                var members = buckets[bucket];
                var placed = false;
                for (var tries = 0; tries < TriesPerBucket && !placed; tries++)
                {
                    var multiplier = Next(ref state) | 1u;
                    placed = TryPlaceBucket(members, multiplier, bits, taken, slots);
                    if (placed)
                    {
                        multipliers[bucket] = multiplier;
                    }
                }

                if (!placed)
                {
                    return false;
                }
            }

            return true;
        }

        // Every member in a free slot of its own; on success the slots are taken.
        private static bool TryPlaceBucket(List<int> members, uint multiplier, int bits, bool[] taken, int[] slots)
        {
            for (var i = 0; i < members.Count; i++)
            {
                var slot = Slot(members[i], multiplier, bits);
                if (taken[slot] || System.Array.IndexOf(slots, slot, 0, i) >= 0)
                {
                    return false;
                }

                slots[i] = slot;
            }

            for (var i = 0; i < members.Count; i++)
            {
                taken[slots[i]] = true;
            }

            return true;
        }
    }
}
