using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>A spec and its twin are one catalog: each code has its texts in both languages, merged before the codes are named.</summary>
    public sealed class TwinMergeTests
    {
        private const string Chinese = "# 测试错误码\n\n说明：见[通用错误码](../errorcode-universal.md)。\n\n";
        private const string English = "# Test Error Codes\n\nSee [universal codes](../errorcode-universal.md) and [kernel](../errorcode-kernel.md).\n\n";

        [Fact]
        public void EachCodeHasItsTextsInBothLanguages()
        {
            var result = Documents.Build(Chinese + Documents.Code(1, "甲", "First failure.", "中文描述。"), twin: English + Documents.EnglishCode(1, "First", "First failure.", "English description."));

            var catalog = result.Catalog!;
            Assert.Equal(new[] { "zh-CN", "en" }, catalog.Languages.Select(language => language.Language));
            Assert.Equal(new[] { "测试错误码", "Test Error Codes" }, catalog.Languages.Select(language => language.Title));
            var entry = Assert.Single(catalog.Entries);
            Assert.Equal(new[] { "中文描述。", "English description." }, entry.Texts.Select(texts => texts.Description));
            Assert.Equal(new[] { 0, 1 }, entry.Texts.Select(texts => texts.Source));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ECG0021");
        }

        [Fact]
        public void AFieldOneLanguageLacksIsTheOthersEitherWay()
        {
            var zh = Chinese + "## 1 甲\n\n**错误信息**\n\nFirst failure.\n\n**可能原因**\n\n原因。\n";
            var en = English + "## 1 First\n\n**Error Message**\n\nFirst failure.\n\n**Description**\n\nOnly in English.\n";

            var entry = Assert.Single(Documents.Build(zh, twin: en).Catalog!.Entries);

            Assert.Equal("Only in English.", entry.Texts[0].Description);
            Assert.Equal(new[] { "原因。" }, entry.Texts[1].Causes);
        }

        [Fact]
        public void ACodeOnlyTheTwinHasJoinsAfterTheSpecsCodesAndIsNamedWithThem()
        {
            var result = Documents.Build(
                Chinese + Documents.Code(1, "甲", "Link failed."),
                twin: English + Documents.EnglishCode(1, "First", "Link failed.") + Documents.EnglishCode(2, "Second", "Link failed."));

            var catalog = result.Catalog!;
            Assert.Equal(new[] { 1, 2 }, catalog.Entries.Select(entry => entry.Code));
            Assert.Equal(new[] { "LinkFailed", "LinkFailed_2" }, catalog.Entries.Select(entry => entry.MemberName));
            Assert.Equal(new[] { 1, 1 }, catalog.Entries[1].Texts.Select(texts => texts.Source));
            var onlyEnglish = Assert.Single(result.Diagnostics, d => d.Id == "ECG0021");
            Assert.Equal(Documents.TwinPath, onlyEnglish.Location.FilePath);
            Assert.Equal(new[] { "2", "en", "spec/errorcode-test.md" }, onlyEnglish.Arguments);
        }

        [Fact]
        public void TheNthEntryOfACodeIsPairedWithTheNthOfTheTwin()
        {
            var result = Documents.Build(
                Chinese + Documents.Code(7, "甲", "First.") + Documents.Code(7, "乙", "Second."),
                twin: English + Documents.EnglishCode(7, "A", "First.", "One.") + Documents.EnglishCode(7, "B", "Second.", "Two."));

            Assert.Equal(new[] { "One.", "Two." }, result.Catalog!.Entries.Select(entry => entry.Texts[1].Description));
            Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "ECG0003"));
        }

        [Fact]
        public void LinksPropertiesAndRulesOfTheTwinAreKeptToo()
        {
            var result = Documents.Build("<!--Kit: Network Kit-->\n\n" + Chinese + Documents.Code(1, "甲", "First."), twin: "<!--Owner: someone-->\n\n" + English + Documents.EnglishCode(1, "First", "First."));

            var catalog = result.Catalog!;
            Assert.Equal(new[] { "errorcode-universal.md", "errorcode-kernel.md" }, catalog.Links);
            Assert.Equal(new[] { "Kit", "Owner" }, catalog.Properties.Select(property => property.Key));
        }
    }
}
