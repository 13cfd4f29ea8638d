using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Consumption
{
    /// <summary>Sections under unknown labels and scenarios reach the generated catalog: compiled, loaded and read back.</summary>
    public sealed class SectionsAndScenariosTests
    {
        [Fact]
        public void ScenariosReachTheEntryWithEveryField()
        {
            var catalog = Load(Fixtures.Hostile("scenarios.md"));

            Assert.True(catalog.TryGetInfo(7900001, out var info));
            Assert.Equal("The package is damaged.", info.Message);
            Assert.Equal(new[] { "Scenario 1: the package is damaged", "Scenario 2: no space" }, info.Scenarios.Select(scenario => scenario.Title));
            var second = info.Scenarios[1];
            Assert.Equal(("No space left on the device.", "空间不足。", 23), (second.Message, second.Description, second.Line));
            Assert.Equal(new[] { "磁盘已满。" }, second.Causes);
            Assert.Equal(new[] { "清理磁盘。" }, second.Remediation);
        }

        [Fact]
        public void ASectionUnderAnUnknownLabelReachesTheEntry()
        {
            var catalog = Load(Fixtures.Hostile("labels-by-meaning.md"));

            Assert.True(catalog.TryGetInfo(7700003, out var info));
            var section = Assert.Single(info.Sections);
            Assert.Equal(("Impact", "The text under an unknown label is kept under that label."), (section.Label, section.Text));
            Assert.Equal("Impact: The text under an unknown label is kept under that label.", section.ToString());
            Assert.True(catalog.TryGetInfo(7700001, out var english));
            Assert.Equal("The symptom is the description.", english.Description);
            Assert.Empty(english.Sections);
        }

        private static IErrorCodeCatalog Load(TestSpec spec)
        {
            var (_, output) = new GeneratorRunner(new[] { spec }).Run();
            return Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)));
        }
    }
}
