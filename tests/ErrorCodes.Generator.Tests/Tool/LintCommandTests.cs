using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary><c>errorcodes lint</c>: the build's diagnostics, without a build.</summary>
    public sealed class LintCommandTests
    {
        public static IEnumerable<object[]> TextHostileFixtures() =>
            Fixtures.HostileNames().Where(name => name != "binary-garbage.md").Select(name => new object[] { name });

        [Fact]
        public void TheSeedHasNothingToReport()
        {
            var result = Errorcodes.Run("lint", "--profile", "generator", Paths.SeedSpec);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("1 document: 0 errors, 0 warnings\n", result.Output);
            Assert.Equal(string.Empty, result.Error);
        }

        [Theory]
        [MemberData(nameof(TextHostileFixtures))]
        public void ReportsWhatTheBuildReportsWithTheSameIdsSeveritiesLinesAndMessages(string name)
        {
            var diagnostics = GeneratorRunner.Run(Fixtures.Hostile(name)).Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Info).ToList();
            var build = diagnostics
                .Select(diagnostic =>
                {
                    var span = diagnostic.Location.GetLineSpan();
                    // The rules about the document's quality alone are infos in the build and warnings in lint.
                    var rule = DiagnosticRules.All.Single(each => each.Id == diagnostic.Id);
                    var severity = rule.LintSeverity != rule.DefaultSeverity ? rule.LintSeverity.ToString().ToLowerInvariant() : diagnostic.Severity.ToString().ToLowerInvariant();
                    return $"{span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1} {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
                })
                .OrderBy(line => line, System.StringComparer.Ordinal)
                .ToList();

            // Lint's template profile, as the build checks the template too (its rules infos there, warnings in lint);
            // links and the registry of ranges are lint's alone.
            var lintOnly = DiagnosticRules.LintOnly.Select(rule => rule.Id).ToHashSet();
            var result = Errorcodes.Run("lint", Path.Combine(Fixtures.HostileDirectory, name), "--format", "json");
            using var json = JsonDocument.Parse(result.Output);
            var lint = json.RootElement.EnumerateArray()
                .Where(diagnostic => !lintOnly.Contains(diagnostic.GetProperty("id").GetString()!))
                .Select(diagnostic => $"{diagnostic.GetProperty("line").GetInt32()},{diagnostic.GetProperty("column").GetInt32()} {diagnostic.GetProperty("severity").GetString()} {diagnostic.GetProperty("id").GetString()}: {diagnostic.GetProperty("message").GetString()}")
                .OrderBy(line => line, System.StringComparer.Ordinal)
                .ToList();

            Assert.Equal(build, lint);
            Assert.Equal(diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) ? 1 : 0, result.ExitCode);
        }

        // Upstream's layout: a Chinese document's names file records the codes of it and its English twin, which may be
        // of another commit, with a code the Chinese one dropped. Checked alone, that code would be a tombstone (ECG0029);
        // checked with its twin, as the build lists them, it is no mistake, and the twin is not checked twice.
        [Fact]
        public void AChineseDocumentIsCheckedWithItsEnglishTwin()
        {
            using var temp = new TempDirectory("errorcodes-lint-twin");
            Directory.CreateDirectory(Path.Combine(temp.Path, "zh-cn"));
            Directory.CreateDirectory(Path.Combine(temp.Path, "en"));
            File.WriteAllText(Path.Combine(temp.Path, "zh-cn", "errorcode-x.md"), "# X\n\n## 100 一\n\n**错误信息**\n\nOne.\n");
            File.WriteAllText(Path.Combine(temp.Path, "en", "errorcode-x.md"), "# X\n\n## 100 One\n\n**Error Message**\n\nOne.\n\n## 101 Two\n\n**Error Message**\n\nTwo.\n");
            File.WriteAllText(Path.Combine(temp.Path, "zh-cn", "errorcode-x.names"), "100 One\n101 Two\n");

            var both = Errorcodes.Run("lint", "--profile", "generator", temp.Path);
            File.Delete(Path.Combine(temp.Path, "en", "errorcode-x.md"));
            var alone = Errorcodes.Run("lint", "--profile", "generator", temp.Path);

            Assert.True(both.ExitCode == 0, both.ToString());
            Assert.Equal("2 documents: 0 errors, 0 warnings\n", both.Output);
            Assert.Contains("warning ECG0029: Code 101 (Two)", alone.Output, System.StringComparison.Ordinal);
        }

        // Upstream's kernel table names a row by another row's name and gives one name two numbers: the build, whose
        // project cannot fix the document, says so as infos; lint, for the people who can, as warnings.
        [Fact]
        public void UpstreamsTableMistakesAreWarningsInLintAndInfosInTheBuild()
        {
            var kernel = Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-kernel.md");
            var lint = Errorcodes.Run("lint", "--profile", "generator", kernel);
            var build = GeneratorRunner.Run(Fixtures.Spec("errorcode-kernel.md")).Diagnostics.Where(diagnostic => diagnostic.Id is "ECG0019" or "ECG0020").ToList();

            Assert.Equal(0, lint.ExitCode);
            Assert.Contains("errorcode-kernel.md(55,2): warning ECG0019: ", lint.Output, System.StringComparison.Ordinal);
            Assert.Contains("errorcode-kernel.md(132,2): warning ECG0020: ", lint.Output, System.StringComparison.Ordinal);
            Assert.EndsWith("1 document: 0 errors, 2 warnings\n", lint.Output, System.StringComparison.Ordinal);
            Assert.Equal(2, build.Count);
            Assert.All(build, diagnostic => Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity));
        }

        [Fact]
        public void PrintsEachDiagnosticAsTheCompilerDoesAndCountsThem()
        {
            var path = Path.Combine(Fixtures.HostileDirectory, "duplicate-codes.md");
            var result = Errorcodes.Run("lint", "--profile", "generator", path);

            var lines = result.Output.TrimEnd('\n').Split('\n');
            Assert.Equal("1 document: 0 errors, 2 warnings", lines[^1]);
            Assert.Equal(2, lines.Length - 1);
            Assert.All(lines[..^1], line => Assert.Matches(@"^/.+/duplicate-codes\.md\(\d+,\d+\): warning ECG\d{4}: .+$", line));
        }

        [Fact]
        public void AnErrorGivesExitCodeOneAndWarnAsErrorCountsWarnings()
        {
            var errors = Errorcodes.Run("lint", "--profile", "generator", Path.Combine(Fixtures.HostileDirectory, "code-with-letters.md"));
            var warnings = Errorcodes.Run("lint", "--profile", "generator", Path.Combine(Fixtures.HostileDirectory, "duplicate-codes.md"));
            var promoted = Errorcodes.Run("lint", "--profile", "generator", Path.Combine(Fixtures.HostileDirectory, "duplicate-codes.md"), "--warnaserror");

            Assert.Equal(1, errors.ExitCode);
            Assert.Contains(": error ECG", errors.Output, System.StringComparison.Ordinal);
            Assert.Equal(0, warnings.ExitCode);
            Assert.Equal(1, promoted.ExitCode);
            Assert.EndsWith("1 document: 2 errors, 0 warnings\n", promoted.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void InfosArePrintedOnlyWhenAskedFor()
        {
            // A new code that the names file does not list yet is an info (ECG0028).
            using var temp = new TempDirectory("errorcodes-lint");
            var spec = Path.Combine(temp.Path, "errorcode-net-socket.md");
            File.Copy(Path.Combine(Paths.RepositoryRoot, "spec", "current", "errorcode-net-socket.md"), spec);
            File.Copy(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names"), Path.Combine(temp.Path, "errorcode-net-socket.names"));

            var quiet = Errorcodes.Run("lint", "--profile", "generator", spec);
            var loud = Errorcodes.Run("lint", "--profile", "generator", spec, "--infos");

            Assert.DoesNotContain("ECG0028", quiet.Output, System.StringComparison.Ordinal);
            Assert.Equal(11, loud.Output.Split('\n').Count(line => line.Contains(": info ECG0028: ", System.StringComparison.Ordinal)));
            Assert.Equal(0, loud.ExitCode);
        }

        [Fact]
        public void EveryCorpusDocumentIsReadWithoutAnError()
        {
            var result = Errorcodes.Run("lint", "--profile", "generator", Fixtures.CorpusDirectory);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.StartsWith($"{Fixtures.CorpusNames().Count()} documents: 0 errors, ", result.Output.TrimEnd('\n').Split('\n')[^1], System.StringComparison.Ordinal);
        }

        [Fact]
        public void FoldersAndGlobsExpandToTheirMarkdownFilesButTheReadme()
        {
            var folder = Errorcodes.Run("lint", "--profile", "generator", Path.Combine(Fixtures.CorpusDirectory, "en"));
            var glob = Errorcodes.Run("lint", "--profile", "generator", Fixtures.CorpusDirectory + "/**/errorcode-net-*.md");
            var both = Errorcodes.Run("lint", "--profile", "generator", Path.Combine(Fixtures.CorpusDirectory, "en"), Fixtures.CorpusDirectory + "/en/*.md");

            var english = Fixtures.CorpusNames().Count(name => name.StartsWith("en/", System.StringComparison.Ordinal));
            Assert.StartsWith($"{english} documents:", folder.Output.TrimEnd('\n').Split('\n')[^1], System.StringComparison.Ordinal);
            Assert.StartsWith($"{Fixtures.CorpusNames().Count(name => name.Contains("/errorcode-net-", System.StringComparison.Ordinal))} documents:", glob.Output.TrimEnd('\n').Split('\n')[^1], System.StringComparison.Ordinal);
            Assert.StartsWith($"{english} documents:", both.Output.TrimEnd('\n').Split('\n')[^1], System.StringComparison.Ordinal);
        }

        [Fact]
        public void SarifIsVersionTwoOneZeroWithEveryRuleAndEveryResultLocated()
        {
            var path = Path.Combine(Fixtures.HostileDirectory, "duplicate-codes.md");
            var result = Errorcodes.Run("lint", "--profile", "generator", path, "--format", "sarif");
            using var sarif = JsonDocument.Parse(result.Output);
            var root = sarif.RootElement;

            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.EndsWith("sarif-2.1.0.json", root.GetProperty("$schema").GetString(), System.StringComparison.Ordinal);
            var run = root.GetProperty("runs").EnumerateArray().Single();
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(2, results.Count);
            foreach (var item in results)
            {
                var id = item.GetProperty("ruleId").GetString();
                Assert.Equal(id, rules[item.GetProperty("ruleIndex").GetInt32()]);
                Assert.Equal("warning", item.GetProperty("level").GetString());
                Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
                var location = item.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
                Assert.EndsWith("duplicate-codes.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), System.StringComparison.Ordinal);
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            }
        }
    }
}
