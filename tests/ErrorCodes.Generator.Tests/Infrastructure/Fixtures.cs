using System.Collections.Generic;
using System.Linq;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>The specs the emitter tests run on: the seed and the fixture files, as they would sit in a repository.</summary>
    internal static class Fixtures
    {
        public const string SpecDirectory = "/repo/spec";

        public static readonly string[] Names = { "empty.md", "english-labels.md", "escaping.md", "minimal.md", "names-and-duplicates.md" };

        public static TestSpec Seed() => TestSpec.FromFile(Paths.SeedSpec, SpecDirectory + "/errorcode-net-socket.md");

        public static TestSpec Fixture(string name) => TestSpec.FromFile(Paths.Fixture(name), SpecDirectory + "/" + name);

        public static IEnumerable<string> AllNames() => Names.Prepend("errorcode-net-socket.md");

        public static TestSpec ByName(string name) => name == "errorcode-net-socket.md" ? Seed() : Fixture(name);
    }
}
