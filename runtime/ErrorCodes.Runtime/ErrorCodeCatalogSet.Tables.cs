using System;
using System.Globalization;

namespace ErrorCodes
{
    // Making the tables the lookups read: a culture's entries, made as they are asked for, and the fields of the last
    // table, which the inlined lookups read.
    public sealed partial class ErrorCodeCatalogSet
    {
        // The entries of a culture other than the last one's: its kept table's, else the entries of the languages it
        // chooses, made once for every culture that chooses so. The first cultures asked (CulturesKept) each get a table
        // of their own, which the fast lookups read; a lookup in a culture past those chooses again, and allocates
        // nothing: a bounded cost, never entries made again. One table serves every culture when no catalog has a second
        // language, and no culture is looked at (chosen is null). Slot is the slot of the code asked.
        private ErrorCodeInfo[] Choose(Index index, CultureInfo? chosen, int slot)
        {
            var tables = index.Tables;
            foreach (var kept in tables)
            {
                if (chosen == null || ReferenceEquals(kept.Culture, chosen) || kept.Culture!.Name == chosen.Name)
                {
                    Remember(index, kept);
                    return kept.Entries;
                }
            }

            var entries = EntriesOf(index, chosen, slot);
            if (tables.Length < CulturesKept)
            {
                var table = new Table(chosen, entries);
                var more = new Table[tables.Length + 1];
                more[0] = table;
                Array.Copy(tables, 0, more, 1, tables.Length);
                index.Tables = more;
                Remember(index, table);
            }

            return entries;
        }

        // The entries for the languages a culture chooses, one array for every culture that chooses so: each code's entry
        // is made by its first catalog when it is first asked for (slot: the slot of the code asked now).
        private ErrorCodeInfo[] EntriesOf(Index index, CultureInfo? chosen, int slot)
        {
            var lists = index.LanguageLists;
            var choices = t_choices != null && t_choices.Length >= lists.Length ? t_choices : t_choices = new int[lists.Length];
            for (var i = 0; i < lists.Length; i++)
            {
                choices[i] = GeneratedCatalogSupport.ChooseLanguage(chosen, lists[i]);
            }

            var made = index.MadeEntries;
            foreach (var candidate in made)
            {
                if (SameChoices(candidate.Choices, choices))
                {
                    return candidate.All;
                }
            }

            // One entry is made now, the asked code's (else the first that has one), and fills every other slot until
            // that slot's own is asked for: a slot holds another code's entry, which the check of the code rejects.
            var all = new ErrorCodeInfo[index.Codes.Length];
            var filler = all[slot] = EntryOf(index, slot, chosen)!;
            for (var other = 0; filler == null && other < all.Length; other++)
            {
                filler = all[other] = EntryOf(index, other, chosen)!;
            }

            for (var other = 0; filler != null && other < all.Length; other++)
            {
                all[other] ??= filler;
            }

            var more = new Entries[made.Length + 1];
            Array.Copy(made, more, made.Length);
            var kept = new int[lists.Length];
            Array.Copy(choices, kept, kept.Length);
            more[made.Length] = new Entries(kept, all);
            index.MadeEntries = more;
            return all;
        }

        // The entry of a slot's code from the first catalog that defines it, in the language a culture chooses (null: the
        // culture of a set of one language, which catalogs of one language ignore); null for a slot no code has, or a
        // code whose catalog gives no entry.
        private ErrorCodeInfo? EntryOf(Index index, int slot, CultureInfo? chosen)
        {
            var definers = index.Definers[slot];
            return definers != null && _catalogs[definers[0]].TryGetInfo(index.Codes[slot], chosen ?? CultureInfo.InvariantCulture, out var info)
                ? info
                : null;
        }

        private static bool SameChoices(int[] kept, int[] choices)
        {
            for (var i = 0; i < kept.Length; i++)
            {
                if (kept[i] != choices[i])
                {
                    return false;
                }
            }

            return true;
        }

        // A set without a hash (no codes), or a table with no entry, leaves the fields empty: lookups take the slow path.
        // The placement's numbers are written before the entries that they place, and only once: each lookup that takes
        // the slow path remembers its table, and a field written again by every thread would be shared by them all.
        private void Remember(Index index, Table table)
        {
            if (!index.IsHashed || !table.IsFilled)
            {
                return;
            }

            if (_multiplier != index.Placement.Multiplier)
            {
                _maxProbe = index.Placement.MaxProbe;
                _shift = index.Placement.Shift;
                _multiplier = index.Placement.Multiplier;
            }

            if (table.Culture == null)
            {
                _oneLanguage ??= table.Entries;
            }
            else if (!ReferenceEquals(_last, table))
            {
                _last = table;
            }
        }
    }
}
