using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Pipeline
{
    /// <summary>
    /// Random sequences of the edits a user makes (a spec's text edited, a spec added or removed, metadata changed, a
    /// twin listed or dropped, an unrelated C# file edited), applied to one driver: after every step its output and
    /// diagnostics must equal a fresh driver's on the same inputs. A cache that keeps anything stale fails here.
    /// </summary>
    public sealed class RandomizedIncrementalTests
    {
        private static readonly string[] s_words = { "Changed", "Lost", "Refused", "Again", "网络", "超时" };

        [Fact]
        public void AfterEveryRandomEditTheDriverAgreesWithAFreshOne()
        {
            var random = new Random(TestSettings.Seed);
            var pool = Pool();
            var runner = new GeneratorRunner(pool.Take(3));
            var compilation = (Compilation)runner.Compilation;
            runner.Run(compilation);
            var history = new List<string>();
            for (var step = 0; step < TestSettings.IncrementalSteps; step++)
            {
                history.Add(Edit(runner, pool, random, ref compilation));
                GeneratorRunResult incremental;
                try
                {
                    incremental = runner.Run(compilation).Result;
                }
                catch (Exception exception) when (exception is Xunit.Sdk.XunitException)
                {
                    throw new Xunit.Sdk.XunitException($"step {step} ({history[^1]}), seed {TestSettings.Seed}, edits: {string.Join(", ", history)}: {exception.Message}");
                }

                var (fresh, _) = new GeneratorRunner(runner.Specs).Run(compilation);

                Assert.True(
                    CachingCheck.Describe(fresh) == CachingCheck.Describe(incremental),
                    $"step {step} ({history[^1]}) differs from a fresh run; seed {TestSettings.Seed}; edits: {string.Join(", ", history)}");
            }
        }

        private static string Edit(GeneratorRunner runner, List<TestSpec> pool, Random random, ref Compilation compilation)
        {
            var listed = runner.Specs;
            switch (random.Next(6))
            {
                case 0 when listed.Count != 0:
                case 1 when listed.Count != 0:
                    var spec = listed[random.Next(listed.Count)];
                    runner.Replace(spec with { Text = Mutate(spec.Text, random) });
                    return "text of " + spec.Path;
                case 2 when listed.Count < pool.Count:
                    var added = pool.Where(candidate => listed.All(existing => existing.Path != candidate.Path)).ElementAt(0);
                    runner.Add(added);
                    return "add " + added.Path;
                case 3 when listed.Count > 1:
                    var removed = listed[random.Next(listed.Count)].Path;
                    runner.Remove(removed);
                    return "remove " + removed;
                case 4 when listed.Count != 0:
                    var target = listed[random.Next(listed.Count)];
                    runner.Replace(target with { Metadata = Metadata(target, listed, random) });
                    return "metadata of " + target.Path;
                default:
                    compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                        "namespace Consumer { internal static class Other" + compilation.SyntaxTrees.Count() + " { } }",
                        (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
                    return "C# file";
            }
        }

        // Codes added, lines dropped or repeated, words changed: every way an edit changes names, texts and diagnostics.
        private static string Mutate(string text, Random random)
        {
            var lines = text.Split('\n').ToList();
            var line = random.Next(lines.Count);
            switch (random.Next(4))
            {
                case 0:
                    return text + $"\n\n## {random.Next(1, 3_000_000)} 新\n\n**错误信息**\n\n{s_words[random.Next(s_words.Length)]} code.\n";
                case 1:
                    lines.RemoveAt(line);
                    break;
                case 2:
                    lines.Insert(line, lines[line]);
                    break;
                default:
                    var words = lines[line].Split(' ');
                    words[random.Next(words.Length)] = s_words[random.Next(s_words.Length)];
                    lines[line] = string.Join(" ", words);
                    break;
            }

            return string.Join("\n", lines);
        }

        private static IReadOnlyDictionary<string, string>? Metadata(TestSpec spec, List<TestSpec> listed, Random random)
        {
            switch (random.Next(4))
            {
                case 0:
                    return null;
                case 1:
                    return new Dictionary<string, string> { ["EnumName"] = "Renamed" + random.Next(3) };
                case 2:
                    return new Dictionary<string, string> { ["Namespace"] = "Other" + random.Next(2) };
                default:
                    var twin = listed[random.Next(listed.Count)];
                    return twin.Path == spec.Path ? null : new Dictionary<string, string> { ["Twin"] = twin.Path };
            }
        }

        // Specs of every kind: the seed, the fixtures, a twin pair, the kernel table and the universal codes.
        private static List<TestSpec> Pool() =>
            Fixtures.Names.Select(Fixtures.Fixture)
                .Prepend(Fixtures.Seed())
                .Append(Fixtures.Corpus("zh-cn/errorcode-net-vpn.md", new Dictionary<string, string> { ["Twin"] = Fixtures.DocsDirectory + "/en/errorcode-net-vpn.md" }))
                .Append(Fixtures.Corpus("en/errorcode-net-vpn.md", new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }))
                .Append(Fixtures.Spec("errorcode-kernel.md") with { Path = Fixtures.DocsDirectory + "/errorcode-kernel.md" })
                .Append(Fixtures.Spec("errorcode-universal.md") with { Path = Fixtures.DocsDirectory + "/errorcode-universal.md" })
                .ToList();
    }
}
