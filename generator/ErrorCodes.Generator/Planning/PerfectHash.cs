using System.Collections.Generic;

using ErrorCodes.Hashing;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>
    /// Finds a multiplier that sends every code to its own slot of a power-of-two table:
    /// <c>slot = (uint)code * Multiplier &gt;&gt; (32 - Bits)</c>. A lookup is then one multiply, one shift,
    /// one load and one key check, with no branch that depends on which code it is.
    /// </summary>
    internal static class PerfectHash
    {
        // Past a few hundred keys a single multiplier with a small table almost never exists (the birthday
        // bound), and the search would only cost time; those catalogs use a displaced hash instead.
        public const int MaxKeys = 256;
        private const int ExtraBits = 3;
        private const int AttemptsPerSize = 4096;

        public static bool TryFind(IReadOnlyList<int> keys, out uint multiplier, out int bits)
        {
            multiplier = 0;
            bits = 0;
            if (keys.Count == 0 || keys.Count > MaxKeys)
            {
                return false;
            }

            var minBits = 1;
            while ((1 << minBits) < keys.Count)
            {
                minBits++;
            }

            for (var size = minBits; size <= minBits + ExtraBits; size++)
            {
                var taken = new int[1 << size];
                var stamp = 0;

                // A fixed seed: the same codes must always give the same table.
                var state = 0x2545F491u;
                for (var attempt = 0; attempt < AttemptsPerSize; attempt++)
                {
                    var candidate = attempt == 0 ? 0x9E3779B1u : DisplacedHash.Next(ref state) | 1u;
                    stamp++;
                    if (IsPerfect(keys, candidate, size, taken, stamp))
                    {
                        multiplier = candidate;
                        bits = size;
                        return true;
                    }
                }
            }

            return false;
        }

        public static int Slot(int key, uint multiplier, int bits) => DisplacedHash.Slot(key, multiplier, bits);

        private static bool IsPerfect(IReadOnlyList<int> keys, uint multiplier, int bits, int[] taken, int stamp)
        {
            foreach (var key in keys)
            {
                var slot = Slot(key, multiplier, bits);
                if (taken[slot] == stamp)
                {
                    return false;
                }

                taken[slot] = stamp;
            }

            return true;
        }
    }
}
