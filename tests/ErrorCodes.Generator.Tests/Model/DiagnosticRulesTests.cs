using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Generator.Tests.Pipeline;
using ErrorCodes.Model.Diagnostics;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>Every rule lives once, in <see cref="DiagnosticRules"/>: listed, documented, release-tracked and tested.</summary>
    public sealed class DiagnosticRulesTests
    {
        public static IEnumerable<TheoryDataRow<string>> Ids() => DiagnosticRules.All.Select(rule => new TheoryDataRow<string>(rule.Id));

        [Fact]
        public void AllHoldsEveryRuleFieldOnceInTheOrderOfTheIds()
        {
            var fields = typeof(DiagnosticRules).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticRule))
                .Select(field => (DiagnosticRule)field.GetValue(null)!)
                .ToList();

            Assert.Equal(fields, DiagnosticRules.All);
            Assert.Equal(DiagnosticRules.All.Select(rule => rule.Id).Distinct().Count(), DiagnosticRules.All.Count);
            Assert.Equal(DiagnosticRules.All.Select(rule => rule.Id).OrderBy(id => id, StringComparer.Ordinal), DiagnosticRules.All.Select(rule => rule.Id));
        }

        [Fact]
        public void TheReleaseFileListsExactlyTheRulesWithTheirCategorySeverityAndTitle()
        {
            var releases = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "generator", "ErrorCodes.Model", "AnalyzerReleases.Unshipped.md"));
            var rows = Regex.Matches(releases, @"^(ECG\d{4}) \| (\w+) \| (\w+) \| (.+)$", RegexOptions.Multiline)
                .Select(match => $"{match.Groups[1].Value}|{match.Groups[2].Value}|{match.Groups[3].Value}|{match.Groups[4].Value.Trim()}");

            Assert.Equal(DiagnosticRules.All.Select(rule => $"{rule.Id}|{DiagnosticRule.Category}|{rule.DefaultSeverity}|{rule.Title}"), rows);
        }

        // The writers' language: every rule in Simplified Chinese, its holes the English message's, none left out or invented.
        [Theory]
        [MemberData(nameof(Ids))]
        public void EveryRuleHasItsTitleAndMessageInSimplifiedChineseWithTheSameHoles(string id)
        {
            var rule = DiagnosticRules.All.Single(d => d.Id == id);
            var chinese = CultureInfo.GetCultureInfo("zh-CN");

            Assert.True(DiagnosticTranslations.SimplifiedChinese.TryGetValue(id, out var translated), id + " has no translation");
            Assert.Equal(translated.Title, rule.TitleIn(chinese));
            Assert.Equal(translated.Message, rule.MessageFormatIn(chinese));
            Assert.Equal(Holes(rule.MessageFormat), Holes(translated.Message));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", translated.Title);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", translated.Message);
            Assert.Equal(rule.MessageFormat, rule.MessageFormatIn(CultureInfo.GetCultureInfo("en-US")));
            Assert.Equal(rule.MessageFormat, rule.MessageFormatIn(CultureInfo.GetCultureInfo("zh-TW")));
        }

        // The reasons and marks the tool writes into a message read in Chinese with it, holes and all; the document's own
        // text in a message is kept as written, even where it reads like one of them.
        [Fact]
        public void TheReasonsTheToolWritesAreTranslatedAndTheDocumentsTextIsNot()
        {
            var chinese = CultureInfo.GetCultureInfo("zh-CN");

            foreach (var (english, translated) in DiagnosticTranslations.Fragments)
            {
                Assert.Equal(Holes(english), Holes(translated));
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|（无）", translated);
                var sample = english.Replace("{0}", "甲", StringComparison.Ordinal).Replace("{1}", "乙", StringComparison.Ordinal);
                Assert.Equal(translated.Replace("{0}", "甲", StringComparison.Ordinal).Replace("{1}", "乙", StringComparison.Ordinal), DiagnosticTranslations.TranslateArgument("ECG0005", 2, sample));
            }

            Assert.All(DiagnosticTranslations.FragmentArguments, pair => Assert.Contains(pair.Key, DiagnosticRules.All.Select(rule => rule.Id)));

            // A reason within a reason: the encoding's, within "it is …".
            var unreadable = SpecParserDiagnostic(new string('\0', 1) + string.Concat(Enumerable.Repeat("\0a", 20)));
            Assert.Equal("ECG0011", unreadable.Rule.Id);
            Assert.Contains("它是没有字节顺序标记的 UTF-16（", unreadable.Rule.Format(unreadable.Arguments, chinese), StringComparison.Ordinal);
            Assert.DoesNotContain("byte-order", unreadable.Rule.Format(unreadable.Arguments, chinese), StringComparison.Ordinal);
            Assert.Contains("byte-order mark", unreadable.Rule.Format(unreadable.Arguments, CultureInfo.GetCultureInfo("en-US")), StringComparison.Ordinal);

            // The twins' messages (ECG0049) are the document's: "deprecated" there stays "deprecated".
            Assert.Equal(
                DiagnosticTranslations.SimplifiedChinese["ECG0049"].Message.Replace("{0}", "1", StringComparison.Ordinal).Replace("{1}", "deprecated", StringComparison.Ordinal).Replace("{2}", "unmarked", StringComparison.Ordinal).Replace("{3}", "x.md", StringComparison.Ordinal),
                DiagnosticRules.TwinMessagesDiffer.Format(new[] { "1", "deprecated", "unmarked", "x.md" }, chinese));
            Assert.Contains("已废弃", DiagnosticRules.TwinMarksDiffer.Format(new[] { "1", "deprecated", "unmarked", "x.md" }, chinese), StringComparison.Ordinal);
        }

        private static DiagnosticInfo SpecParserDiagnostic(string text) =>
            Assert.Single(ErrorCodes.Model.Parsing.SpecParser.Parse("/repo/spec/errorcode-x.md", text, System.Threading.CancellationToken.None).Diagnostics);

        [Fact]
        public void TranslationsAreOfRulesOnly() =>
            Assert.Empty(DiagnosticTranslations.SimplifiedChinese.Keys.Except(DiagnosticRules.All.Select(rule => rule.Id)));

        private static List<string> Holes(string format) =>
            Regex.Matches(format, @"\{[0-9]+\}").Select(match => match.Value).Distinct().OrderBy(hole => hole, StringComparer.Ordinal).ToList();

        [Theory]
        [MemberData(nameof(Ids))]
        public void EveryIdIsDocumentedTrackedAndTested(string id)
        {
            var rule = DiagnosticRules.All.Single(d => d.Id == id);
            var docs = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "docs", "diagnostics.md"));
            var snapshots = Directory.GetFiles(Path.Combine(Paths.TestProject, "Snapshots"), "*.verified.txt").Select(File.ReadAllText);

            Assert.Contains("\n## " + id + "\n", docs, StringComparison.Ordinal);
            Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | {rule.DefaultSeverity} | {rule.LintSeverity} |", docs, StringComparison.Ordinal);
            Assert.Equal("docs/diagnostics.md#" + id.ToLowerInvariant(), rule.HelpLink);
            Assert.True(
                DiagnosticTests.TestedHere.Contains(id) || RoleAndFaultTests.TestedHere.Contains(id) || Tool.TemplateRulesTests.TestedHere.Contains(id) || snapshots.Any(text => Regex.IsMatch(text, "^" + id + " ", RegexOptions.Multiline)),
                $"{id} appears in no verified snapshot and is not tested in {nameof(DiagnosticTests)}");
        }

        // A document is untrusted: an ESC sequence could erase lines of a CI log, a line break fake a diagnostic of its
        // own, a bidi override reorder what the message shows. What would act rather than show is escaped.
        [Fact]
        public void ArgumentsFromTheDocumentCannotActOnTheLogThatShowsThem()
        {
            var token = "23O1\u001B[2K\u009B\u202Eabc\nerror ECG0001: fake\u2028\uD800 中文 \uD83D\uDE00";
            var diagnostic = DiagnosticInfo.Create(DiagnosticRules.InvalidCode, TextLocation.StartOf("/repo/spec/a.md"), token);

            Assert.Equal("The heading's code '23O1\\u001B[2K\\u009B\\u202Eabc\\u000Aerror ECG0001: fake\\u2028\\uD800 中文 \uD83D\uDE00' is not an integer that fits in an int; the code is left out of the generated catalog", diagnostic.Message);
            Assert.DoesNotContain(diagnostic.ToString(), c => c < ' ');
        }

        [Fact]
        public void MessagesFormatTheirArgumentsWithTheInvariantCulture()
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticRules.DuplicateCode, TextLocation.StartOf("/repo/spec/a.md"), 2301001, 7);

            Assert.Equal("Code 2301001 is defined again (first at line 7); both entries stay in All, but the enum member and lookups use the first", diagnostic.Message);
            Assert.Equal("/repo/spec/a.md(1,1): warning ECG0003: " + diagnostic.Message, diagnostic.ToString());
        }
    }
}
