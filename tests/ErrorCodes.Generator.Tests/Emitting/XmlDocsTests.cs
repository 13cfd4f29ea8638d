using System;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>A member's XML docs are for the hover: bounded, whatever the document says, with the full text in the data.</summary>
    public sealed class XmlDocsTests
    {
        // Before: the description was written into the member's docs too, and the compiler copied it again into the
        // documentation file (a 50 MB description cost the compiler 7.4 GB).
        [Fact]
        public void AHugeDescriptionIsInTheDataOnceAndCutShortInTheDocs()
        {
            var description = string.Concat(Enumerable.Repeat("很长的描述。", 500_000));
            var causes = string.Concat(Enumerable.Range(1, 100).Select(i => "- 原因" + i + "。\n"));
            var spec = "# 大\n\n## 1 大\n\n**错误信息**\n\nHuge.\n\n**错误描述**\n\n" + description + "\n\n**可能原因**\n\n" + causes + "\n**处理步骤**\n\n步骤。\n";

            var (result, output) = new GeneratorRunner(new[] { new TestSpec("/repo/spec/errorcode-huge.md", spec) }).Run();

            var source = Assert.Single(result.GeneratedSources).SourceText.ToString();
            var docs = string.Concat(source.Split('\n').Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal)));
            Assert.InRange(docs.Length, 1, 20_000);
            Assert.Contains("Some of the text is cut short here", docs, StringComparison.Ordinal);
            Assert.InRange(source.Length, description.Length, description.Length + 100_000);
            Assert.Empty(CompilationProblems.Of(output));
            var catalog = Assert.Single(ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)));
            Assert.True(catalog.TryGetInfo(1, out var info));
            Assert.Equal(description, info.Description);
            Assert.Equal(100, info.Causes.Count);
        }
    }
}
