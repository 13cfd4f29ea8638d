using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ErrorCodes
{
    /// <summary>
    /// Several catalogs looked up as one, such as every catalog of an assembly (<see cref="FromAssembly"/>): a program
    /// that decodes the codes of many modules asks once.
    /// </summary>
    /// <remarks>
    /// The codes the catalogs define are indexed on the first lookup, by one multiplier where one gives every code its
    /// own slot of a small table (error codes come in runs, which a multiply spreads evenly), else by the multiplier
    /// that leaves the fewest codes out of their own slot of a table twice their number, the others a few slots on. For
    /// each culture a lookup has asked in, the index holds the entries asked for so far in that culture's language: a
    /// generated catalog gives its codes without making its entries, so that a program that looks up a few codes makes
    /// (and compiles) only their catalogs' entries. A lookup is then a multiply, a load and the code's check, with no
    /// allocation. A code no catalog defines is asked in turn of the catalogs that may answer for it (their errno rules
    /// and links; a generated catalog says which codes those are). The answers are the catalogs': the first catalog
    /// that defines a code wins, then the first that answers for it.
    /// </remarks>
    public sealed partial class ErrorCodeCatalogSet : IReadOnlyList<IErrorCodeCatalog>
    {
        // The cultures a set keeps a table for: enough for a program that serves a few languages.
        private const int CulturesKept = 8;

        // Where a lookup in a culture past those kept works out the languages it chooses, without allocating.
        [ThreadStatic]
        private static int[]? t_choices;

        private static readonly ErrorCodeInfo[] s_none = new ErrorCodeInfo[0];

        private static readonly IErrorCodeCatalog[] s_noCatalogs = new IErrorCodeCatalog[0];

        private readonly IErrorCodeCatalog[] _catalogs;
        private Index? _index;

        // Where no catalog has a second language, the entries every lookup reads, whatever the culture, and beside them
        // the multiplier and shift that place them: a lookup reads these three fields at once, then the entry, and never
        // the UI culture (the same in a table object would cost it one load more before the multiply can start). Each is
        // written once, before the entries. A lookup on another thread that sees the entries before either number reads
        // slot 0 or 1 (0 times the code, or any product shifted by 31), in range of every table (two slots or more), and
        // an entry there that holds the code is that code's.
        private ErrorCodeInfo[]? _oneLanguage;
        private uint _multiplier;
        private int _shift = 31;

        // How many slots past its own a code may be (ProbedHash's placement); 0 where each code has its own. Read only
        // after a miss in its own slot; a lookup that sees 0 before the number is written takes the slow path.
        private int _maxProbe;

        // Otherwise the table the last lookup read: the table of the culture it asked in, placed as above. What a lookup
        // in the same culture reads.
        private Table? _last;

        /// <summary>The catalogs, in the order their answers win.</summary>
        public ErrorCodeCatalogSet(IEnumerable<IErrorCodeCatalog> catalogs)
        {
            if (catalogs == null)
            {
                throw new ArgumentNullException(nameof(catalogs));
            }

            var list = new List<IErrorCodeCatalog>();
            foreach (var catalog in catalogs)
            {
                list.Add(catalog ?? throw new ArgumentException("A catalog is null.", nameof(catalogs)));
            }

            _catalogs = list.ToArray();
        }

        /// <summary>Every catalog generated into <paramref name="assembly"/>, ordered by name, as one set.</summary>
        /// <remarks>
        /// Reads the assembly's <see cref="ErrorCodeCatalogAttribute"/>s; it does not scan the assembly's types. Every call
        /// for an assembly returns the same set, which <see cref="ErrorCodeCatalogs.FromAssembly"/> returns too.
        /// </remarks>
        public static ErrorCodeCatalogSet FromAssembly(Assembly assembly) => ErrorCodeCatalogs.SetOf(assembly);

        /// <inheritdoc/>
        public int Count => _catalogs.Length;

        /// <inheritdoc/>
        public IErrorCodeCatalog this[int index] => _catalogs[index];

        /// <summary>
        /// The codes the catalogs define themselves, each once, in ascending order: what <see cref="IsDefined"/> is true
        /// for. It makes no entry.
        /// </summary>
        public IReadOnlyList<int> Codes => GetIndex().Defined;

        /// <summary>Whether a catalog of the set defines <paramref name="code"/> itself.</summary>
        public bool IsDefined(int code) => GetIndex().SlotOf(code) >= 0;

        /// <summary>
        /// Finds <paramref name="code"/> in the first catalog that defines it, else in the first that answers for it
        /// through an errno rule or a link, in the language of the current UI culture where a catalog has it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            // The entry is returned, not written through the out parameter, all the way: an out parameter passed on to
            // the slow path would live in memory, and each lookup would store it and load it back.
            info = Find(code);
            return info != null;
        }

        /// <summary>As <see cref="TryGetInfo(int, out ErrorCodeInfo)"/>, in the language of <paramref name="culture"/> (null: the current UI culture) where a catalog has it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetInfo(int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            info = Find(code, culture);
            return info != null;
        }

        // Inlined into the caller's loop, so kept to the set's one table: one multiply, one shift, the entry's load and
        // its check. Nothing else is inlined: a second path here, such as the last culture's table with its read of the UI
        // culture (a call, which on Linux the JIT does not hoist out of a loop that calls the slow path), keeps the set
        // alive across that call, and in a caller's loop that costs a register, a store of the set every lookup and a
        // longer loop (paired runs of the corpus: 1.7x to 2.4x FrozenDictionary's speed from one process to the next,
        // against 2.1x to 2.7x without it). Catalogs of two languages take the call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ErrorCodeInfo? Find(int code)
        {
            var entries = _oneLanguage;
            return entries != null ? FindIn(entries, code, null) : FindInLastTable(code, null);
        }

        // With a culture given, the last culture's table is inlined too: its check is a comparison of references, with no
        // call. A null culture, the UI culture's, takes the call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ErrorCodeInfo? Find(int code, CultureInfo? culture)
        {
            var entries = _oneLanguage;
            if (entries == null)
            {
                var last = _last;
                if (last == null || !ReferenceEquals(last.Culture, culture))
                {
                    return FindInLastTable(code, culture);
                }

                entries = last.Entries;
            }

            return FindIn(entries, code, culture);
        }

        // The last table, if it is the culture's: the table of a set whose catalogs have two languages.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private ErrorCodeInfo? FindInLastTable(int code, CultureInfo? culture)
        {
            var table = _last;
            return table != null && ReferenceEquals(table.Culture, culture ?? CultureInfo.CurrentUICulture)
                ? FindIn(table.Entries, code, culture)
                : FindSlowly(code, culture);
        }

        // The entry in the code's own slot of a table, else past it.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ErrorCodeInfo? FindIn(ErrorCodeInfo[] entries, int code, CultureInfo? culture)
        {
            var entry = At(entries, OwnSlot(code));
            return entry.Code == code ? entry : FindPastOwnSlot(code, culture, entries);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private uint OwnSlot(int code) => unchecked((uint)code * _multiplier) >> _shift;

        // A code placed past its own slot, which one code in ten of a large set may be (ProbedHash), else the slow path.
        // An entry found there that holds the code is the code's in the table's culture, even where it fills the slot
        // of a code whose entry is not made yet.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private ErrorCodeInfo? FindPastOwnSlot(int code, CultureInfo? culture, ErrorCodeInfo[] entries)
        {
            var mask = (uint)entries.Length - 1;
            var slot = OwnSlot(code);
            for (var probe = _maxProbe; probe > 0; probe--)
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

        // Another culture's table, a code no catalog defines, or the first lookup.
        private ErrorCodeInfo? FindSlowly(int code, CultureInfo? culture)
        {
            var index = GetIndex();
            var slot = index.SlotOf(code);
            if (slot >= 0)
            {
                var chosen = index.OneLanguage ? null : culture ?? CultureInfo.CurrentUICulture;
                var entries = Choose(index, chosen, slot);
                var entry = entries[slot];
                if (entry != null && entry.Code == code)
                {
                    return entry;
                }

                // Not made yet: the entries of a table are made as they are asked for, so that a lookup makes (and runs
                // the code of) only the catalogs that define its code. Another thread may make the same entry; either
                // is right. Where the code's catalog gives none in this culture (a catalog written by hand may list a
                // code it does not answer for), the catalogs are asked in turn, as for any code.
                entry = EntryOf(index, slot, chosen);
                if (entry != null && entry.Code == code)
                {
                    entries[slot] = entry;
                    return entry;
                }
            }

            // A code no catalog defines: only a catalog's errno rule, or a link to a catalog outside the set, answers
            // for it. A catalog that says it cannot is passed over, and makes no entry.
            foreach (var catalog in _catalogs)
            {
                if (MayAnswerFor(catalog, code) && catalog.TryGetInfo(code, culture, out var info))
                {
                    return info;
                }
            }

            return null;
        }

        private static bool MayAnswerFor(IErrorCodeCatalog catalog, int code) => catalog is not ErrorCodeCatalog known || known.MayAnswerFor(code);

        /// <summary>
        /// Every entry for <paramref name="code"/> that a catalog defines itself, in the catalogs' order: codes that
        /// several documents share (such as 2100001–2100003 in the network documents) give one entry per catalog. It
        /// allocates only its result, and nothing for a code no catalog defines.
        /// </summary>
        public IReadOnlyList<ErrorCodeInfo> FindAll(int code, CultureInfo? culture = null)
        {
            var index = GetIndex();
            var slot = index.SlotOf(code);
            if (slot < 0)
            {
                return s_none;
            }

            var definers = index.Definers[slot];
            var found = new ErrorCodeInfo[definers.Length];
            var count = 0;
            foreach (var definer in definers)
            {
                if (_catalogs[definer].TryGetInfo(code, culture, out var info))
                {
                    found[count++] = info;
                }
            }

            if (count != found.Length)
            {
                Array.Resize(ref found, count);
            }

            return found;
        }

        /// <summary>
        /// The catalogs that define <paramref name="code"/> themselves, in the set's order: none, one, or several for a
        /// code that several documents share. It makes no entry.
        /// </summary>
        public IReadOnlyList<IErrorCodeCatalog> CatalogsDefining(int code)
        {
            var index = GetIndex();
            var slot = index.SlotOf(code);
            if (slot < 0)
            {
                return s_noCatalogs;
            }

            var definers = index.Definers[slot];
            var found = new IErrorCodeCatalog[definers.Length];
            for (var i = 0; i < found.Length; i++)
            {
                found[i] = _catalogs[definers[i]];
            }

            return found;
        }

        /// <summary>
        /// The catalogs that answer for <paramref name="code"/> although no catalog of the set defines it, in the set's
        /// order: those whose errno rule maps it (2301111 is 2301000 + ECONNREFUSED in each socket document), or that link
        /// to a catalog outside the set that defines it. None for a code a catalog of the set defines
        /// (<see cref="CatalogsDefining"/>). It makes only the entries of the catalogs that answer.
        /// </summary>
        public IReadOnlyList<IErrorCodeCatalog> CatalogsAnswering(int code)
        {
            if (GetIndex().SlotOf(code) >= 0)
            {
                return s_noCatalogs;
            }

            var found = new List<IErrorCodeCatalog>();
            foreach (var catalog in _catalogs)
            {
                if (MayAnswerFor(catalog, code) && catalog.TryGetInfo(code, CultureInfo.InvariantCulture, out _))
                {
                    found.Add(catalog);
                }
            }

            return found;
        }

        /// <inheritdoc/>
        public IEnumerator<IErrorCodeCatalog> GetEnumerator() => ((IEnumerable<IErrorCodeCatalog>)_catalogs).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // Built on first use, not in the constructor: FromAssembly is cheap, and a set only enumerated never pays for it.
        // Two threads may both build it; either index is right.
        private Index GetIndex() => _index ??= Index.Build(_catalogs);
    }
}
