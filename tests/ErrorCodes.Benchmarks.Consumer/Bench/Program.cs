using BenchmarkDotNet.Running;

namespace Bench
{
    /// <summary>Runs the consumer benchmarks: docs/perf/consumer-benchmarks.sh gives the arguments.</summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length >= 1 && args[0] == "--paired")
            {
                PairedRuns.Run(args[1..]);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
