using BenchmarkDotNet.Running;

namespace ErrorCodes.Benchmarks
{
    /// <summary>Runs the benchmarks; not part of dotnet test. See the README for the command.</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
