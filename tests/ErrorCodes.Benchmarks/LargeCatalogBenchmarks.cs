using System;
using System.Collections.Frozen;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// Lookups in a generated catalog too large for a single-multiplier perfect hash (10,000 codes, so the generator
    /// emits its displaced perfect hash), compiled and loaded in process, against a FrozenDictionary and a binary
    /// search (the shape the generator fell back to before) over the same codes, with random codes of the catalog.
    /// All go through a method call of their own, so the comparison is fair: the generated TryGetInfo is reached
    /// through a delegate, the others through a non-inlined method.
    /// </summary>
    [MemoryDiagnoser]
    public class LargeCatalogBenchmarks
    {
        private const int Count = 4096;

        private int[] _codes = Array.Empty<int>();
        private TryGet _generated = null!;
        private FrozenDictionary<int, ErrorCodeInfo> _frozen = null!;
        private int[] _sortedKeys = Array.Empty<int>();
        private ErrorCodeInfo[] _sortedInfos = Array.Empty<ErrorCodeInfo>();

        private delegate bool TryGet(int code, out ErrorCodeInfo? info);

        [Params(10_000)]
        public int Codes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var (driver, compilation) = GeneratorRun.Create(GeneratorRun.Specs(Codes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var stream = new MemoryStream();
            var result = output.WithOptions(output.Options.WithOptimizationLevel(OptimizationLevel.Release)).Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }

            var assembly = Assembly.Load(stream.ToArray());
            var type = assembly.GetTypes().Single(t => t.Name == "SyntheticErrorCodes");
            var method = type.GetMethod("TryGetInfo", new[] { typeof(int), typeof(ErrorCodeInfo).MakeByRefType() })!;
            _generated = method.CreateDelegate<TryGet>();

            var all = ErrorCodeCatalogs.FromAssembly(assembly).Single().All;
            var random = new Random(42);
            _codes = Enumerable.Range(0, Count).Select(_ => all[random.Next(all.Count)].Code).ToArray();
            _frozen = all.ToFrozenDictionary(info => info.Code);
            _sortedKeys = all.Select(info => info.Code).OrderBy(code => code).ToArray();
            _sortedInfos = _sortedKeys.Select(code => _frozen[code]).ToArray();
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int GeneratedDisplacedHash()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += _generated(code, out var info) ? info!.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int FrozenDictionary()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += Frozen(code, out var info) ? info!.Line : 0;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int BinarySearch()
        {
            var sum = 0;
            foreach (var code in _codes)
            {
                sum += Search(code, out var info) ? info!.Line : 0;
            }

            return sum;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private bool Frozen(int code, out ErrorCodeInfo? info) => _frozen.TryGetValue(code, out info);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private bool Search(int code, out ErrorCodeInfo? info)
        {
            var index = Array.BinarySearch(_sortedKeys, code);
            info = index >= 0 ? _sortedInfos[index] : null;
            return index >= 0;
        }
    }
}
