using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ErrorCodes.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// What the analyzers cost a build, as the compiler pays it: a project of 2,000 methods whose 12,000 numbers are
    /// codes compared with a parameter named errorCode (most), typos of codes, and numbers no code position holds
    /// (array sizes, arithmetic, loop bounds), beside one generated catalog of 20, 2,000 or 10,000 codes. Each run
    /// binds a fresh copy of the compilation and runs the analyzers on all of it: with none (binding alone), with a
    /// no-op analyzer registered for literals (the floor any literal analyzer pays), and with ECA0001/ECA0002.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
    public class AnalyzerBenchmarks
    {
        private const int Methods = 2000;

        private CSharpCompilation _compilation = null!;

        [Params(20, 2000, 10000)]
        public int Codes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var (driver, compilation) = GeneratorRun.Create(new[] { ("/bench/errorcode-synthetic.md", GeneratorRun.Synthetic(Codes)) });
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var withCatalog, out _);
            _compilation = (CSharpCompilation)withCatalog.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Project(Codes), (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
            var problems = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (problems.Count != 0)
            {
                throw new InvalidOperationException("The benchmark's project does not compile: " + problems[0]);
            }

            var found = Run(new ErrorCodeNumberAnalyzer());
            Console.WriteLine($"// {Codes} codes: {found.Count(d => d.Id == "ECA0002")} ECA0002 ({found.Count(d => d.Id == "ECA0001")} ECA0001, an info, not reported by default)");
        }

        [Benchmark(Baseline = true)]
        public int BindingOnly() => _compilation.Clone().GetDiagnostics().Length;

        [Benchmark]
        public int NoOpLiteralAnalyzer() => Run(new DoesNothingWithLiterals()).Length;

        [Benchmark]
        public int ErrorCodesAnalyzers() => Run(new ErrorCodeNumberAnalyzer()).Length;

        private ImmutableArray<Diagnostic> Run(DiagnosticAnalyzer analyzer)
        {
            // ECA0001 is an info, off in a build unless raised; reported here, so that every code found pays its diagnostic.
            var options = _compilation.Options.WithSpecificDiagnosticOptions(_compilation.Options.SpecificDiagnosticOptions.SetItem("ECA0001", ReportDiagnostic.Info));
            return _compilation.Clone().WithOptions(options).WithAnalyzers(ImmutableArray.Create(analyzer)).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        // Each method: four codes compared with errorCode, one typo of a code (a digit swapped), and numbers in no code
        // position: an array's size, arithmetic, a loop's bound.
        private static string Project(int codes)
        {
            var random = new Random(42);
            var builder = new StringBuilder("namespace Bench.Project\n{\n    internal static class Handlers\n    {\n");
            for (var m = 0; m < Methods; m++)
            {
                builder.Append("        public static int Handle").Append(m.ToString(CultureInfo.InvariantCulture)).Append("(int errorCode, int value)\n        {\n");
                for (var c = 0; c < 4; c++)
                {
                    var code = GeneratorRun.SyntheticCode(random.Next(codes));
                    builder.Append("            if (errorCode == ").Append(code.ToString(CultureInfo.InvariantCulture)).Append(") { return ").Append(c.ToString(CultureInfo.InvariantCulture)).Append("; }\n");
                }

                var typo = GeneratorRun.SyntheticCode(random.Next(codes)).ToString(CultureInfo.InvariantCulture).ToCharArray();
                (typo[5], typo[6]) = (typo[6], typo[5]);
                builder.Append("            if (errorCode == ").Append(new string(typo)).Append(") { return 9; }\n");
                builder.Append("            var buffer = new int[16];\n            for (var i = 0; i < 8; i++) { buffer[i] = value * 31 + i; }\n");
                builder.Append("            return buffer[3] + 1024;\n        }\n\n");
            }

            return builder.Append("    }\n}\n").ToString();
        }

        /// <summary>The floor: registered for every literal, as ours is, and does nothing. Handed to the compilation, never loaded from a package.</summary>
#pragma warning disable RS1001 // Handed to the compilation, never discovered by attribute.
        private sealed class DoesNothingWithLiterals : DiagnosticAnalyzer
#pragma warning restore RS1001
        {
#pragma warning disable RS2008 // A benchmark's analyzer, never shipped: no release to track.
            private static readonly DiagnosticDescriptor s_never = new("NOOP0001", "Never", "Never", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(s_never);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterOperationAction(_ => { }, OperationKind.Literal);
            }
        }
    }
}
