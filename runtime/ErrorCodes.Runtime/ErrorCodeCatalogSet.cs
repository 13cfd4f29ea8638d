using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using ErrorCodes.Hashing;

namespace ErrorCodes
{
    /// <summary>
    /// Several catalogs looked up as one, such as every catalog of an assembly
    /// (<see cref="ErrorCodeCatalogs.FromAssembly"/>): a program that decodes the codes of many modules asks once.
    /// </summary>
    /// <remarks>
    /// The codes the catalogs define are indexed on the first lookup, with the displaced perfect hash the generator uses
    /// for large catalogs, and for each culture a lookup has asked in, the index holds every code's entry in that
    /// culture's language. A lookup is then two multiplies, two loads and the code's check, with no allocation. A code no
    /// catalog defines is asked of each catalog in turn, for their errno rules and links. The answers are the catalogs':
    /// the first catalog that defines a code wins, then the first that answers for it.
    /// </remarks>
    public sealed class ErrorCodeCatalogSet : IReadOnlyList<IErrorCodeCatalog>
    {
        // The cultures a lookup has asked in, newest first: enough for a program that serves a few languages.
        private const int CulturesKept = 8;

        private static readonly ErrorCodeInfo[] s_none = new ErrorCodeInfo[0];

        private readonly IErrorCodeCatalog[] _catalogs;
        private Index? _index;

        // The view the last lookup used: what a lookup in the same culture reads, through one field.
        private View? _last;

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

        /// <inheritdoc/>
        public int Count => _catalogs.Length;

        /// <inheritdoc/>
        public IErrorCodeCatalog this[int index] => _catalogs[index];

        /// <summary>Whether a catalog of the set defines <paramref name="code"/> itself.</summary>
        public bool IsDefined(int code) => GetIndex().SlotOf(code) >= 0;

        /// <summary>
        /// Finds <paramref name="code"/> in the first catalog that defines it, else in the first that answers for it
        /// through an errno rule or a link, in the language of the current UI culture where a catalog has it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            // Small enough to be inlined into the caller's loop: the last view, if it answers in this culture, and the
            // code's slot in it. Everything else is the slow path's.
            var view = _last;
            if (view != null && view.Fast && (view.Culture == null || ReferenceEquals(view.Culture, CultureInfo.CurrentUICulture)))
            {
                ref readonly var entry = ref view.Entries[view.SlotFor(code)];
                if (entry.Code == code && entry.Info != null)
                {
                    info = entry.Info;
                    return true;
                }
            }

            return TryGetInfoSlowly(code, null, out info);
        }

        /// <summary>As <see cref="TryGetInfo(int, out ErrorCodeInfo)"/>, in the language of <paramref name="culture"/> (null: the current UI culture) where a catalog has it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetInfo(int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            var view = _last;
            if (view != null && view.Fast && (view.Culture == null || ReferenceEquals(view.Culture, culture ?? CultureInfo.CurrentUICulture)))
            {
                ref readonly var entry = ref view.Entries[view.SlotFor(code)];
                if (entry.Code == code && entry.Info != null)
                {
                    info = entry.Info;
                    return true;
                }
            }

