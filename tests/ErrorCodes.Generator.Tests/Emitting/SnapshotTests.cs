using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    public sealed class SnapshotTests
    {
        [Fact]
        public void SeedSpec() => Verify(Fixtures.Seed());

        [Fact]
        public void Minimal() => Verify(Fixtures.Fixture("minimal.md"));

        [Fact]
        public void NamesAndDuplicates() => Verify(Fixtures.Fixture("names-and-duplicates.md"));

        [Fact]
        public void EnglishLabelsWithCrlf() => Verify(Fixtures.Fixture("english-labels.md"));

        [Fact]
        public void Escaping() => Verify(Fixtures.Fixture("escaping.md"));

        [Fact]
        public void Empty() => Verify(Fixtures.Fixture("empty.md"));

        [Fact]
        public void NamesFile() =>
            Verify(new GeneratorRunner(new[] { Fixtures.NamesFixture("errorcode-edition.md"), Fixtures.NamesFixture("errorcode-edition.names") }).Run().Result);

        [Fact]
        public void SeedSpecForCSharp73() =>
            Verify(new GeneratorRunner(new[] { Fixtures.Seed() }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, References.NetStandard20).Run().Result);

        private static void Verify(TestSpec spec, [System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
            Snapshot.Verify(GeneratorRunner.Run(spec), nameof(SnapshotTests), test);

        private static void Verify(Microsoft.CodeAnalysis.GeneratorRunResult result, [System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
            Snapshot.Verify(result, nameof(SnapshotTests), test);
    }
}
