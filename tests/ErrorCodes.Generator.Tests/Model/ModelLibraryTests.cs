using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>The parse-and-model library is for every tool: it must load without a compiler, and the build must pass it every option it reads.</summary>
    public sealed class ModelLibraryTests
    {
        [Fact]
        public void TheLibraryReferencesNoRoslynAssembly()
        {
            var references = typeof(CatalogModel).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

            Assert.Contains("Markdig", references);
            Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }

        [Fact]
        public void ThePackagesPropsMakeEveryMetadataOfTheOptionsVisibleToTheCompiler()
        {
            var props = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "generator", "ErrorCodes.Generator", "buildTransitive", "ErrorCodes.Generator.props"));
            var visible = Regex.Matches(props, "<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"(\\w+)\" />").Select(match => match.Groups[1].Value).ToList();
            var metadata = new[] { nameof(CatalogOptions.Namespace), nameof(CatalogOptions.EnumName), nameof(CatalogOptions.ClassName), nameof(CatalogOptions.Twin), nameof(CatalogOptions.Language) };

            Assert.All(metadata, name => Assert.Contains(name, visible));
            Assert.Contains("ErrorCodesSpec", visible);
        }

        [Fact]
        public void ModelsCompareByValue()
        {
            var markdown = "# T\n\n" + Documents.Code(1, "甲", "First failure.");

            var first = Documents.Build(markdown);
            var second = Documents.Build(markdown);

            Assert.NotSame(first, second);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.NotEqual(first, Documents.Build(markdown.Replace("First", "Other", StringComparison.Ordinal)));
        }
    }
}
