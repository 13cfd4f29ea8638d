using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Benchmarks
{
    /// <summary>Runs the benchmarks; not part of dotnet test. docs/performance.md gives the commands.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length >= 2 && args[0] == "--compile")
            {
                return Compile(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 3 && args[2] == "switch");
            }

            // docs/perf/first-run.sh: --write-resx TEXTS DIR, then --first-run errorcodes|resx TEXTS [DIR] [bound]
            if (args.Length >= 3 && args[0] == "--write-resx")
            {
                return FirstRun.WriteResx(args[1], args[2]);
            }

            if (args.Length >= 3 && args[0] == "--first-run")
            {
                var rest = args.Skip(3).ToList();
                var bound = rest.Remove("bound");
                return FirstRun.Measure(args[1], args[2], rest.FirstOrDefault(), bound);
            }

            // The specs the consumer benchmarks build through the package (docs/perf/consumer-benchmarks.sh).
            // --write-synthetic COUNT PATH [FIRST [DESCRIPTION-LENGTH]]
            if (args.Length >= 3 && args[0] == "--write-synthetic")
            {
                var first = args.Length >= 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10_000_000;
                var descriptionLength = args.Length >= 5 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
                File.WriteAllText(args[2], GeneratorRun.Synthetic(int.Parse(args[1], CultureInfo.InvariantCulture), first, descriptionLength), new UTF8Encoding(false));
                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        // What the compiler pays for a synthetic catalog of `count` codes: the generator run, then binding and emitting
        // the generated code, each timed once in a fresh process, with the process's peak memory. With "switch", the
        // compilation also holds a switch over the same codes, the shape ToStringFast had before it used the lookup
        // table, so that the two shapes' compile costs can be compared.
        private static int Compile(int count, bool withSwitch)
        {
            var (driver, compilation) = GeneratorRun.Create(GeneratorRun.Specs(count.ToString(CultureInfo.InvariantCulture)));
            if (withSwitch)
            {
                compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(SwitchOverCodes(count), (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
            }

            var clock = Stopwatch.StartNew();
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            var generate = clock.Elapsed;
            var sourceLength = driver.GetRunResult().GeneratedTrees.Sum(tree => tree.Length);

            clock.Restart();
            using var stream = new MemoryStream();
            var result = output.WithOptions(output.Options.WithOptimizationLevel(OptimizationLevel.Release)).Emit(stream);
            var emit = clock.Elapsed;

            var problems = generatorDiagnostics.Concat(driver.GetRunResult().Diagnostics).Concat(result.Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            foreach (var problem in problems.Take(10))
            {
                Console.Error.WriteLine(problem);
            }

            var errors = problems.Count(d => d.Severity == DiagnosticSeverity.Error) + (sourceLength == 0 ? 1 : 0);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "codes={0}{7} generate_ms={1:F0} compile_ms={2:F0} generated_chars={3} assembly_bytes={4} peak_working_set_mb={5:F0} errors={6}",
                count,
                generate.TotalMilliseconds,
                emit.TotalMilliseconds,
                sourceLength,
                stream.Length,
                Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,
                errors,
                withSwitch ? " with_switch" : string.Empty));
            return errors == 0 ? 0 : 1;
        }

        private static string SwitchOverCodes(int count)
        {
            var builder = new StringBuilder("namespace Bench { internal static class SwitchNames { public static string Name(int code) { switch (code) {\n");
            for (var i = 0; i < count; i++)
            {
                builder.Append("case ").Append(GeneratorRun.SyntheticCode(i).ToString(CultureInfo.InvariantCulture))
                    .Append(": return \"SyntheticFailureNumber").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\";\n");
            }

            return builder.Append("default: return code.ToString(System.Globalization.CultureInfo.InvariantCulture); } } } }\n").ToString();
        }
    }
}
