using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>A code marked deprecated in its title stays in the catalog, and its enum member is [Obsolete] for the code that uses it.</summary>
    public sealed class DeprecationTests
    {
        [Fact]
        public void DeprecatedCodesAreKeptMarkedAndObsolete()
        {
            var spec = Fixtures.Hostile("deprecated-codes.md");
            var runner = new GeneratorRunner(new[] { spec });
            var (_, output) = runner.Run();
            var catalog = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();

            Assert.Equal(new[] { true, true, false }, catalog.All.Select(info => info.IsDeprecated));

            var use = CSharpSyntaxTree.ParseText(
                "namespace Consumer { internal static class Use { public static int A() => (int)DeprecatedCodesErrorCode.OldApiCalled; public static int B() => (int)DeprecatedCodesErrorCode.OptionsHandledTheOldWay; } }",
                runner.ParseOptions, cancellationToken: TestContext.Current.CancellationToken);
            var (_, withUse) = runner.Run(runner.Compilation.AddSyntaxTrees(use));
            var obsolete = withUse.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Id == "CS0618").ToList();

            var warning = Assert.Single(obsolete);
            Assert.Contains("OldApiCalled", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }
    }
}
