using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ErrorCodes.Hashing
{
    /// <summary>
    /// Where no single multiplier gives every code its own slot (<see cref="PerfectHash"/>): of the multipliers tried,
    /// the one that leaves the fewest codes out of their own slot of a table at most half full. A code whose slot is
    /// taken goes to the next free slot, so that a lookup of most codes is the same multiply, shift, load and check as a
    /// perfect hash's, inlined at the caller, and a lookup of the rest walks a few slots on.
    /// </summary>
    /// <remarks>
    /// The displaced hash also gives every code its own slot, but a lookup loads the bucket's multiplier before the
    /// slot: measured over the 1,598 codes of the OpenHarmony package, in tables of the benchmark's own after a check of
    /// a culture given, 1.8 ns against 1.4 ns for this table, in which one code in ten is past its own slot.
    /// </remarks>
    internal static class ProbedHash
    {
        // Up to 1,024 multipliers, fewer for a large set, so that the search reads at most about four million keys: at
        // 100,000 random codes, 1,024 attempts took 0.3 s of the first lookup. Past the first few dozen, more attempts
        // gain little (the package's 1,598 codes: 192 displaced after 16, 179 after 1,024).
        private const int MaxAttempts = 1024;
        private const int MinAttempts = 16;
        private const int KeysRead = 1 << 22;

        /// <summary>The multiplier and the table's size (2^<paramref name="bits"/>); false only for no keys.</summary>
        public static bool TryFind(IReadOnlyList<int> keys, out uint multiplier, out int bits) => TryFind(keys, MaxAttempts, out multiplier, out bits);

        /// <summary>As <see cref="TryFind(IReadOnlyList{int}, out uint, out int)"/>, trying at most <paramref name="maxAttempts"/> multipliers.</summary>
        [MethodImpl(PerfectHash.Optimized)]
        public static bool TryFind(IReadOnlyList<int> keys, int maxAttempts, out uint multiplier, out int bits)
        {
            multiplier = 0;
            bits = 1;
            if (keys.Count == 0)
            {
                return false;
            }

            while ((1 << bits) < keys.Count * 2)
            {
                bits++;
            }

            var array = PerfectHash.ToArray(keys);
            var taken = new int[1 << bits];
            var stamp = 0;
            var fewest = int.MaxValue;

            // A fixed seed: the same codes must always give the same table.
            var state = 0x5851F42Du;
            var attempts = Math.Min(maxAttempts, Math.Max(MinAttempts, Math.Min(MaxAttempts, KeysRead / array.Length)));
            for (var attempt = 0; attempt < attempts && fewest > 0; attempt++)
            {
                var candidate = attempt == 0 ? 0x9E3779B1u : DisplacedHash.Next(ref state) | 1u;
                stamp++;
                var displaced = 0;
                for (var i = 0; i < array.Length && displaced < fewest; i++)
                {
                    var slot = PerfectHash.Slot(array[i], candidate, bits);
                    if (taken[slot] == stamp)
                    {
                        displaced++;
                    }
                    else
                    {
                        taken[slot] = stamp;
                    }
                }

                if (displaced < fewest)
                {
                    fewest = displaced;
                    multiplier = candidate;
                }
            }

            return true;
        }

        /// <summary>
        /// Where each key goes in a table of 2^<paramref name="bits"/> slots: its own slot, else the next free one, the
        /// table wrapping round; <paramref name="maxProbe"/> is how far past its own slot the furthest key is.
        /// </summary>
        public static int[] Place(IReadOnlyList<int> keys, uint multiplier, int bits, out int maxProbe)
        {
            var taken = new bool[1 << bits];
            var slots = new int[keys.Count];
            maxProbe = 0;
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = PerfectHash.Slot(keys[i], multiplier, bits);
                for (var probe = 1; taken[slot]; probe++)
                {
                    slot = (slot + 1) & (taken.Length - 1);
                    maxProbe = Math.Max(maxProbe, probe);
                }

                taken[slot] = true;
                slots[i] = slot;
            }

            return slots;
        }
    }
}
