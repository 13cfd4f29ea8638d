using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Where the repository's files are; recorded at build time, since CI builds map source paths away.</summary>
    internal static class Paths
    {
        public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

        public static string NetStandardReferences { get; } = Metadata("NetStandardReferences");

        public static string NetStandardRuntime { get; } = Metadata("NetStandardRuntime");

        public static string NetStandard21References { get; } = Metadata("NetStandard21References");

        public static string NetCoreApp30References { get; } = Metadata("NetCoreApp30References");

        public static string SeedSpec => Path.Combine(RepositoryRoot, "spec", "errorcode-net-socket.md");

        public static string TestProject => Path.Combine(RepositoryRoot, "tests", "ErrorCodes.Generator.Tests");

        public static string Fixture(string name) => Path.Combine(TestProject, "Fixtures", name);

        private static string Metadata(string key) =>
            typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"The test assembly has no {key} metadata.");
    }
}
