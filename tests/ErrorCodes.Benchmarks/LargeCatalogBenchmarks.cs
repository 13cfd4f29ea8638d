using System;
using System.Collections.Frozen;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// Lookups in a generated catalog too large for a single-multiplier perfect hash (10,000 codes, so the generator
    /// emits its displaced perfect hash), compiled and loaded in process, against a FrozenDictionary and a binary
    /// search (the shape the generator fell back to before) over the same codes, with random codes of the catalog.
    /// The loop over the generated catalog is compiled into the generated assembly, as a consumer's code would be,
    /// and reached through one delegate call per 4,096 lookups, so that no call costs more than it would in a program.
    /// </summary>
    [MemoryDiagnoser]
    public class LargeCatalogBenchmarks
    {
        private const int Count = 4096;

        private int[] _codes = Array.Empty<int>();
        private Func<int[], int> _generated = null!;
        private FrozenDictionary<int, ErrorCodeInfo> _frozen = null!;
        private int[] _sortedKeys = Array.Empty<int>();
        private ErrorCodeInfo[] _sortedInfos = Array.Empty<ErrorCodeInfo>();

        [Params(1_000, 10_000, 100_000)]
        public int Codes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var (driver, compilation) = GeneratorRun.Create(GeneratorRun.Specs(Codes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            const string Probe = "namespace Bench { public static class Probe { public static int SumLines(int[] codes) { var sum = 0; "
                + "foreach (var code in codes) { sum += global::Bench.Spec0.SyntheticErrorCodes.TryGetInfo(code, out var info) ? info.Line : 0; } return sum; } } }";
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Probe, (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var stream = new MemoryStream();
            var result = output.WithOptions(output.Options.WithOptimizationLevel(OptimizationLevel.Release)).Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }

            var assembly = Assembly.Load(stream.ToArray());
            _generated = assembly.GetType("Bench.Probe")!.GetMethod("SumLines")!.CreateDelegate<Func<int[], int>>();

            var all = ErrorCodeCatalogs.FromAssembly(assembly).Single().All;
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
        public int GeneratedDisplacedHash() => _generated(_codes);

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
    }
}
