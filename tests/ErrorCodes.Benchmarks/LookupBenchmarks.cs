using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using BenchmarkDotNet.Attributes;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// The generated socket catalog's lookups against what a user would write instead, over a pre-built array of
    /// random codes of the catalog (so branch prediction cannot learn the sequence) or one code repeated.
    /// ReadArrayOnly is the loop alone: subtract it to get the cost of a lookup. PerfectHashFloor is the least a lookup
    /// can do (one multiply, one shift, one load, one key check), written by hand for these 19 codes.
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
        private int[] _errnos = Array.Empty<int>();
        private ResourceManager _resources = null!;

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
            _errnos = Enumerable.Range(0, Count).Select(i => Pattern == "same" ? 110 : random.Next(1, 134)).ToArray();
            _resources = new ResourceManager("ErrorCodes.Benchmarks.SocketMessages", typeof(LookupBenchmarks).Assembly);
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
        public int PerfectHashFloor()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                var slot = (int)(unchecked((uint)code * Floor.Multiplier) >> Floor.Shift);
                sum += Floor.Keys[slot] == code ? Floor.Messages[slot].Length : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int GeneratedTryGetInfo()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += NetSocketErrorCodes.TryGetInfo(code, out var info) ? info.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int GeneratedIsDefined()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += ((NetSocketErrorCode)code).IsDefined() ? 1 : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int EnumIsDefined()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += Enum.IsDefined((NetSocketErrorCode)code) ? 1 : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int GeneratedToStringFast()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += ((NetSocketErrorCode)code).ToStringFast().Length;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int EnumToString()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += ((NetSocketErrorCode)code).ToString().Length;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int GeneratedFromErrno()
        {
            var sum = 0;
            foreach (var errno in _errnos)
            {
                sum += (int)NetSocketErrorCodes.FromErrno(errno);
            }

            return sum;
        }

        // What a project keeps its messages in without the generator; the key is the code as a string.
        [Benchmark(OperationsPerInvoke = Count)]
        public int Resx()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _resources.GetString(code.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)?.Length ?? 0;
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

        /// <summary>
        /// The floor, as one would write it by hand for these codes: the smallest power-of-two table with a multiplier
        /// that gives every code its own slot, found once. Its fields are static readonly, which the JIT compiles as
        /// constants once the class is initialized, as it does the generated code's; empty slots hold a code that
        /// hashes elsewhere, so the key check alone rejects a miss.
        /// </summary>
        private static class Floor
        {
            public static readonly uint Multiplier;
            public static readonly int Shift;
            public static readonly int[] Keys;
            public static readonly string[] Messages;

            static Floor()
            {
                var messages = NetSocketErrorCodes.All.GroupBy(info => info.Code).ToDictionary(group => group.Key, group => group.First().Message);
                var codes = messages.Keys.ToArray();
                var random = new Random(7);
                for (var bits = 5; ; bits++)
                {
                    for (var attempt = 0; attempt < 100_000; attempt++)
                    {
                        var multiplier = (uint)random.Next() | 1u;
                        var slots = new int[1 << bits];
                        Array.Fill(slots, -1);
                        var perfect = true;
                        foreach (var code in codes)
                        {
                            var slot = (int)(unchecked((uint)code * multiplier) >> (32 - bits));
                            perfect &= slots[slot] < 0;
                            slots[slot] = code;
                        }

                        if (perfect)
                        {
                            Multiplier = multiplier;
                            Shift = 32 - bits;
                            Keys = slots.Select(code => code >= 0 ? code : codes[0]).ToArray();
                            Messages = Keys.Select(code => messages[code]).ToArray();
                            return;
                        }
                    }
                }
            }
        }
    }
}