            return TryGetInfoSlowly(code, culture, out info);
        }

        // Another culture's view, a code no catalog defines, or the first lookup.
        private bool TryGetInfoSlowly(int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            var view = Choose(culture);
            var slot = view.Index.SlotOf(code);
            if (slot >= 0)
            {
                info = view.Entries[slot].Info;
                return info != null;
            }

            foreach (var catalog in _catalogs)
            {
                if (catalog.TryGetInfo(code, culture, out info))
                {
                    return true;
                }
            }

            info = null;
            return false;
        }

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

        /// <inheritdoc/>
        public IEnumerator<IErrorCodeCatalog> GetEnumerator() => ((IEnumerable<IErrorCodeCatalog>)_catalogs).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // Built on first use, not in the constructor: FromAssembly is cheap, and a set only enumerated never pays for it.
        // Two threads may both build it; either index is right.
        private Index GetIndex() => _index ??= Index.Build(_catalogs);

        // The view of a culture other than the last one's: one kept, else a new one, made once by asking each code's first
        // catalog. When no catalog has a second language, one view serves every culture and no culture is looked at.
        private View Choose(CultureInfo? culture)
        {
            var index = GetIndex();
            var chosen = index.OneLanguage ? null : culture ?? CultureInfo.CurrentUICulture;
            var views = index.Views;
            foreach (var kept in views)
            {
                if (chosen == null || ReferenceEquals(kept.Culture, chosen) || kept.Culture!.Name == chosen.Name)
                {
                    return _last = kept;
                }
            }

            var entries = new Entry[index.Codes.Length];
            for (var slot = 0; slot < entries.Length; slot++)
            {
                entries[slot].Code = index.Codes[slot];
                if (index.Definers[slot] != null)
                {
                    _catalogs[index.Definers[slot][0]].TryGetInfo(index.Codes[slot], chosen ?? CultureInfo.InvariantCulture, out entries[slot].Info);
                }
            }

            var view = new View(chosen, index, entries);
            var newest = new View[Math.Min(views.Length + 1, CulturesKept)];
            newest[0] = view;
            Array.Copy(views, 0, newest, 1, newest.Length - 1);
            index.Views = newest;
            return _last = view;
        }

        // A code's slot, and its entry in one culture's view.
        private struct Entry
        {
            public int Code;
            public ErrorCodeInfo? Info;
        }

        // The entries in one culture's language (any culture's, when Culture is null), with the index they are placed by
        // and, in fields of its own, the hash that places them: a lookup reads one object.
        private sealed class View
        {
            public readonly CultureInfo? Culture;
            public readonly Index Index;
            public readonly Entry[] Entries;
            public readonly bool Fast;
            private readonly uint _bucketMultiplier;
            private readonly int _bucketShift;
            private readonly uint[] _multipliers;
            private readonly int _shift;

            public View(CultureInfo? culture, Index index, Entry[] entries)
            {
                Culture = culture;
                Index = index;
                Entries = entries;
                Fast = index.IsHashed;
                _bucketMultiplier = index.BucketMultiplier;
                _bucketShift = index.BucketShift;
                _multipliers = index.Multipliers;
                _shift = index.Shift;
            }

            // The slot a code would have; the caller checks that it holds the code (an empty slot holds Unused).
            public int SlotFor(int code) =>
                (int)(unchecked((uint)code * _multipliers[(int)(unchecked((uint)code * _bucketMultiplier) >> _bucketShift)]) >> _shift);
        }

        // The codes the catalogs define, placed by the displaced perfect hash (one multiply picks a bucket, the bucket's
        // multiplier the slot). An empty set, for which there is no hash, places its no codes in a dictionary.
        private sealed class Index
        {
            private readonly Dictionary<int, int>? _fallback;

            private Index(int[] codes, int unused, int[][] definers, bool oneLanguage, uint bucketMultiplier, int bucketBits, uint[] multipliers, int bits, Dictionary<int, int>? fallback)
            {
                Codes = codes;
                Unused = unused;
                Definers = definers;
                OneLanguage = oneLanguage;
                BucketMultiplier = bucketMultiplier;
                BucketShift = 32 - bucketBits;
                Multipliers = multipliers;
                Shift = 32 - bits;
                _fallback = fallback;
            }

            public bool IsHashed => _fallback == null;

            public uint BucketMultiplier { get; }

            public int BucketShift { get; }

            public uint[] Multipliers { get; }

            public int Shift { get; }

            // The code of each slot, or Unused: a number no catalog defines.
            public int[] Codes { get; }

            public int Unused { get; }

            // For each slot of a code, the indexes of the catalogs that define it, in order.
            public int[][] Definers { get; }

            public bool OneLanguage { get; }

            // The views made so far, newest first; replaced whole, so that threads that race each see a complete one.
            public View[] Views { get; set; } = new View[0];

            public static Index Build(IErrorCodeCatalog[] catalogs)
            {
                var definers = new Dictionary<int, List<int>>();
                var order = new List<int>();
                var oneLanguage = true;
                for (var i = 0; i < catalogs.Length; i++)
                {
                    oneLanguage &= catalogs[i].Languages.Count <= 1;
                    foreach (var info in catalogs[i].All)
                    {
                        if (!definers.TryGetValue(info.Code, out var list))
                        {
                            definers.Add(info.Code, list = new List<int>());
                            order.Add(info.Code);
                        }

                        // A code a catalog defines twice is one definer.
                        if (list.Count == 0 || list[list.Count - 1] != i)
                        {
                            list.Add(i);
                        }
                    }
                }

                var unused = int.MinValue;
                while (definers.ContainsKey(unused))
                {
                    unused++;
                }

                Dictionary<int, int>? fallback = null;
                if (!DisplacedHash.TryFind(order, out var bucketMultiplier, out var bucketBits, out var bits, out var multipliers))
                {
                    fallback = new Dictionary<int, int>();
                    bits = 0;
                    while ((1 << bits) < order.Count)
                    {
                        bits++;
                    }
                }

                var codes = new int[1 << bits];
                var slotDefiners = new int[codes.Length][];
                for (var slot = 0; slot < codes.Length; slot++)
                {
                    codes[slot] = unused;
                }

                for (var i = 0; i < order.Count; i++)
                {
                    var code = order[i];
                    var slot = fallback != null ? i : DisplacedHash.Slot(code, multipliers[DisplacedHash.Bucket(code, bucketMultiplier, bucketBits)], bits);
                    fallback?.Add(code, slot);
                    codes[slot] = code;
                    slotDefiners[slot] = definers[code].ToArray();
                }

                return new Index(codes, unused, slotDefiners, oneLanguage, bucketMultiplier, bucketBits, multipliers, bits, fallback);
            }

            public int SlotOf(int code)
            {
                if (_fallback != null)
                {
                    return _fallback.TryGetValue(code, out var found) ? found : -1;
                }

                var bucket = (int)(unchecked((uint)code * BucketMultiplier) >> BucketShift);
                var slot = (int)(unchecked((uint)code * Multipliers[bucket]) >> Shift);
                return Codes[slot] == code && code != Unused ? slot : -1;
            }
        }
    }
}
