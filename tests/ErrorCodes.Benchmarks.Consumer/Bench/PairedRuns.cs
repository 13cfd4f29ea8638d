using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Bench
{
    /// <summary>
    /// The cross-catalog lookups of <see cref="CrossCatalogBenchmarks"/> and <see cref="OpenHarmonyBenchmarks"/> timed in pairs: this machine's speed changes
    /// from one second to the next (a dependent chain of adds runs at 1.8 to 2.4 adds a nanosecond within a minute), so
    /// two BenchmarkDotNet rows measured a minute apart can be in different states, and their ratio says more about the
    /// machine than about the lookups. Here each round times the loop alone, the set and the dictionary one after the
    /// other, a few milliseconds each, in an order that turns from round to round, and the ratio is taken within the
    /// round. The figures are the medians over the rounds, with the 10th and 90th percentiles of the ratio.
    /// </summary>
    public static class PairedRuns
    {
        private const int Rounds = 301;
        private const int CallsPerTiming = 400;

        public static void Run(string[] args)
        {
            Console.WriteLine($"{"lookup",-24} {"loop",8} {"set",8} {"dict",8} {"set net",8} {"dict net",8} {"dict/set net: median",22} {"p10",6} {"p90",6}");
            // Arguments name the rows to run (Corpus, Project3000, Twins, OpenHarmony); none runs every row.
            var only = new HashSet<string>(args, StringComparer.OrdinalIgnoreCase);
            foreach (var project in new[] { "Corpus", "Project3000", "Twins" }.Where(project => only.Count == 0 || only.Contains(project)))
            {
                var bench = new CrossCatalogBenchmarks { Project = project };
                bench.Setup();
                Report(project, bench.ReadArrayOnly, bench.CatalogSet, bench.FrozenDictionary);
            }

            if (only.Count != 0 && !only.Contains("OpenHarmony"))
            {
                return;
            }

            // The OpenHarmony package's entry point: 1,598 codes of 192 catalogs in two languages.
            var openHarmony = new OpenHarmonyBenchmarks();
            openHarmony.Setup();
            Report("OpenHarmony", openHarmony.ReadArrayOnly, openHarmony.EntryPoint, openHarmony.FrozenDictionary);
            Report("OpenHarmony, English", openHarmony.ReadArrayOnly, openHarmony.EntryPointInEnglish, openHarmony.FrozenDictionary);
            Report("UI culture read alone", openHarmony.ReadArrayOnly, openHarmony.ReadUICultureOnly, openHarmony.FrozenDictionary);
            Report("OpenHarmony, UI: dict too", openHarmony.ReadArrayOnly, openHarmony.EntryPoint, openHarmony.FrozenDictionaryInUICulture);
        }

        // Times the loop alone, the lookup and the dictionary in turn, and prints the medians and the ratio.
        private static void Report(string name, Func<int> loop, Func<int> lookup, Func<int> dictionary)
        {
            Func<int>[] methods = { loop, lookup, dictionary };

            // Long enough for every method to be compiled at its final tier.
            var warmUp = Stopwatch.StartNew();
            while (warmUp.ElapsedMilliseconds < 3000)
            {
                foreach (var method in methods)
                {
                    Time(method);
                }
            }

            var times = new double[methods.Length][];
            for (var m = 0; m < methods.Length; m++)
            {
                times[m] = new double[Rounds];
            }

            var ratios = new double[Rounds];
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < methods.Length; k++)
                {
                    var m = (round + k) % methods.Length;
                    times[m][round] = Time(methods[m]);
                }

                var loopTime = times[0][round];
                ratios[round] = (times[2][round] - loopTime) / (times[1][round] - loopTime);
            }

            var loopNs = Median(times[0]);
            var setNs = Median(times[1]);
            var dictNs = Median(times[2]);
            Console.WriteLine(
                $"{name,-24} {loopNs,8:F2} {setNs,8:F2} {dictNs,8:F2} {setNs - loopNs,8:F2} {dictNs - loopNs,8:F2} {Median(ratios),21:F2}× {Percentile(ratios, 0.1),5:F2}× {Percentile(ratios, 0.9),5:F2}×");
        }

        // Nanoseconds a lookup, over CallsPerTiming calls of the method (each call is CrossCatalogBenchmarks' 4,096 codes).
        private static double Time(Func<int> method)
        {
            var sum = 0;
            var start = Stopwatch.GetTimestamp();
            for (var call = 0; call < CallsPerTiming; call++)
            {
                sum += method();
            }

            var elapsed = Stopwatch.GetTimestamp() - start;
            GC.KeepAlive(sum);
            return elapsed * 1e9 / Stopwatch.Frequency / CallsPerTiming / CrossCatalogBenchmarks.Count;
        }

        private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

        private static double Percentile(IEnumerable<double> values, double fraction)
        {
            var sorted = values.OrderBy(value => value).ToArray();
            return sorted[(int)Math.Round(fraction * (sorted.Length - 1))];
        }
    }
}
