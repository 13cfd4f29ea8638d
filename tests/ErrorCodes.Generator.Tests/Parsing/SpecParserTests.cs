using System.Linq;
using System.Threading;
using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Parsing
{
    public sealed class SpecParserTests
    {
        private static ParsedDocument Parse(string markdown) =>
            SpecParser.Parse("spec.md", markdown, CancellationToken.None);

        private static ParsedCode ParseSingle(string markdown) => Assert.Single(Parse(markdown).Codes);

        [Fact]
        public void MarkdownListGivesOneItemPerListItem()
        {
            var code = ParseSingle("## 1 T\n\n**可能原因**\n\n- 第一\n- 第二\n  续行\n\n**处理步骤**\n1. 甲\n2. 乙\n");

            Assert.Equal(new[] { "第一", "第二\n续行" }, code.Causes);
            Assert.Equal(new[] { "甲", "乙" }, code.Remediation);
        }

        [Fact]
        public void NumberedLinesInOneParagraphGiveOneItemEach()
        {
            var code = ParseSingle("## 1 T\n\n**处理步骤**\n\n1.检查内存。\n2、重试。\n3）重启\n设备。\n");

            Assert.Equal(new[] { "检查内存。", "重试。", "重启\n设备。" }, code.Remediation);
        }

        [Fact]
        public void ParagraphsWithoutNumbersGiveOneItemEach()
        {
            var code = ParseSingle("## 1 T\n\n**可能原因**\n\n原因一。\n\n2.4GHz 频段干扰。\n");

            Assert.Equal(new[] { "原因一。", "2.4GHz 频段干扰。" }, code.Causes);
        }

        [Fact]
        public void InlineMarkupBecomesPlainText()
        {
            var code = ParseSingle("## 7 *T*\n\n**错误信息**\n\nUse `connect()` with [the docs](https://example.org) and **care** &amp; _speed_.\n");

            Assert.Equal("T", code.Title);
            Assert.Equal("Use connect() with the docs and care & speed.", code.Message);
        }

        [Fact]
        public void EnglishLabelsWithColonsInsideOrOutsideTheBold()
        {
            var code = ParseSingle("## 201 Permission denied\n\n**Error Message:**\n\nDenied.\n\n**Description**:\n\nNo right.\n\n**Possible Causes**\n\n1. No permission.\n\n**Solution**\n\nAsk for it.\n");

            Assert.Equal("Denied.", code.Message);
            Assert.Equal("No right.", code.Description);
            Assert.Equal(new[] { "No permission." }, code.Causes);
            Assert.Equal(new[] { "Ask for it." }, code.Remediation);
        }

        [Fact]
        public void CodeFenceStaysWithTheStepBeforeIt()
        {
            var code = ParseSingle("## 1 T\n\n**处理步骤**\n\n1. 运行命令：\n\n```shell\nhdc shell ls\n```\n\n2. 重试。\n");

            Assert.Equal(new[] { "运行命令：\nhdc shell ls", "重试。" }, code.Remediation);
        }

        [Fact]
        public void LabelAndTextOnOneLineAreAFieldWhenTheLabelIsKnown()
        {
            var code = ParseSingle("## 1 T\n\n**错误信息**：Operation failed.\n\n**Error Description:** Broken\nbadly.\n");

            Assert.Equal("Operation failed.", code.Message);
            Assert.Equal("Broken\nbadly.", code.Description);
        }

        [Fact]
        public void BoldLeadInFollowedByTextIsProseNotALabel()
        {
            var document = Parse("## 1 T\n\n**错误描述**\n\n描述。\n\n**注意** 这是正文。\n");

            Assert.Equal("描述。\n注意 这是正文。", document.Codes.Single().Description);
            Assert.DoesNotContain(document.Diagnostics, d => d.Id == "ECG0009");
        }

        [Theory]
        [InlineData("## -1 Unknown", -1, "Unknown")]
        [InlineData("### 401 参数检查失败", 401, "参数检查失败")]
        [InlineData("## 2301001：操作不允许", 2301001, "操作不允许")]
        [InlineData("## 2147483647", int.MaxValue, "")]
        public void HeadingsThatStartWithAnIntegerAreCodes(string heading, int expectedCode, string expectedTitle)
        {
            var code = ParseSingle(heading + "\n\n**错误信息**\n\nX.\n");

            Assert.Equal(expectedCode, code.Code);
            Assert.Equal(expectedTitle, code.Title);
        }

        [Theory]
        [InlineData("## 5G 网络")]
        [InlineData("## 802.11 设置")]
        [InlineData("## 概述")]
        public void HeadingsThatStartWithAWordAreNotCodes(string heading)
        {
            Assert.Empty(Parse(heading + "\n\n**错误信息**\n\nX.\n").Codes);
        }

        [Fact]
        public void CodeTooLargeForAnIntIsReportedAtItsHeading()
        {
            var document = Parse("# Title\n\n## 99999999999 Too big\n\n**错误信息**\n\nX.\n");

            Assert.Empty(document.Codes);
            var diagnostic = Assert.Single(document.Diagnostics);
            Assert.Equal("ECG0002", diagnostic.Id);
            Assert.Equal(new[] { "99999999999" }, diagnostic.Arguments);
            Assert.Equal(2, diagnostic.Location.StartLine);
            Assert.Equal(0, diagnostic.Location.StartColumn);
        }

        [Fact]
        public void TextBeforeTheFirstLabelIsReported()
        {
            var document = Parse("## 5 T\n\nStray text.\n\n**错误信息**\n\nX.\n");

            var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == "ECG0010");
            Assert.Equal("ECG0010", diagnostic.Id);
            Assert.Equal(2, diagnostic.Location.StartLine);
            Assert.Equal("X.", document.Codes.Single().Message);
        }

        [Fact]
        public void LocationsMapBackToCrlfText()
        {
            var text = "# T\r\n\r\n## 99999999999 Too big\r\n";
            var document = SpecParser.Parse("spec.md", text, CancellationToken.None);

            var location = Assert.Single(document.Diagnostics).Location;
            Assert.Equal(2, location.StartLine);
            Assert.Equal(text.IndexOf("##", System.StringComparison.Ordinal), location.Start);
            Assert.Equal("## 99999999999 Too big", text.Substring(location.Start, location.End - location.Start));
        }

        [Fact]
        public void HtmlCommentsAreNotPartOfAnyField()
        {
            var code = ParseSingle("<!--Kit: Network Kit-->\n\n## 1 T\n\n**错误描述**\n\n<!--RP1-->\n\n描述。\n");

            Assert.Equal("描述。", code.Description);
        }
    }
}
