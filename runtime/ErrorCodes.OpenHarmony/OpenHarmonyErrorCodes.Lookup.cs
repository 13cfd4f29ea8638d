using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
#endif
using System.Threading;
using ErrorCodes.Hashing;

namespace ErrorCodes.OpenHarmony
{
    // The entry point's own tables: the set's (Catalogs) answers, kept in static readonly fields. Tier-1 code reads such
    // fields of an initialized class as constants: the multiply takes the multiplier as an immediate and the table's
    // address is known, where a lookup through the set loads the set, its last culture's table, the table's entries, the
    // multiplier and the shift before the entry. Paired in one process against a FrozenDictionary of the same entries,
    // with a culture given: 1.4x its speed through the set, 2.1x through these (docs/performance.md).
    public static partial class OpenHarmonyErrorCodes
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ErrorCodeInfo? Find(int code, CultureInfo culture)
        {
            // The last cultures that chose each language: a culture is compared with both, not looked up, and each field
            // is right on its own (any culture ever written there chose that language), so threads need no lock. The
            // reads are volatile: the table's slots are read after the culture that says they are filled, which on ARM
            // another load could pass (the table's address does not depend on the culture); on x64 they are plain loads.
            ErrorCodeInfo[] entries;
            if (ReferenceEquals(culture, Volatile.Read(ref Tables.CultureOfFirst)))
            {
                entries = Tables.First;
            }
            else if (ReferenceEquals(culture, Volatile.Read(ref Tables.CultureOfSecond)))
            {
                entries = Tables.Second;
            }
            else
            {
                return FindSlowly(code, culture);
            }

            var entry = At(entries, OwnSlot(code));
            return entry.Code == code ? entry : FindPastOwnSlot(code, culture, entries);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint OwnSlot(int code) => unchecked((uint)code * Tables.Multiplier) >> Tables.Shift;

        // A code placed a few slots past its own (one code in eight of the package's), else the slow path.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ErrorCodeInfo? FindPastOwnSlot(int code, CultureInfo culture, ErrorCodeInfo[] entries)
        {
            var mask = (uint)entries.Length - 1;
            var slot = OwnSlot(code);
            for (var probe = Tables.MaxProbe; probe > 0; probe--)
            {
                slot = (slot + 1) & mask;
                var entry = At(entries, slot);
                if (entry.Code == code)
                {
                    return entry;
                }
            }

            return FindSlowly(code, culture);
        }

        // Another culture, a code not made yet in the culture's language, or one no catalog defines.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ErrorCodeInfo? FindSlowly(int code, CultureInfo culture) => Tables.Find(code, culture);

        // A slot in range by construction: a 32-bit product shifted right by 32 - bits is below 2^bits, the tables'
        // length. Where the runtime has it, the bounds check is left out.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ErrorCodeInfo At(ErrorCodeInfo[] entries, uint slot)
        {
#if NET
            return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entries), (nint)slot);
#else
            return entries[slot];
#endif
        }

        // Made on the first lookup, not with the class: the catalogs' codes are the set's index (about 10 ms), which a
        // program that only enumerates the catalogs never pays for.
        private static class Tables
        {
            // The catalogs' languages (zh-CN, then en): the entries of the language a culture chooses, one a slot, made
            // as they are asked for. A table stays empty (and its culture unset) until its first entry is made; then every
            // slot holds an entry, that code's own or the first one made, which the check of the code rejects elsewhere.
            internal static readonly ErrorCodeInfo[] First;
            internal static readonly ErrorCodeInfo[] Second;

            // Where each code goes: its own slot, (uint)code * Multiplier >> Shift, else one of the next MaxProbe slots.
            internal static readonly uint Multiplier;
            internal static readonly int Shift;
            internal static readonly int MaxProbe;

            // Never a culture until a table is filled: a lookup before then, null (the UI culture's) included, takes the slow path.
            internal static object CultureOfFirst = new object();
            internal static object CultureOfSecond = new object();

            private static readonly CatalogLanguages? s_languages;

            // The code of each slot; a slot no code has holds a code placed in another.
            private static readonly int[] s_codes;

            private static readonly object s_gate = new object();

            static Tables()
            {
                var codes = s_set.Codes;
                var languages = LanguagesOf(s_set);
                // ProbedHash alone: no single multiplier gives each of the package's codes its own slot in a table up to eight
                // times theirs (PerfectHash's search fails, at 3 ms of the first lookup), and a probed table where one does
                // is as fast. The set's index has searched already; this search tries 64 multipliers, not 1,024: 192 codes
                // meet another in their own slot against 179, and a NativeAOT app's first lookup is about 2.5 ms shorter.
                if (languages == null || !ProbedHash.TryFind(codes, 64, out var multiplier, out var bits))
                {
                    // Catalogs of other languages than two, or no codes: every lookup asks the set.
                    First = Second = new ErrorCodeInfo[1];
                    s_codes = new int[1];
                    Shift = 31;
                    return;
                }

                s_languages = new CatalogLanguages(languages);
                Multiplier = multiplier;
                Shift = 32 - bits;

                // A slot no code has holds the first code, which is in a slot of its own: no code's walk from its own slot
                // passes a free slot before its place, so SlotOf never stops at one.
                var slots = ProbedHash.Place(codes, multiplier, bits, out MaxProbe);
                s_codes = new int[1 << bits];
                for (var slot = 0; slot < s_codes.Length; slot++)
                {
                    s_codes[slot] = codes[0];
                }

                for (var i = 0; i < slots.Length; i++)
                {
                    s_codes[slots[i]] = codes[i];
                }

                First = new ErrorCodeInfo[s_codes.Length];
                Second = new ErrorCodeInfo[s_codes.Length];
            }

            // The entry in the table of the language the culture chooses, made by the set if it is not there yet; the
            // set's answer, not kept, for a code no catalog defines (an errno rule's or a link's).
            internal static ErrorCodeInfo? Find(int code, CultureInfo culture)
            {
                var slot = s_languages == null ? -1 : SlotOf(code);
                if (slot < 0)
                {
                    return s_set.TryGetInfo(code, culture, out var answer) ? answer : null;
                }

                // A program that serves cultures more than the two fields hold (en-US and en-GB, in turn) comes here at
                // each change, and finds the entry made already, without a lock.
                var first = s_languages!.IndexOf(culture) == 0;
                var entries = first ? First : Second;
                var entry = entries[slot];
                if (entry == null || entry.Code != code)
                {
                    if (!s_set.TryGetInfo(code, culture, out entry))
                    {
                        return null;
                    }

                    // Only an entry that holds the code is kept: one that holds another would be read as that code's.
                    if (entry.Code != code)
                    {
                        return entry;
                    }

                    Keep(entries, slot, entry);
                }

                // The culture is published after its table is filled: a lookup that sees it reads no empty slot.
                if (first && !ReferenceEquals(CultureOfFirst, culture))
                {
                    Volatile.Write(ref CultureOfFirst, culture);
                }
                else if (!first && !ReferenceEquals(CultureOfSecond, culture))
                {
                    Volatile.Write(ref CultureOfSecond, culture);
                }

                return entry;
            }

            // The first entry of a table fills every slot, so that a lookup needs no test for null. Slot 0 is filled last:
            // a table whose slot 0 holds an entry is full.
            private static void Keep(ErrorCodeInfo[] entries, int slot, ErrorCodeInfo entry)
            {
                if (Volatile.Read(ref entries[0]) == null)
                {
                    lock (s_gate)
                    {
                        if (entries[0] == null)
                        {
                            for (var i = entries.Length - 1; i > 0; i--)
                            {
                                entries[i] = entry;
                            }

                            Volatile.Write(ref entries[0], entry);
                        }
                    }
                }

                entries[slot] = entry;
            }

            private static int SlotOf(int code)
            {
                var slot = (int)OwnSlot(code);
                for (var probe = 0; probe <= MaxProbe; probe++)
                {
                    if (s_codes[slot] == code)
                    {
                        return slot;
                    }

                    slot = (slot + 1) & (s_codes.Length - 1);
                }

                return -1;
            }

            // The one list of languages of the catalogs of two, such as zh-CN and en; null where there are several lists
            // or none, which two tables cannot serve.
            private static string[]? LanguagesOf(IEnumerable<IErrorCodeCatalog> catalogs)
            {
                string[]? found = null;
                foreach (var catalog in catalogs)
                {
                    var languages = catalog.Languages;
                    if (languages.Count < 2)
                    {
                        continue;
                    }

                    if (languages.Count > 2 || (found != null && !(Same(found[0], languages[0]) && Same(found[1], languages[1]))))
                    {
                        return null;
                    }

                    found ??= new[] { languages[0], languages[1] };
                }

                return found;
            }

            private static bool Same(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        }
    }
}
