using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
#endif
using ErrorCodes.Hashing;

namespace ErrorCodes
{
    // The index behind the lookups: where each code is placed, and one culture's entries in those places.
    public sealed partial class ErrorCodeCatalogSet
    {
        // An index that is in range by construction: a 32-bit product shifted right by 32 - bits is below 2^bits, the
        // length of the arrays it indexes (bits is at least 1). Where the runtime has it, the bounds check (three
        // instructions of the inlined lookup) is left out.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref T At<T>(T[] array, uint index)
        {
#if NET
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), (nint)index);
#else
            return ref array[index];
#endif
        }

        // Where the codes go: one multiply-shift gives each code its slot of a table of 2^Bits (its own, by PerfectHash's
        // multiplier), or the slot where its walk starts (ProbedHash's): a code whose slot another took is in one of the
        // next MaxProbe slots, the table wrapping round.
        private readonly struct Placement
        {
            private Placement(uint multiplier, int bits, int maxProbe)
            {
                Multiplier = multiplier;
                Shift = 32 - bits;
                MaxProbe = maxProbe;
            }

            public uint Multiplier { get; }

            // The shift that brings a product into the table.
            public int Shift { get; }

            public int Bits => 32 - Shift;

            public int MaxProbe { get; }

            // False only for no codes.
            public static bool TryFind(List<int> codes, out Placement placement)
            {
                if (PerfectHash.TryFind(codes, out var multiplier, out var bits) || ProbedHash.TryFind(codes, out multiplier, out bits))
                {
                    placement = new Placement(multiplier, bits, 0);
                    return true;
                }

                placement = default;
                return false;
            }

            public Placement WithMaxProbe(int maxProbe) => new Placement(Multiplier, Bits, maxProbe);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public uint SlotOf(int code) => unchecked((uint)code * Multiplier) >> Shift;
        }

        // The entries of one culture (any culture's, when Culture is null), one a slot. Cultures that choose the same
        // language of every catalog (fr-FR, de-DE and ja-JP all choose each catalog's own) share one array of entries. A
        // slot no code has, or whose code's entry is not made yet, holds an entry of another code, so that the check of
        // the code fails there without a test for null: an entry holds its code, and the code's field lies beside the
        // fields a caller reads, so the check costs no load of a line of its own (a table of 8 bytes a slot, half what a
        // code beside each entry took). A table whose catalogs gave no entry at all has nothing to fill with (IsFilled
        // false) and is never read by the fast lookups.
        private sealed class Table
        {
            public readonly CultureInfo? Culture;
            public readonly ErrorCodeInfo[] Entries;

            public Table(CultureInfo? culture, ErrorCodeInfo[] entries)
            {
                Culture = culture;
                Entries = entries;
            }

            // Every slot is filled, or none is.
            public bool IsFilled => Entries[0] != null;
        }

        // One culture's entries: the language it chooses of each list of languages the catalogs have, and the entries
        // in those languages, made once for every culture that chooses so.
        private sealed class Entries
        {
            public Entries(int[] choices, ErrorCodeInfo[] all)
            {
                Choices = choices;
                All = all;
            }

            public int[] Choices { get; }

            public ErrorCodeInfo[] All { get; }
        }

        // The codes the catalogs define, their places and their definers. A set for which there is no hash, such as an
        // empty one, places its codes in a dictionary.
        private sealed class Index
        {
            private readonly Dictionary<int, int>? _fallback;

            private Index(int[] codes, ReadOnlyCollection<int> defined, int[][] definers, string[][] languageLists, Placement placement, Dictionary<int, int>? fallback)
            {
                Codes = codes;
                Defined = defined;
                Definers = definers;
                LanguageLists = languageLists;
                Placement = placement;
                _fallback = fallback;
            }

            public bool IsHashed => _fallback == null;

            public Placement Placement { get; }

            // The code of each slot; a slot no code has holds a code placed in another slot.
            public int[] Codes { get; }

            // The codes the catalogs define, in ascending order.
            public ReadOnlyCollection<int> Defined { get; }

            // For each slot of a code, the indexes of the catalogs that define it, in order; null for a slot no code has.
            public int[][] Definers { get; }

            // The lists of languages of the catalogs of two languages or more, each list once (usually one: zh-CN and en).
            // A catalog's entries in a culture are those of the language it chooses of its list.
            public string[][] LanguageLists { get; }

            public bool OneLanguage => LanguageLists.Length == 0;

            // The tables of the cultures kept so far, newest first, and the entries made so far, one for each way of
            // choosing; each replaced whole, so that threads that race each see a complete one.
            public Table[] Tables { get; set; } = new Table[0];

            public Entries[] MadeEntries { get; set; } = new Entries[0];

            public static Index Build(IErrorCodeCatalog[] catalogs)
            {
                var definers = new Dictionary<int, List<int>>();
                var order = new List<int>();
                var languageLists = new List<string[]>();
                for (var i = 0; i < catalogs.Length; i++)
                {
                    AddLanguages(catalogs[i].Languages, languageLists);
                    foreach (var code in CodesOf(catalogs[i]))
                    {
                        if (!definers.TryGetValue(code, out var list))
                        {
                            definers.Add(code, list = new List<int>());
                            order.Add(code);
                        }

                        // A code a catalog defines twice is one definer.
                        if (list.Count == 0 || list[list.Count - 1] != i)
                        {
                            list.Add(i);
                        }
                    }
                }

                var hashed = Placement.TryFind(order, out var placement);
                var maxProbe = 0;
                var bits = hashed ? placement.Bits : 0;
                var fallback = hashed ? null : new Dictionary<int, int>();
                while (!hashed && (1 << bits) < order.Count)
                {
                    bits++;
                }

                // Any code of the set serves as the filler of the slots no code has: it is placed in a slot of its own.
                var codes = new int[1 << bits];
                var filler = order.Count > 0 ? order[0] : 0;
                for (var slot = 0; slot < codes.Length; slot++)
                {
                    codes[slot] = filler;
                }

                // Without a hash, the codes take the slots in order. With one, a code whose slot is taken takes the next
                // free one.
                var slots = hashed ? ProbedHash.Place(order, placement.Multiplier, placement.Bits, out maxProbe) : null;
                var slotDefiners = new int[codes.Length][];
                for (var i = 0; i < order.Count; i++)
                {
                    var code = order[i];
                    var slot = slots != null ? slots[i] : i;
                    fallback?.Add(code, slot);
                    codes[slot] = code;
                    slotDefiners[slot] = definers[code].ToArray();
                }

                var defined = order.ToArray();
                Array.Sort(defined);
                return new Index(codes, ReadOnlyLists.Take(defined), slotDefiners, languageLists.ToArray(), placement.WithMaxProbe(maxProbe), fallback);
            }

            // A generated catalog's codes, given to its constructor, which makes no entry; else its entries' codes.
            private static IEnumerable<int> CodesOf(IErrorCodeCatalog catalog)
            {
                if (catalog is ErrorCodeCatalog { DefinedCodes: int[] codes })
                {
                    return codes;
                }

                return CodesOfEntries(catalog.All);
            }

            private static IEnumerable<int> CodesOfEntries(IReadOnlyList<ErrorCodeInfo> entries)
            {
                foreach (var info in entries)
                {
                    yield return info.Code;
                }
            }

            private static void AddLanguages(IReadOnlyList<string> languages, List<string[]> lists)
            {
                if (languages.Count <= 1)
                {
                    return;
                }

                foreach (var list in lists)
                {
                    if (list.Length == languages.Count && SameLanguages(list, languages))
                    {
                        return;
                    }
                }

                var copy = new string[languages.Count];
                for (var i = 0; i < copy.Length; i++)
                {
                    copy[i] = languages[i];
                }

                lists.Add(copy);
            }

            private static bool SameLanguages(string[] list, IReadOnlyList<string> languages)
            {
                for (var i = 0; i < list.Length; i++)
                {
                    if (!string.Equals(list[i], languages[i], System.StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int SlotOf(int code)
            {
                if (_fallback != null)
                {
                    return _fallback.TryGetValue(code, out var found) ? found : -1;
                }

                // A code's walk from its own slot crosses no free slot (it took the first one it met), so a free slot
                // ends the walk of a code no catalog defines.
                var slot = (int)Placement.SlotOf(code);
                for (var probe = 0; ; probe++)
                {
                    if (Definers[slot] == null || probe > Placement.MaxProbe)
                    {
                        return -1;
                    }

                    if (Codes[slot] == code)
                    {
                        return slot;
                    }

                    slot = (slot + 1) & (Codes.Length - 1);
                }
            }
        }
    }
}
