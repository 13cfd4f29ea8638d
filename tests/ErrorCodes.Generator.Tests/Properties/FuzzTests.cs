using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Properties
{
    /// <summary>
    /// Real specs (the seed and the OpenHarmony corpus), mutated byte by byte and line by line: whatever comes out,
    /// the generator must not throw, must not fail internally, and must not emit code that fails to compile.
    /// CI runs a bounded number of cases with a fixed seed; ERRORCODES_FUZZ_CASES and ERRORCODES_SEED run more.
    /// </summary>
    public sealed class FuzzTests
    {
        private const int MutantsPerCompilation = 20;

        private static readonly string[] s_structural =
        {
            "## ", "## 2301001 重复\n", "## -1\n", "## 99999999999 大\n", "**错误信息**\n", "**处理步骤**\n", "**Error Message:**\n", "> ", "> **说明：**\n",
            "```\n", "<!--", "-->", "<!--Del-->\n", "1.", "- ", "| a | b |\n|---|---|\n", "\n", "\r\n", "\r", "\u2028", "\0", "\uFEFF", "***", "[", "](", "<div>\n",
        };

        [Fact]
        public void MutatedSpecsNeverBreakTheGeneratorOrTheBuild()
        {
            var sources = Directory.GetFiles(Path.Combine(Paths.TestProject, "Fixtures", "Corpus"), "*.md", SearchOption.AllDirectories)
                .Where(path => Path.GetFileName(path) != "README.md")
                .Append(Paths.SeedSpec)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(File.ReadAllBytes)
                .ToList();
            var random = new Random(TestSettings.Seed);
            var cases = TestSettings.FuzzCases;
            for (var batch = 0; batch * MutantsPerCompilation < cases; batch++)
            {
                var specs = new List<TestSpec>();
                for (var i = 0; i < MutantsPerCompilation && (batch * MutantsPerCompilation) + i < cases; i++)
                {
                    var source = sources[random.Next(sources.Count)];
                    specs.Add(TestSpec.FromBytes($"/repo/spec/errorcode-mutant{batch}x{i}.md", Mutate(source, random)));
                }

                var (result, output) = new GeneratorRunner(specs).Run();

                Assert.Null(result.Exception);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ECG0099");
                var problems = CompilationProblems.Of(output);
                Assert.True(problems.Count == 0, $"batch {batch} (seed {TestSettings.Seed}): {string.Join("\n", problems.Take(10))}");
            }
        }

        private static byte[] Mutate(byte[] source, Random random)
        {
            var bytes = new List<byte>(source);
            var mutations = 1 + random.Next(8);
            for (var m = 0; m < mutations; m++)
            {
                var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(7))
                {
                    case 0:
                        if (bytes.Count != 0)
                        {
                            bytes[at] = (byte)random.Next(256);
                        }

                        break;
                    case 1:
                        bytes.Insert(at, (byte)random.Next(256));
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 200)));
                        break;
                    case 3:
                        var length = Math.Min(bytes.Count - at, random.Next(1, 400));
                        bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                        break;
                    case 4:
                        bytes.InsertRange(LineStart(bytes, at), Encoding.UTF8.GetBytes(s_structural[random.Next(s_structural.Length)]));
                        break;
                    case 5:
                        var start = LineStart(bytes, at);
                        var end = bytes.IndexOf((byte)'\n', start);
                        bytes.RemoveRange(start, (end < 0 ? bytes.Count : end + 1) - start);
                        break;
                    default:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                }
            }

            return bytes.ToArray();
        }

        private static int LineStart(List<byte> bytes, int at)
        {
            while (at > 0 && bytes[at - 1] != (byte)'\n')
            {
                at--;
            }

            return at;
        }
    }
}
