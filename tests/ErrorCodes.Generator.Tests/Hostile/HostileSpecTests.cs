using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Generator.Tests.Infrastructure;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Hostile
{
    /// <summary>
    /// Bad and odd specs (Fixtures/Hostile): each has a snapshot of its diagnostics and generated code, its code
    /// compiles without warnings for both kinds of consumer, and no heading that looks like a code disappears silently.
    /// </summary>
    public sealed class HostileSpecTests
    {
        private static readonly string s_directory = Path.Combine(Paths.TestProject, "Fixtures", "Hostile");

        public static IEnumerable<TheoryDataRow<string>> Specs() =>
            Directory.GetFiles(s_directory, "*.md").Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).Select(n => new TheoryDataRow<string>(n!));

        [Fact]
        public void ThereAreAtLeastFortyFixtures() => Assert.True(Specs().Count() >= 40);

        [Theory]
        [MemberData(nameof(Specs))]
        public void MatchesSnapshot(string name)
        {
            var (result, _) = new GeneratorRunner(new[] { Spec(name) }).Run();

            Assert.Null(result.Exception);
            Snapshot.Verify(result, nameof(HostileSpecTests), "Generates_" + Path.GetFileNameWithoutExtension(name).Replace('-', '_'));
        }

        [Theory]
        [MemberData(nameof(Specs))]
        public void CompilesCleanForNet10(string name) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Spec(name) }, LanguageVersion.Latest, References.Net));

        [Theory]
        [MemberData(nameof(Specs))]
        public void CompilesCleanForNetStandard20AtCSharp73(string name) =>
            AssertCompilesClean(new GeneratorRunner(new[] { Spec(name) }, LanguageVersion.CSharp7_3, References.NetStandard20));

        [Theory]
        [MemberData(nameof(Specs))]
        public void EveryHeadingThatLooksLikeACodeIsGeneratedOrReported(string name)
        {
            var spec = Spec(name);
            var (result, output) = new GeneratorRunner(new[] { spec }).Run();
            if (result.Diagnostics.Any(d => d.Id == "ECG0015"))
            {
                // Too deep for Markdig to parse at all: the whole file is reported, so there is nothing to count.
                Assert.Empty(result.GeneratedSources);
                return;
            }

            var looksLikeCodes = CountHeadingsThatLookLikeCodes(spec.Text);
            var generated = result.GeneratedSources.Length == 0 ? 0 : ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single().All.Count;
            var reported = result.Diagnostics.Count(d => d.Id is "ECG0002" or "ECG0018");
            if (looksLikeCodes == 0)
            {
                // A table spec: one code per body row.
                looksLikeCodes = CountTableRows(spec.Text);
            }

            Assert.Equal(looksLikeCodes, generated + reported);
        }

        private static TestSpec Spec(string name) =>
            TestSpec.FromBytes("/repo/spec/" + name, File.ReadAllBytes(Path.Combine(s_directory, name)));

        private static readonly MarkdownPipeline s_tables = new MarkdownPipelineBuilder().UsePipeTables().Build();

        private static int CountTableRows(string text) =>
            Markdown.Parse(Normalize(text), s_tables).OfType<Markdig.Extensions.Tables.Table>()
                .Sum(table => table.OfType<Markdig.Extensions.Tables.TableRow>().Count(row => !row.IsHeader && row.Any(cell => cell is Markdig.Syntax.ContainerBlock { Count: > 0 })));

        private static string Normalize(string text) => text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace('\r', '\n');

        // Counted on Markdig's tree directly, independently of the generator's reader; a heading glued to the end of a
        // line ("later.## 2900402 Second") is counted too, as the author meant one.
        private static int CountHeadingsThatLookLikeCodes(string text)
        {
            var document = Markdown.Parse(Normalize(text));
            var glued = document.Descendants<ParagraphBlock>().Sum(paragraph =>
                System.Text.RegularExpressions.Regex.Matches(string.Concat(paragraph.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? Enumerable.Empty<string>()), @"[^\s#]#{1,6} -?[0-9]+(?![0-9A-Za-z_.])").Count);
            // A fence that never closes swallows the headings after it; the author meant them as headings.
            var inUnclosedFences = document.Descendants<FencedCodeBlock>().Where(fence => fence.ClosingFencedCharCount == 0)
                .Sum(fence => System.Text.RegularExpressions.Regex.Matches(fence.Info + " " + fence.Arguments + "\n" + fence.Lines.ToString(), @"(?m)^#{1,6} -?[0-9]+(?![0-9A-Za-z_.])").Count);
            return glued + inUnclosedFences + document.OfType<HeadingBlock>().Count(h =>
            {
                var headingText = string.Concat(h.Inline?.Descendants().Select(inline => inline switch
                {
                    Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
                    Markdig.Syntax.Inlines.CodeInline code => code.Content,
                    _ => string.Empty,
                }) ?? Enumerable.Empty<string>());
                return CodeHeading.StartsLikeACode(headingText.Trim(), out _);
            });
        }

        private static void AssertCompilesClean(GeneratorRunner runner)
        {
            var (result, output) = runner.Run();

            Assert.Null(result.Exception);
            Assert.Empty(CompilationProblems.Of(output));
        }
    }
}
