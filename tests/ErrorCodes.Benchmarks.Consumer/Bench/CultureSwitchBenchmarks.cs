using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ErrorCodes;

namespace Bench
{
    /// <summary>
    /// Lookups whose culture changes on every call, as a server that answers each request in its client's language
    /// does: in two cultures, and in twelve, more than a set keeps a table for (eight). The Twins project: the corpus
    /// with the socket and kernel documents' English twins. Before, a catalog allocated on every change of culture,
    /// and a set asked in nine cultures in turn made a table of every code on every lookup.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class CultureSwitchBenchmarks
    {
        public const int Count = 4096;

        private int[] _codes = Array.Empty<int>();
        private CultureInfo[] _cultures = Array.Empty<CultureInfo>();
        private ErrorCodeCatalogSet _set = null!;
        private IErrorCodeCatalog _socket = null!;

        [Params(1, 2, 12)]
        public int Cultures { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _set = ErrorCodeCatalogSet.FromAssembly(typeof(Twins.Marker).Assembly);
            _socket = _set.Single(catalog => catalog.Name == "NetSocket");
            var codes = _socket.All.Select(info => info.Code).Distinct().ToArray();
            var random = new Random(42);
            _codes = Enumerable.Range(0, Count).Select(_ => codes[random.Next(codes.Length)]).ToArray();
            _cultures = new[] { "en-US", "zh-CN", "fr-FR", "de-DE", "ja-JP", "en-GB", "zh-TW", "ko-KR", "es-ES", "it-IT", "ru-RU", "pt-BR" }
                .Take(Cultures).Select(CultureInfo.GetCultureInfo).ToArray();
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int Catalog()
        {
            var sum = 0;
            var cultures = _cultures;
            for (var i = 0; i < _codes.Length; i++)
            {
                sum += _socket.TryGetInfo(_codes[i], cultures[i % cultures.Length], out var info) ? info.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int Set()
        {
            var sum = 0;
            var cultures = _cultures;
            for (var i = 0; i < _codes.Length; i++)
            {
                sum += _set.TryGetInfo(_codes[i], cultures[i % cultures.Length], out var info) ? info.Line : 0;
            }

            return sum;
        }
    }
}
