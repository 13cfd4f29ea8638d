using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary>
    /// The upstream template's rules, as `errorcodes lint` (its template profile) reports them: for each, a Chinese
    /// document and an English twin that break it, and the same pair written as the template says, which does not.
    /// </summary>
    public sealed class TemplateRulesTests
    {
        // The ids whose every case this class asserts.
        internal static readonly string[] TestedHere =
        {
            "ECG0040", "ECG0041", "ECG0042", "ECG0043", "ECG0044", "ECG0045", "ECG0046", "ECG0047", "ECG0048",
            "ECG0049", "ECG0050", "ECG0051", "ECG0052", "ECG0053", "ECG0054", "ECG0055", "ECG0056", "ECG0057", "ECG0058", "ECG0059",
        };

        private const string ZhTitle = "# 演示错误码\n\n";
        private const string EnTitle = "# Demo Error Codes\n\n";

        public static TheoryData<string, string, string, string, string> Broken => new()
        {
            // id, file name, Chinese document, English twin, the line of the Chinese document it points at ("" for any)
            { "ECG0040", "errorcode_demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed."), EnTitle + En(3900001, "Connection failed", "Connection failed."), "1" },
            { "ECG0041", "errorcode-demo.md", "# 演示\n\n" + Zh(3900001, "连接失败", "Connection failed."), "# Demo\n\n" + En(3900001, "Connection failed", "Connection failed."), "1" },
            { "ECG0042", "errorcode-demo.md", ZhTitle + Zh(3900001, string.Empty, "Connection failed."), EnTitle + En(3900001, string.Empty, "Connection failed."), "3" },
            { "ECG0043", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed.").Replace("## 3900001", "##  3900001", StringComparison.Ordinal), EnTitle + En(3900001, "Connection failed", "Connection failed.").Replace("## 3900001", "##  3900001", StringComparison.Ordinal), "3" },
            { "ECG0044", "errorcode-demo.md", ZhTitle + "## 3900001 连接失败\n\n**错误信息**\n\nConnection failed.\n\n**可能原因**\n\n网络断开。\n\n**错误描述**\n\n连接失败。\n\n**处理步骤**\n\n检查网络。\n", EnTitle + "## 3900001 Connection failed\n\n**Error Message**\n\nConnection failed.\n\n**Possible Causes**\n\nThe network is down.\n\n**Description**\n\nThe connection failed.\n\n**Solution**\n\nCheck the network.\n", "3" },
            { "ECG0045", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "连接失败。"), EnTitle + En(3900001, "Connection failed", "Connection failed."), "3" },
            { "ECG0046", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed.", causes: 2, steps: 1), EnTitle + En(3900001, "Connection failed", "Connection failed.", causes: 2, steps: 1), "3" },
            { "ECG0047", "errorcode-demo.md", ZhTitle + "写作说明：此处写模块的说明。\n\n" + Zh(3900001, "连接失败", "Connection failed."), EnTitle + "Describe the xxx module here.\n\n" + En(3900001, "Connection failed", "Connection failed."), "3" },
            { "ECG0048", "errorcode-demo.md", ZhTitle + Zh(200, "连接失败", "Connection failed."), EnTitle + En(200, "Connection failed", "Connection failed."), "3" },
            { "ECG0049", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed."), EnTitle + En(3900001, "Connection failed", "The connection failed."), "3" },
            { "ECG0050", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection to ${host} failed."), EnTitle + En(3900001, "Connection failed", "Connection to ${server} failed."), "3" },
            { "ECG0051", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed.", causes: 2, steps: 2), EnTitle + En(3900001, "Connection failed", "Connection failed.", causes: 1, steps: 1), "3" },
            { "ECG0052", "errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败<sup>(deprecated)</sup>", "Connection failed."), EnTitle + En(3900001, "Connection failed", "Connection failed."), "3" },
            { "ECG0054", "errorcode-demo.md", ZhTitle + Zh(401, "参数错误", "Parameter error."), EnTitle + En(401, "Parameter error", "Parameter error."), "3" },
            { "ECG0055", "errorcode-demo.md", ZhTitle + string.Concat(new[] { 3900001, 3900002, 3900003, 3900004, 5500001 }.Select(code => Zh(code, "失败" + code, "Failure " + code + "."))), EnTitle + string.Concat(new[] { 3900001, 3900002, 3900003, 3900004, 5500001 }.Select(code => En(code, "Failure " + code, "Failure " + code + "."))), string.Empty },
            { "ECG0056", "errorcode-demo.md", ZhTitle + "通用错误码请参考[通用错误码](errorcode-missing.md)，连接失败见[3900001](errorcode-demo.md#3900001-连接中断)。\n\n" + Zh(3900001, "连接失败", "Connection failed."), EnTitle + "See [universal codes](errorcode-missing.md).\n\n" + En(3900001, "Connection failed", "Connection failed."), "3" },
        };

        [Theory]
        [MemberData(nameof(Broken))]
        public void EachRuleIsReportedWhereTheDocumentsBreakIt(string id, string fileName, string chinese, string english, string line)
        {
            var found = Lint(fileName, chinese, english);

            var hits = found.Where(diagnostic => diagnostic.Id == id).ToList();
            Assert.True(hits.Count != 0, id + " not reported; found: " + string.Join("\n", found));
            Assert.All(hits, hit => Assert.Equal("warning", hit.Severity));
            if (line.Length != 0)
            {
                Assert.Contains(hits, hit => hit.File.EndsWith(Path.Combine("zh-cn", fileName), StringComparison.Ordinal) && hit.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) == line);
            }

            // The generator profile, the build's rules alone, has none of them.
            Assert.DoesNotContain(Lint(fileName, chinese, english, "generator"), diagnostic => diagnostic.Id == id);
        }

        // The build checks each document, each document against its twin and the numbering of the project's documents
        // by the same rules, as infos (a writer's rule fails no user's build) at the line lint gives; links and the
        // registry are lint's alone.
        [Theory]
        [MemberData(nameof(Broken))]
        public void TheBuildReportsTheRulesOfADocumentAndItsTwinAsInfos(string id, string fileName, string chinese, string english, string line)
        {
            var build = Build(fileName, chinese, english).Where(diagnostic => diagnostic.Id == id).ToList();

            if (DiagnosticRules.LintOnly.Any(rule => rule.Id == id))
            {
                Assert.Empty(build);
                return;
            }

            Assert.True(build.Count != 0, id + " not reported by the build");
            Assert.All(build, diagnostic => Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity));
            if (line.Length != 0)
            {
                Assert.Contains(build, diagnostic => diagnostic.Location.GetLineSpan().Path.EndsWith("zh-cn/" + fileName, StringComparison.Ordinal)
                    && (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) == line);
            }
        }

        // .editorconfig severities apply to the template's rules in a build as to any rule.
        [Fact]
        public void EditorConfigSetsTheTemplateRulesSeveritiesInTheBuild()
        {
            var chinese = ZhTitle + Zh(3900001, "连接失败", "连接失败。", causes: 2, steps: 1);
            var spec = new TestSpec("/repo/docs/zh-cn/errorcode-demo.md", chinese)
            {
                EditorConfig = new Dictionary<string, string>
                {
                    ["errorcodes_diagnostic.ECG0045.severity"] = "warning",
                    ["errorcodes_diagnostic.ECG0046.severity"] = "none",
                },
            };

            var diagnostics = GeneratorRunner.Run(spec).Diagnostics;

            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, diagnostic => diagnostic.Id == "ECG0045").Severity);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "ECG0046");
        }

        [Fact]
        public void DocumentsWrittenAsTheTemplateSaysBreakNone()
        {
            var chinese = ZhTitle + "通用错误码请参考[通用错误码](errorcode-universal.md)，连接失败见[3900001](errorcode-demo.md#3900001-失败3900001)。\n\n"
                + string.Concat(new[] { 3900001, 3900002, 3900003, 3900004 }.Select(code => Zh(code, "失败" + code, "Failure " + code + ".", causes: 2, steps: 2)));
            var english = EnTitle + "See [universal codes](errorcode-universal.md).\n\n"
                + string.Concat(new[] { 3900001, 3900002, 3900003, 3900004 }.Select(code => En(code, "Failure " + code, "Failure " + code + ".", causes: 2, steps: 2)));

            var found = Lint("errorcode-demo.md", chinese, english, universal: true);

            Assert.DoesNotContain(found, diagnostic => TestedHere.Contains(diagnostic.Id) || diagnostic.Id == "ECG0021");
        }

        [Fact]
        public void ACodeTwoDocumentsDefineWithDifferentMessagesIsReportedAtTheSecond()
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "zh-cn/errorcode-a.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed."));
            Write(temp, "zh-cn/errorcode-b.md", ZhTitle + Zh(3900001, "超时", "Timed out."));
            Write(temp, "zh-cn/errorcode-c.md", ZhTitle + Zh(3900002, "超时", "Timed out."));
            Write(temp, "zh-cn/cj-errorcode-a.md", ZhTitle + Zh(3900001, "连接中断", "Connection lost."));

            var found = Run(temp.Path, "template");

            // Once, at the second document; the Cangjie edition numbers the same module's codes alike and is its own family.
            var hit = Assert.Single(found, diagnostic => diagnostic.Id == "ECG0053");
            Assert.EndsWith("errorcode-b.md", hit.File, StringComparison.Ordinal);
            Assert.Contains("Code 3900001 is also defined by errorcode-a.md (line 3), with the message 'Connection failed.'", hit.Message, StringComparison.Ordinal);
        }

        // The build numbers the project's documents as lint numbers those it is given: once, at the second document.
        [Fact]
        public void TheBuildReportsACodeTwoOfTheProjectsDocumentsDefineOtherwise()
        {
            var result = GeneratorRunner.Run(
                new TestSpec("/repo/docs/zh-cn/errorcode-a.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed.")),
                new TestSpec("/repo/docs/zh-cn/errorcode-b.md", ZhTitle + Zh(3900001, "超时", "Timed out.")),
                new TestSpec("/repo/docs/zh-cn/errorcode-c.md", ZhTitle + Zh(3900002, "超时", "Timed out.")));

            var hit = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "ECG0053");
            Assert.Equal(DiagnosticSeverity.Info, hit.Severity);
            Assert.EndsWith("errorcode-b.md", hit.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Assert.Contains("Code 3900001 is also defined by errorcode-a.md (line 3), with the message 'Connection failed.'", hit.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal(3, result.GeneratedSources.Length);
        }

        [Fact]
        public void ACodeOnOneSideOfTheTwinsIsAWarningInTheTemplateProfileAndAnInfoInTheBuilds()
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "zh-cn/errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed.") + Zh(3900002, "超时", "Timed out."));
            Write(temp, "en/errorcode-demo.md", EnTitle + En(3900001, "Connection failed", "Connection failed."));

            Assert.Equal("warning", Assert.Single(Run(temp.Path, "template"), diagnostic => diagnostic.Id == "ECG0021").Severity);
            Assert.Equal("info", Assert.Single(Run(temp.Path, "generator"), diagnostic => diagnostic.Id == "ECG0021").Severity);
        }

        [Fact]
        public void TheSummaryCountsEachRuleWithExamples()
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "zh-cn/errorcode_demo.md", ZhTitle + Zh(3900001, "连接失败", "连接失败。", causes: 2, steps: 1));

            var result = Errorcodes.Run("lint", Path.Combine(temp.Path, "zh-cn"), "--format", "summary");
            var lines = result.Output.Split('\n');

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("1 document: 0 errors, 3 warnings, ", lines[0], StringComparison.Ordinal);
            Assert.Contains(lines, row => row.StartsWith("| [ECG0045](diagnostics.md#ecg0045) Message not in English | warning | 1 | 1 | `", StringComparison.Ordinal));
            Assert.Contains(lines, row => row.StartsWith("| [ECG0046](diagnostics.md#ecg0046) Fewer steps than causes | warning | 1 | 1 | `", StringComparison.Ordinal));
        }

        [Fact]
        public void TwinsOutsideTheLayoutArePairedByTwin()
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "docs/errorcode-demo.md", ZhTitle + Zh(3900001, "连接失败", "Connection failed.") + Zh(3900002, "超时", "Timed out."));
            Write(temp, "translations/demo.md", EnTitle + En(3900001, "Connection failed", "The connection failed."));
            var spec = Path.Combine(temp.Path, "docs", "errorcode-demo.md");
            var twin = Path.Combine(temp.Path, "translations", "demo.md");

            var unpaired = Errorcodes.Run("lint", spec, twin, "--format", "json");
            var paired = Errorcodes.Run("lint", spec, twin, "--format", "json", "--twin", spec + "=" + twin);

            Assert.DoesNotContain("ECG0049", unpaired.Output, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"ECG0049\"", paired.Output, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"ECG0021\"", paired.Output, StringComparison.Ordinal);
            Assert.Equal(3, Errorcodes.Run("lint", spec, "--twin", spec + "=missing.md").ExitCode);
        }

        [Fact]
        public void ARegistryOfRangesChecksTheCodesAndIsCheckedItself()
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "zh-cn/errorcode-a.md", ZhTitle + string.Concat(new[] { 3900001, 3900002, 3900003, 3900004, 5500001 }.Select(code => Zh(code, "失败" + code, "Failure " + code + "."))));
            Write(temp, "zh-cn/errorcode-b.md", ZhTitle + Zh(4100001, "超时", "Timed out."));
            Write(temp, "registry.txt", "# ranges\nerrorcode-a.md 3900000-3999999   # module a\nerrorcode-c.md 3950000-3959999 801\nnot a line\n");

            var result = Errorcodes.Run("lint", Path.Combine(temp.Path, "zh-cn"), "--format", "json", "--registry", Path.Combine(temp.Path, "registry.txt"));
            using var json = JsonDocument.Parse(result.Output);
            var found = json.RootElement.EnumerateArray().Select(item => (Id: item.GetProperty("id").GetString()!, File: Path.GetFileName(item.GetProperty("file").GetString()!), Line: item.GetProperty("line").GetInt32(), Message: item.GetProperty("message").GetString()!)).ToList();

            Assert.Contains(found, hit => hit == ("ECG0057", "errorcode-a.md", 75, "Code 5500001 is in none of the ranges the registry gives errorcode-a.md (3900000-3999999)"));
            Assert.Contains(found, hit => hit.Id == "ECG0058" && hit.File == "registry.txt" && hit.Line == 3 && hit.Message.StartsWith("This line of the registry is ignored or conflicts with another: errorcode-c.md's range 3950000-3959999 overlaps errorcode-a.md's 3900000-3999999 (line 2)", StringComparison.Ordinal));
            Assert.Contains(found, hit => hit.Id == "ECG0058" && hit.File == "registry.txt" && hit.Line == 4);
            Assert.Contains(found, hit => hit.Id == "ECG0059" && hit.File == "errorcode-b.md" && hit.Message.EndsWith("add a line such as 'errorcode-b.md 4100001'", StringComparison.Ordinal));

            // The registry's ranges replace the range read from the codes: 5500001 is said once, by ECG0057.
            Assert.DoesNotContain(found, hit => hit.Id == "ECG0055");
            Assert.Contains(Run(Path.Combine(temp.Path, "zh-cn"), "template"), hit => hit.Id == "ECG0055");
        }

        [Fact]
        public void InTheWritersLanguageTheIdsAndLinesStayAndTheMessagesAreChinese()
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "zh-cn/errorcode_demo.md", ZhTitle + Zh(3900001, "连接失败", "连接失败。", causes: 2, steps: 1));
            var folder = Path.Combine(temp.Path, "zh-cn");

            var chinese = Errorcodes.Run("lint", folder, "--lang", "zh");
            var english = Errorcodes.Run("lint", folder, "--lang", "en");

            Assert.Equal(0, chinese.ExitCode);
            Assert.Contains("errorcode_demo.md(3,1): warning ECG0046: 错误码 3900001 有 2 条可能原因、1 条处理步骤：模板要求每个步骤依次对应一个原因（此处只计数，不判断内容）", chinese.Output, StringComparison.Ordinal);
            Assert.Contains("errorcode_demo.md(3,1): warning ECG0046: Code 3900001 gives 2 possible causes and 1 steps", english.Output, StringComparison.Ordinal);
            Assert.Equal(
                english.Output.Split('\n').Select(line => line.Split(": ")[0]),
                chinese.Output.Split('\n').Select(line => line.Split(": ")[0]));
        }

        // The reason the tool gives for a file it cannot read is in the writers' language too.
        [Fact]
        public void TheToolsReasonsAreInTheWritersLanguage()
        {
            using var temp = new TempDirectory("errorcodes-template");
            var path = Path.Combine(temp.Path, "errorcode-demo.md");
            File.WriteAllBytes(path, System.Text.Encoding.Unicode.GetBytes(ZhTitle + Zh(3900001, "连接失败", "Connection failed.")));

            var chinese = Errorcodes.Run("lint", path, "--lang", "zh");
            var english = Errorcodes.Run("lint", path, "--lang", "en");

            Assert.Contains("error ECG0011: 无法读取规格文件（它是没有字节顺序标记的 UTF-16（小端）文本，编译器按 UTF-8 读取；请另存为 UTF-8）", chinese.Output, StringComparison.Ordinal);
            Assert.Contains("error ECG0011: The spec file cannot be read (it is UTF-16 (little-endian) text without a byte-order mark", english.Output, StringComparison.Ordinal);
        }

        // The Chinese document with its English twin, as a project lists them, through the generator.
        private static IReadOnlyList<Diagnostic> Build(string fileName, string chinese, string english) =>
            new GeneratorRunner(new[]
            {
                new TestSpec("/repo/docs/zh-cn/" + fileName, chinese, new Dictionary<string, string> { ["Twin"] = "../../docs/en/" + fileName }),
                new TestSpec("/repo/docs/en/" + fileName, english, new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }),
            }).Run().Result.Diagnostics;

        private static List<Found> Lint(string fileName, string chinese, string english, string profile = "template", bool universal = false)
        {
            using var temp = new TempDirectory("errorcodes-template");
            Write(temp, "zh-cn/" + fileName, chinese);
            Write(temp, "en/" + fileName, english);
            if (universal)
            {
                Write(temp, "zh-cn/errorcode-universal.md", "# 通用错误码\n\n" + Zh(401, "参数检查失败", "Parameter error."));
                Write(temp, "en/errorcode-universal.md", "# Universal Error Codes\n\n" + En(401, "Parameter check failed", "Parameter error."));
            }

            return Run(temp.Path, profile);
        }

        private static List<Found> Run(string folder, string profile)
        {
            var result = Errorcodes.Run("lint", folder, "--format", "json", "--profile", profile);
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            using var json = JsonDocument.Parse(result.Output);
            return json.RootElement.EnumerateArray().Select(item => new Found(
                item.GetProperty("id").GetString()!,
                item.GetProperty("severity").GetString()!,
                item.GetProperty("file").GetString()!,
                item.GetProperty("line").GetInt32(),
                item.GetProperty("message").GetString()!)).ToList();
        }

        private static void Write(TempDirectory temp, string name, string text)
        {
            var path = Path.Combine(temp.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static string Zh(int code, string title, string message, int causes = 1, int steps = 1) =>
            $"## {code}{(title.Length == 0 ? string.Empty : " " + title)}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n描述。\n\n**可能原因**\n\n{Items("原因", causes)}\n**处理步骤**\n\n{Items("步骤", steps)}\n";

        private static string En(int code, string title, string message, int causes = 1, int steps = 1) =>
            $"## {code}{(title.Length == 0 ? string.Empty : " " + title)}\n\n**Error Message**\n\n{message}\n\n**Description**\n\nDescription.\n\n**Possible Causes**\n\n{Items("Cause", causes)}\n**Solution**\n\n{Items("Step", steps)}\n";

        private static string Items(string word, int count) =>
            string.Concat(Enumerable.Range(1, count).Select(i => $"{i}. {word}{i}.\n"));

        private sealed record Found(string Id, string Severity, string File, int Line, string Message);
    }
}
