using System;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ErrorCodes;
using ErrorCodes.OpenHarmony;

namespace Bench
{
    /// <summary>
    /// The ErrorCodes.OpenHarmony package's entry point, <c>OpenHarmonyErrorCodes.TryGetInfo(code, out info)</c>, over
    /// 4,096 random codes of its 192 documents, against a FrozenDictionary of the same entries (the entry the lookup
    /// returns for each code), each call reading a field of the entry it returns. In the UI culture, as a program asks,
    /// and in a culture given (English); and the dictionary behind a check of the UI culture, as a program that serves
    /// the UI culture's language would use one.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    [MinColumn]
    public class OpenHarmonyBenchmarks
    {
        public const int Count = 4096;

        private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

        private int[] _codes = Array.Empty<int>();
        private FrozenDictionary<int, ErrorCodeInfo> _frozen = null!;
        private CultureInfo _frozenCulture = null!;

        [GlobalSetup]
        public void Setup()
        {
            var codes = OpenHarmonyErrorCodes.Catalogs.SelectMany(catalog => catalog.All).Select(info => info.Code).Distinct().ToArray();
            _frozenCulture = CultureInfo.CurrentUICulture;
            _frozen = codes.ToFrozenDictionary(code => code, code => OpenHarmonyErrorCodes.TryGetInfo(code, out var info) ? info : throw new InvalidOperationException());
            var random = new Random(42);
            _codes = Enumerable.Range(0, Count).Select(_ => codes[random.Next(codes.Length)]).ToArray();
            Console.WriteLine($"// OpenHarmony: {OpenHarmonyErrorCodes.Catalogs.Count} catalogs, {codes.Length} distinct codes, UI culture \"{CultureInfo.CurrentUICulture.Name}\"");
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
        public int ReadArrayOnly()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += code;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int EntryPoint()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += OpenHarmonyErrorCodes.TryGetInfo(code, out var info) ? info.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int EntryPointInEnglish()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += OpenHarmonyErrorCodes.TryGetInfo(code, s_english, out var info) ? info.Line : 0;
            }

            return sum;
        }

        // What every lookup in the UI culture pays before it looks at a table: the thread's culture, read through
        // thread-local storage. A bound on how fast such a lookup can be, whatever the table.
        [Benchmark(OperationsPerInvoke = Count)]
        public int ReadUICultureOnly()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += code + (ReferenceEquals(CultureInfo.CurrentUICulture, s_english) ? 1 : 0);
            }

            return sum;
        }

        // The dictionary as a program that serves the UI culture would use it: the culture read and checked on each call
        // (here against the one culture the dictionary holds, the cheapest check there is), then the lookup. What the
        // entry point in the UI culture does, with a dictionary for the table.
        [Benchmark(OperationsPerInvoke = Count)]
        public int FrozenDictionaryInUICulture()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += ReferenceEquals(CultureInfo.CurrentUICulture, _frozenCulture) && _frozen.TryGetValue(code, out var info) ? info.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int FrozenDictionary()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _frozen.TryGetValue(code, out var info) ? info.Line : 0;
            }

            return sum;
        }
    }
}
