using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using ErrorCodes;

namespace Bench
{
    /// <summary>
    /// One lookup across every catalog of an assembly, as the README tells a program to look up "any code a module may
    /// return": <c>ErrorCodeCatalogs.FromAssembly(assembly).TryGetInfo(code, out info)</c>, over 4,096 random codes that
    /// the catalogs define. Against a FrozenDictionary of the same entries, and against asking each catalog in turn (what
    /// the lookup did before it had an index, and what the extension methods still do for a plain list of catalogs).
    /// "Twins" is the corpus with the socket and kernel documents' English twins: catalogs of two languages, whose
    /// lookups without a culture go by the UI culture.
    /// </summary>
    // The machine this runs on has a slow state that comes and goes within a run (every lookup about 1.5 times slower
    // for a few iterations): the median and the fastest iteration show the steady figure beside the mean.
    [MemoryDiagnoser]
    [MedianColumn]
    [MinColumn]
    public class CrossCatalogBenchmarks
    {
        public const int Count = 4096;

        private int[] _codes = Array.Empty<int>();
        private ErrorCodeCatalogSet _set = null!;
        private List<IErrorCodeCatalog> _list = null!;
        private FrozenDictionary<int, ErrorCodeInfo> _frozen = null!;
        private ErrorCodeInfo[] _found = Array.Empty<ErrorCodeInfo>();

        [Params("Corpus", "Project3000", "Twins")]
        public string Project { get; set; } = "Corpus";

        [GlobalSetup]
        public void Setup()
        {
            var assembly = Project switch
            {
                "Corpus" => typeof(Corpus.Marker).Assembly,
                "Project3000" => typeof(Project3000.Marker).Assembly,
                _ => typeof(Twins.Marker).Assembly,
            };
            _set = ErrorCodeCatalogSet.FromAssembly(assembly);
            _list = _set.ToList();
            var codes = _set.SelectMany(catalog => catalog.All).Select(info => info.Code).Distinct().ToArray();
            _frozen = codes.ToFrozenDictionary(code => code, code => _set.TryGetInfo(code, out var info) ? info : throw new InvalidOperationException());
            var random = new Random(42);
            _codes = Enumerable.Range(0, Count).Select(_ => codes[random.Next(codes.Length)]).ToArray();
            _found = _codes.Select(code => _frozen[code]).ToArray();
            Console.WriteLine($"// {Project}: {_set.Count} catalogs, {codes.Length} distinct codes, languages {string.Join(" ", _set.SelectMany(catalog => catalog.Languages).Distinct())}, UI culture \"{System.Globalization.CultureInfo.CurrentUICulture.Name}\"");
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
        public int CatalogSet()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _set.TryGetInfo(code, out var info) ? info.Line : 0;
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

        // No lookup at all: each code's entry already found, its Line read as the lookups above read it. What this costs
        // beyond ReadArrayOnly is the part of every lookup's time that is not the lookup's.
        [Benchmark(OperationsPerInvoke = Count)]
        public int EntriesAlreadyFound()
        {
            var sum = 0;
            foreach (var info in _found)
            {
                sum += info.Line;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int EachCatalogInTurn()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _list.TryGetInfo(code, out var info) ? info.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int CatalogSetFindAll()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _set.FindAll(code).Count;
            }

            return sum;
        }
    }
}
