using System;
using System.Collections.Frozen;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Bench.Large;
using ErrorCodes;

namespace Bench
{
    /// <summary>
    /// TryGetInfo on a generated catalog of 1,000, 10,000 or 100,000 synthetic codes (a displaced perfect hash), built into this
    /// consumer through the package as a user's project builds it, over 4,096 random codes of the catalog; against a
    /// FrozenDictionary and a binary search over the same entries.
    /// </summary>
    [MemoryDiagnoser]
    public class LargeCatalogBenchmarks
    {
        private const int Count = 4096;

        private int[] _codes = Array.Empty<int>();
        private FrozenDictionary<int, ErrorCodeInfo> _frozen = null!;
        private int[] _sortedKeys = Array.Empty<int>();
        private ErrorCodeInfo[] _sortedInfos = Array.Empty<ErrorCodeInfo>();

        [Params(1_000, 10_000, 100_000)]
        public int Codes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var all = Codes switch
            {
                1_000 => Synthetic1000ErrorCodes.All,
                10_000 => Synthetic10000ErrorCodes.All,
                _ => Synthetic100000ErrorCodes.All,
            };
            var random = new Random(42);
            _codes = Enumerable.Range(0, Count).Select(_ => all[random.Next(all.Count)].Code).ToArray();
            _frozen = all.ToFrozenDictionary(info => info.Code);
            _sortedKeys = all.Select(info => info.Code).OrderBy(code => code).ToArray();
            _sortedInfos = _sortedKeys.Select(code => _frozen[code]).ToArray();
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
        public int Generated() => Codes switch
        {
            1_000 => Sum1000(_codes),
            10_000 => Sum10000(_codes),
            _ => Sum100000(_codes),
        };

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

        [Benchmark(OperationsPerInvoke = Count)]
        public int BinarySearch()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                var index = Array.BinarySearch(_sortedKeys, code);
                sum += index >= 0 ? _sortedInfos[index].Line : 0;
            }

            return sum;
        }

        private static int Sum1000(int[] codes)
        {
            var sum = 0;
            foreach (var code in codes)
            {
                sum += Synthetic1000ErrorCodes.TryGetInfo(code, out var info) ? info.Line : 0;
            }

            return sum;
        }

        private static int Sum10000(int[] codes)
        {
            var sum = 0;
            foreach (var code in codes)
            {
                sum += Synthetic10000ErrorCodes.TryGetInfo(code, out var info) ? info.Line : 0;
            }

            return sum;
        }

        private static int Sum100000(int[] codes)
        {
            var sum = 0;
            foreach (var code in codes)
            {
                sum += Synthetic100000ErrorCodes.TryGetInfo(code, out var info) ? info.Line : 0;
            }

            return sum;
        }
    }
}
