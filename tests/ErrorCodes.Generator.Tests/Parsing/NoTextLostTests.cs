using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Parsing
{
    /// <summary>Every text of a document reaches a field, a section, a scenario or a note, or a diagnostic the build prints.</summary>
    public sealed class NoTextLostTests
    {
        [Theory]
        [InlineData("错误信息", "message")]
        [InlineData("Error Messages", "message")]
        [InlineData("error information:", "message")]
        [InlineData("描述", "description")]
        [InlineData("Symptom", "description")]
        [InlineData("ERROR DESCRIPTION", "description")]
        [InlineData("可能的原因：", "causes")]
        [InlineData("原因", "causes")]
        [InlineData("Possible Reasons", "causes")]
        [InlineData("Cause", "causes")]
        [InlineData("处理方法", "steps")]
        [InlineData("解决方法", "steps")]
        [InlineData("解决措施", "steps")]
        [InlineData("Handling Steps", "steps")]
        [InlineData("Measures", "steps")]
        [InlineData("Resolution", "steps")]
        [InlineData("steps:", "steps")]
        public void LabelsAreReadByWhatTheySay(string label, string field)
        {
            var code = Assert.Single(Documents.Parse($"## 1 T\n\n**错误信息**\n\nFirst.\n\n**{label}**\n\nThe text.\n").Codes);

            var text = field switch
            {
                "message" => code.Message,
                "description" => code.Description,
                "causes" => string.Join("|", code.Causes),
                _ => string.Join("|", code.Remediation),
            };
            Assert.EndsWith("The text.", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void AnUnknownLabelKeepsItsTextUnderItAndWarns()
        {
            var document = Documents.Parse("## 1 T\n\n**错误信息**\n\nFirst.\n\n**Impact**\n\nLost otherwise.\n\nMore of it.\n");

            var section = Assert.Single(Assert.Single(document.Codes).Sections);
            Assert.Equal(new CodeSection("Impact", "Lost otherwise.\nMore of it."), section);
            var warning = Assert.Single(document.Diagnostics, d => d.Id == "ECG0023");
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(6, warning.Location.StartLine);
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void ALabelThatNamesTwoFieldsIsASectionOfItsOwn()
        {
            var code = Assert.Single(Documents.Parse("## 1 T\n\n**原因及解决方法**\n\n两者。\n").Codes);

            Assert.Equal("原因及解决方法", Assert.Single(code.Sections).Label);
            Assert.Empty(code.Causes);
            Assert.Empty(code.Remediation);
        }

        [Fact]
        public void ALabelAboutTheDocumentsCodesIsANoteOfTheDocument()
        {
            var document = Documents.Parse("## 1 T\n\n**错误信息**\n\nFirst.\n\n**Description of TCP/UDP error codes**\n\nRule: 2301000 + errno.\n");

            Assert.Equal(new[] { "Description of TCP/UDP error codes\nRule: 2301000 + errno." }, document.Notes);
            Assert.Equal("First.", Assert.Single(document.Codes).Message);
            Assert.Equal(2301000, Assert.Single(document.ErrnoRules).Base);
            Assert.Equal(Severity.Info, Assert.Single(document.Diagnostics, d => d.Id == "ECG0009").Severity);
        }

        [Fact]
        public void TextBeforeTheFirstLabelIsKeptAsAnUntitledSection()
        {
            var document = Documents.Parse("## 1 T\n\nStray text.\n\n- and a list\n\n**错误信息**\n\nX.\n");

            Assert.Equal(new CodeSection(string.Empty, "Stray text.\nand a list"), Assert.Single(Assert.Single(document.Codes).Sections));
            Assert.Single(document.Diagnostics, d => d.Id == "ECG0010");
        }

        [Fact]
        public void ALabelOnTheLineAfterTheTextOpensItsSection()
        {
            var code = Assert.Single(Documents.Parse("## 1 T\n\n**错误信息**\n\nFailed to create dump file.\n**错误描述**\n无法创建转储文件。\n**可能原因**：磁盘已满。\n").Codes);

            Assert.Equal("Failed to create dump file.", code.Message);
            Assert.Equal("无法创建转储文件。", code.Description);
            Assert.Equal(new[] { "磁盘已满。" }, code.Causes);
        }

        [Fact]
        public void ALabelOnTheLineAfterAListItemEndsTheItem()
        {
            var code = Assert.Single(Documents.Parse("## 1 T\n\n**可能原因**\n\n1. 磁盘已满。\n2. 权限不足。\n**处理步骤**\n清理磁盘。\n").Codes);

            Assert.Equal(new[] { "磁盘已满。", "权限不足。" }, code.Causes);
            Assert.Equal(new[] { "清理磁盘。" }, code.Remediation);
        }

        [Fact]
        public void BoldWordsOnALineOfProseStayProse()
        {
            var code = Assert.Single(Documents.Parse("## 1 T\n\n**错误描述**\n\nThis is **important** and\n**very important** too.\n").Codes);

            Assert.Equal("This is important and\nvery important too.", code.Description);
            Assert.Empty(code.Sections);
        }

        [Fact]
        public void AFenceThatNeverClosesOverCodeHeadingsIsReadAsIfItWereNotThere()
        {
            var document = Documents.Parse("# T\n\n## 1 First\n\n**处理步骤**\n\n运行：\n\n```## 2 Second\n\n**错误信息**\n\nSecond.\n\n## 3 Third\n\n**错误信息**\n\nThird.\n");

            Assert.Equal(new[] { 1, 2, 3 }, document.Codes.Select(code => code.Code));
            Assert.Equal(new[] { "", "Second.", "Third." }, document.Codes.Select(code => code.Message));
            var warning = Assert.Single(document.Diagnostics, d => d.Id == "ECG0024");
            Assert.Equal(8, warning.Location.StartLine);
            Assert.Equal(new[] { "2 Second", "```" }, warning.Arguments);
        }

        [Fact]
        public void AFenceThatClosesKeepsItsHeadingsAsText()
        {
            var document = Documents.Parse("## 1 First\n\n**处理步骤**\n\n```\n## 2 Not a code\n```\n");

            Assert.Equal("## 2 Not a code", Assert.Single(Assert.Single(document.Codes).Remediation));
            Assert.DoesNotContain(document.Diagnostics, d => d.Id == "ECG0024");
        }

        [Fact]
        public void SubHeadingsOfACodeAreItsScenarios()
        {
            var code = Assert.Single(Documents.Parse("# T\n\n## 1 Install failed\n\n### 场景一\n\n**错误信息**\n\nDamaged.\n\n**可能原因**\n\n下载不完整。\n\n**Impact**\n\n影响。\n\n### 场景二\n\n**错误信息**\n\nNo space.\n\n**处理步骤**\n\n清理磁盘。\n").Codes);

            Assert.Equal(new[] { "场景一", "场景二" }, code.Scenarios.Select(scenario => scenario.Title));
            Assert.Equal(new[] { 5, 19 }, code.Scenarios.Select(scenario => scenario.Line));
            Assert.Equal(new[] { "Damaged.", "No space." }, code.Scenarios.Select(scenario => scenario.Message));
            Assert.Equal(new CodeSection("Impact", "影响。"), Assert.Single(code.Scenarios[0].Sections));
            Assert.Equal(new[] { "清理磁盘。" }, code.Scenarios[1].Remediation);
        }

        [Fact]
        public void ACodesOwnFieldsWinAndTheFirstScenarioFillsTheRest()
        {
            var code = Assert.Single(Documents.Parse("## 1 T\n\n**错误信息**\n\nOwn.\n\n### A\n\n**错误信息**\n\nFrom A.\n\n**错误描述**\n\n来自 A。\n\n### B\n\n**错误描述**\n\n来自 B。\n").Codes);

            Assert.Equal("Own.", code.Message);
            Assert.Equal("来自 A。", code.Description);
        }

        [Fact]
        public void AScenarioEndsAtTheNextCode()
        {
            var document = Documents.Parse("## 1 T\n\n### A\n\n**错误信息**\n\nA.\n\n## 2 U\n\n**错误信息**\n\nU.\n");

            Assert.Equal(new[] { "A.", "U." }, document.Codes.Select(code => code.Message));
            Assert.Empty(document.Codes[1].Scenarios);
        }
    }
}
