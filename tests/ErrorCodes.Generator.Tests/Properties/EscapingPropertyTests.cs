using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Properties
{
    /// <summary>
    /// Whatever text a spec holds, the generated code compiles and its runtime values equal what the parser read,
    /// exactly: specs full of quotes, backslashes, braces, comment and XML terminators, line separators, control
    /// characters and unpaired surrogates are generated, compiled, loaded and compared field by field.
    /// </summary>
    public sealed class EscapingPropertyTests
    {
        private const int CodesPerSpec = 50;

        private static readonly string[] s_fragments =
        {
            "\"", "\\", "\\\\", "{", "}", "{0}", "}}{{", "*/", "/*", "//", "</summary>", "<para>", "&", "&amp;", "<", ">", "#line 1 \"x.cs\"",
            "#if", "\u2028", "\u2029", "\u0085", "\t", "\u0000", "\u0001", "\u001b", "\u007f", "\uD800", "\uDFFF", "\uFEFF", "\u200B", "\u202E",
            "\uFFFE", "😀", "中文", "错误信息", "Ω", "'", "@\"", "$\"{x}\"", "\"\"\"", "`code`", "**bold**", "_em_", "[link](x)", "<!-- c -->", "…",
            " ", "  ", "a", "Error", "x509", "1.", "-",
        };

        // Past the budget of string literals (a long description for every code), the larger half of the catalogs keep
        // their texts as UTF-8 data: the same hostile texts go through both.
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void GeneratedValuesEqualTheParsedTextExactly(bool pastTheLiteralBudget)
        {
            var random = new Random(TestSettings.Seed);
            // About 9 MB of padding in all, whatever the number of specs.
            var padding = pastTheLiteralBudget ? " " + string.Concat(Enumerable.Repeat("Word ", Math.Max(1, 17_600 / TestSettings.PropertySpecs))) : string.Empty;
            var specs = Enumerable.Range(0, TestSettings.PropertySpecs)
                .Select(i => new TestSpec($"/repo/spec/errorcode-random{i}.md", RandomSpec(random, padding)))
                .ToList();
            // Past a few hundred specs, Roslyn's step tracking is what takes the time (see CachingCheck); CI's run tracks.
            var (result, output) = new GeneratorRunner(specs, trackSteps: specs.Count <= 100).Run();
            Assert.Null(result.Exception);
            Assert.Empty(CompilationProblems.Of(output));
            var asData = result.GeneratedSources.Count(source => source.SourceText.ToString().Contains("private static global::System.ReadOnlySpan<byte> Utf8 =>", StringComparison.Ordinal));
            if (pastTheLiteralBudget)
            {
                Assert.InRange(asData, 1, specs.Count - 1);
            }
            else if (TestSettings.PropertySpecs <= 100)
            {
                // Longer runs than CI's are past the budget without padding.
                Assert.Equal(0, asData);
            }

            var catalogs = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).ToDictionary(c => c.Name);
            var compared = 0;
            foreach (var spec in specs)
            {
                var parsed = SpecParser.Parse(spec.Path, spec.Text, CancellationToken.None);
                var catalog = catalogs["Random" + spec.Path.Substring("/repo/spec/errorcode-random".Length).Replace(".md", string.Empty, StringComparison.Ordinal)];
                Assert.Equal(parsed.Title, catalog.Title);
                Assert.Equal(parsed.Notes, catalog.Notes);
                CatalogAssert.SameTexts(parsed, catalog);
                compared += catalog.All.Count;
            }

            Assert.True(compared >= TestSettings.PropertySpecs * CodesPerSpec * 9 / 10, $"only {compared} codes were compared");
        }

        private static string RandomSpec(Random random, string padding)
        {
            var builder = new StringBuilder("# ").Append(RandomText(random)).Append("\n\n");
            var codes = new HashSet<int>();
            while (codes.Count < CodesPerSpec)
            {
                codes.Add(random.Next(-5000, 5000));
            }

            foreach (var code in codes)
            {
                builder.Append("## ").Append(code).Append(' ').Append(RandomText(random)).Append("\n\n");
                builder.Append("**错误信息**\n\n").Append(RandomText(random)).Append("\n\n");
                builder.Append("**错误描述**\n\n").Append(RandomText(random)).Append('\n').Append(RandomText(random)).Append(padding).Append("\n\n");
                builder.Append("**可能原因**\n\n1.").Append(RandomText(random)).Append("\n\n2.").Append(RandomText(random)).Append("\n\n");
                builder.Append("**处理步骤**\n\n- ").Append(RandomText(random)).Append("\n- ").Append(RandomText(random)).Append("\n\n");
            }

            return builder.ToString();
        }

        // Words first, so most texts give a name; then fragments that are hard to escape, in any order.
        private static string RandomText(Random random)
        {
            var builder = new StringBuilder("Word").Append(random.Next(1000));
            var count = random.Next(1, 8);
            for (var i = 0; i < count; i++)
            {
                builder.Append(random.Next(4) == 0 ? ((char)random.Next(0x20, 0xFFFF)).ToString() : s_fragments[random.Next(s_fragments.Length)]);
            }

            if (random.Next(4) == 0)
            {
                builder.Append('\\');
            }

            return builder.ToString();
        }
    }
}
