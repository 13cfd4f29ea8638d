using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ErrorCodes.Hashing
{
    // One source file, compiled into both the generator (the tables it emits for small catalogs) and the runtime (the
    // index of ErrorCodeCatalogSet), as DisplacedHash is.

    /// <summary>
    /// Finds a multiplier that sends every code to its own slot of a power-of-two table:
    /// <c>slot = (uint)code * Multiplier &gt;&gt; (32 - Bits)</c>. A lookup is then one multiply, one shift,
    /// one load and one key check, with no branch that depends on which code it is.
    /// </summary>
    /// <remarks>
    /// For random keys such a multiplier rarely exists past a hundred keys (the birthday bound). Error codes are not
    /// random: runs of consecutive codes under a few module prefixes, which a multiply-shift spreads evenly, so that
    /// one is often found for a few thousand codes. A search that fails costs little: most multipliers meet a collision
    /// within the first few dozen keys.
    /// </remarks>
    internal static class PerfectHash
    {
        // A table at most eight times the smallest that holds the keys: 16 to 128 bytes of entries a code in the runtime.
        private const int ExtraBits = 3;
        private const int AttemptsPerSize = 4096;

        // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name: the searches are compiled
        // optimized at once. In first-tier code, and reading the keys through IReadOnlyList, the set's search over the
        // OpenHarmony package's 1,598 codes (which fails at every size) took 15 to 35 ms of the first lookup's 120 ms;
        // now 3 ms.
        internal const MethodImplOptions Optimized = (MethodImplOptions)512;

        [MethodImpl(Optimized)]
        public static bool TryFind(IReadOnlyList<int> keys, out uint multiplier, out int bits)
        {
            multiplier = 0;
            bits = 0;
            if (keys.Count == 0)
            {
                return false;
            }

            var minBits = 1;
            while ((1 << minBits) < keys.Count)
            {
                minBits++;
            }

            // An array: the search reads every key of every attempt, and a list's indexer is an interface call each.
            var array = ToArray(keys);
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
                    if (IsPerfect(array, candidate, size, taken, stamp))
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

        internal static int[] ToArray(IReadOnlyList<int> keys)
        {
            if (keys is int[] array)
            {
                return array;
            }

            array = new int[keys.Count];
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = keys[i];
            }

            return array;
        }

        [MethodImpl(Optimized)]
        private static bool IsPerfect(int[] keys, uint multiplier, int bits, int[] taken, int stamp)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var slot = Slot(keys[i], multiplier, bits);
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
