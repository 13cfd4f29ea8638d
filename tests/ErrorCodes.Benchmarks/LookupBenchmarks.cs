using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// GetMessage on the generated socket catalog against what a user would write instead, over a pre-built array of
    /// random codes of the catalog (so branch prediction cannot learn the sequence) or one code repeated.
    /// ReadArrayOnly is the loop alone: subtract it to get the cost of a lookup.
    /// </summary>
    [MemoryDiagnoser]
    public class LookupBenchmarks
    {
        private const int Count = 4096;

        private int[] _codes = Array.Empty<int>();
        private Dictionary<int, string> _dictionary = new();
        private FrozenDictionary<int, string> _frozen = FrozenDictionary<int, string>.Empty;
        private int[] _sortedKeys = Array.Empty<int>();
        private string[] _sortedMessages = Array.Empty<string>();

        [Params("random", "same")]
        public string Pattern { get; set; } = "random";

        [GlobalSetup]
        public void Setup()
        {
            var all = NetSocketErrorCodes.All;
            var random = new Random(42);
            _codes = Enumerable.Range(0, Count)
                .Select(i => Pattern == "same" ? 2303210 : all[random.Next(all.Count)].Code)
                .ToArray();
            _dictionary = all.ToDictionary(i => i.Code, i => i.Message);
            _frozen = _dictionary.ToFrozenDictionary();
            _sortedKeys = all.Select(i => i.Code).OrderBy(c => c).ToArray();
            _sortedMessages = _sortedKeys.Select(c => _dictionary[c]).ToArray();
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
        public int Generated()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += ((NetSocketErrorCode)code).GetMessage().Length;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int Switch()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += SwitchMessage(code).Length;
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
                sum += index >= 0 ? _sortedMessages[index].Length : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int Dictionary()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _dictionary.TryGetValue(code, out var message) ? message.Length : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int FrozenDictionary()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _frozen.TryGetValue(code, out var message) ? message.Length : 0;
            }

            return sum;
        }

        // The shape a hand-written lookup, or a naive generator, takes: a switch over the sparse codes.
        private static string SwitchMessage(int code) => code switch
        {
            2301001 => "Operation not permitted.",
            2301002 => "No such file or directory.",
            2301003 => "No such process.",
            2301004 => "Interrupted system call.",
            2300002 => "System internal error.",
            2303104 => "Interrupted system call.",
            2303109 => "Bad file number.",
            2303111 => "Resource temporarily unavailable try again.",
            2303188 => "Socket operation on non-socket.",
            2303191 => "Protocol wrong type for socket.",
            2303198 => "Address already in use.",
            2303199 => "Cannot assign requested address.",
            2303210 => "Connection timed out.",
            2303501 => "SSL is null.",
            2303502 => "Error in tls reading.",
            2303503 => "Error in tls writing.",
            2303504 => "Error looking up x509.",
            2303505 => "Error occurred in the tls system call.",
            2303506 => "Error clearing tls connection.",
            _ => string.Empty,
        };
    }
}
