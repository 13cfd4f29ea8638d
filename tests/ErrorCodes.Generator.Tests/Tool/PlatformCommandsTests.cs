using System.Linq;
using System.Text.Json;
using ErrorCodes.Tool;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary>
    /// <c>explain</c> without documents, <c>search</c> and <c>annotate</c>: OpenHarmony's codes answered from the catalogs
    /// the tool bundles, for what people paste and what logs hold.
    /// </summary>
    public sealed class PlatformCommandsTests
    {
        [Theory]
        [InlineData("2303210")]
        [InlineData("0x2324EA")]
        [InlineData("0X2324ea")]
        [InlineData("errCode=0x2324EA")]
        [InlineData("code: 2303210")]
        [InlineData("BusinessError: 2303210 at 12:30:01 on 2026-12-04")]
        [InlineData("{\"code\":2303210,\"message\":\"Connection timed out\"}")]
        public void ExplainReadsTheCodeInWhatIsPasted(string pasted)
        {
            var result = Errorcodes.Run("explain", pasted, "--lang", "en");

            Assert.True(result.ExitCode == 0, result.ToString());
            var lines = result.Output.Split('\n');
            Assert.Equal("2303210 ConnectionTimedOut  NetSocket · Network Kit · ArkTS", lines[0]);
            Assert.Equal("  Document:    openharmony/docs/en/application-dev/reference/apis-network-kit/errorcode-net-socket.md@05202be8c4cf line 401", lines[1]);
            Assert.Equal("  Title:       Connection Timeout", lines[2]);
            Assert.Contains("  In Chinese:", lines);
            Assert.Contains("    Title:       连接超时", lines);

            // The page of the code on the error index the package's catalogs link to (docs/site.md).
            Assert.Equal("  More:        https://errorcodes-dotnet.github.io/ErrorCodes/openharmony/errorcode-net-socket/2303210.html", lines.Last(line => line.Length != 0));
        }

        [Fact]
        public void ExplainShowsTheLanguageAskedForFirst()
        {
            var chinese = Errorcodes.Run("explain", "2303210", "--lang", "zh").Output.Split('\n');
            var english = Errorcodes.Run("explain", "2303210", "--lang", "en").Output.Split('\n');

            Assert.Equal("  Title:       连接超时", chinese[2]);
            Assert.Contains("  In English:", chinese);
            Assert.Equal("  Title:       Connection Timeout", english[2]);
        }

        [Fact]
        public void ExplainShowsEveryModuleOfASharedCodeTheUniversalDocumentFirst()
        {
            var result = Errorcodes.Run("explain", "BusinessError 401", "--lang", "en");

            Assert.Equal(0, result.ExitCode);
            var headers = result.Output.Split('\n').Where(line => line.StartsWith("401 ", System.StringComparison.Ordinal)).ToList();
            Assert.Equal("401 is defined by 3 modules: Universal (ArkTS), CjUniversal (Cangjie), Ads (ArkTS).", headers[0]);
            Assert.Equal(new[] { "401 ParameterError  Universal · Common · ArkTS", "401 ParameterError  CjUniversal · Cangjie" }, headers.Skip(1).Take(2));
            Assert.StartsWith("401 InvalidInputParameter  Ads · Ads Kit · ArkTS", headers[3], System.StringComparison.Ordinal);
        }

        // Each module says which codes it may answer for without defining them (its errno rules' range, the codes of the
        // documents it links to), so that explain asks only those: over the package's 192 catalogs, that is exactly
        // what asking every catalog finds.
        [Fact]
        public void TheModulesAskedForACodeNoneDefinesAreTheOnesThatAnswerForIt()
        {
            var set = ErrorCodes.OpenHarmony.OpenHarmonyErrorCodes.Catalogs;
            var codes = Enumerable.Range(2300990, 300).Concat(Enumerable.Range(-5, 1100)).Concat(new[] { 99999999, 2303210, 12000001 });
            var answered = 0;
            foreach (var code in codes)
            {
                var asked = set.CatalogsDefining(code).Count != 0
                    ? new System.Collections.Generic.List<ErrorCodes.IErrorCodeCatalog>()
                    : set.Where(catalog => catalog.TryGetInfo(code, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
                Assert.Equal(asked, set.CatalogsAnswering(code));
                answered += asked.Count;
            }

            // The kernel's errno values under 2301000 + errno, which the ArkTS socket document maps, less the codes it defines.
            Assert.True(answered > 100, $"only {answered} answers");
        }

        [Fact]
        public void ExplainAnswersACodeOfAnErrnoRuleFromTheKernelTable()
        {
            var result = Errorcodes.Run("explain", "2301111", "--lang", "en");

            Assert.Equal(0, result.ExitCode);
            var lines = result.Output.Split('\n');
            Assert.Equal("2301111 ECONNREFUSED  NetSocket · Network Kit · ArkTS", lines[0]);
            Assert.Equal("  By rule:     NetSocket's document maps it to a kernel errno (ECONNREFUSED); the kernel table's entry:", lines[1]);
            Assert.Contains("errorcode-kernel.md@", lines[2], System.StringComparison.Ordinal);
            Assert.Equal("  Message:     Connection refused", lines[4]);

            // A code an errno rule answers has no page of its own: the link is the kernel table's page of the errno.
            Assert.Equal("  More:        https://errorcodes-dotnet.github.io/ErrorCodes/openharmony/errorcode-kernel/111.html", lines.Last(line => line.Length != 0));
        }

        [Fact]
        public void ANegativeNumberNoModuleHasIsReadWithoutItsSign()
        {
            var negative = Errorcodes.Run("explain", "ret=-110", "--lang", "en");
            var hex = Errorcodes.Run("explain", "0xFFFFFF92", "--lang", "en");

            Assert.Equal(0, negative.ExitCode);
            Assert.Equal("-110 is no code; read as 110, as a C API returns -errno or prints a code with a sign.", negative.Output.Split('\n')[0]);
            Assert.Equal("110 ETIMEDOUT  Kernel · Network Kit · ArkTS", negative.Output.Split('\n')[1]);
            Assert.Equal(negative.Output, hex.Output);
        }

        [Fact]
        public void AnUnknownCodeFailsAndTextWithoutANumberIsBadInput()
        {
            var unknown = Errorcodes.Run("explain", "99999999");
            var text = Errorcodes.Run("explain", "connection refused");

            Assert.Equal(ExitCodes.Failed, unknown.ExitCode);
            Assert.Equal("99999999 is no code of OpenHarmony's 192 error-code documents, and no errno rule of theirs maps it.\n", unknown.Output);
            Assert.Equal(ExitCodes.BadInput, text.ExitCode);
            Assert.StartsWith("errorcodes: 'connection refused' holds no code", text.Error, System.StringComparison.Ordinal);
        }

        // A number past a code's range is named as such, with the way to ask for a code printed unsigned: in hex.
        [Fact]
        public void ANumberPastACodesRangeIsBadInputThatSaysSo()
        {
            var unsigned = Errorcodes.Run("explain", "errCode=4294967186");
            var huge = Errorcodes.Run("explain", "99999999999999999999");
            var inRange = Errorcodes.Run("explain", "errCode=4294967186 and 401");

            Assert.Equal(ExitCodes.BadInput, unsigned.ExitCode);
            Assert.Equal("errorcodes: '4294967186' is past a code's range (a signed 32-bit number, -2147483648 to 2147483647); a code printed unsigned is read in hex, such as 0xFFFFFF92 for -110\n", unsigned.Error);
            Assert.Equal(ExitCodes.BadInput, huge.ExitCode);
            Assert.StartsWith("errorcodes: '99999999999999999999' is past a code's range", huge.Error, System.StringComparison.Ordinal);
            Assert.Equal(0, inRange.ExitCode);
            Assert.StartsWith("401 ", inRange.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ExplainAsJsonGivesEveryModuleWithItsKitDocumentAndBothLanguages()
        {
            var result = Errorcodes.Run("explain", "401", "--format", "json", "--lang", "zh");

            using var json = JsonDocument.Parse(result.Output);
            var answer = json.RootElement.EnumerateArray().Single();
            Assert.Equal(401, answer.GetProperty("code").GetInt32());
            var modules = answer.GetProperty("modules").EnumerateArray().ToList();
            Assert.Equal(new[] { "Universal", "CjUniversal", "Ads" }, modules.Select(module => module.GetProperty("module").GetString()));
            Assert.Equal("Common", modules[0].GetProperty("kit").GetString());
            Assert.Equal("ArkTS", modules[0].GetProperty("edition").GetString());
            Assert.Equal("Advertising", modules[2].GetProperty("subsystem").GetString());
            Assert.Equal("https://errorcodes-dotnet.github.io/ErrorCodes/openharmony/cj-errorcode-universal/401.html", modules[1].GetProperty("helpLink").GetString());
            var texts = modules[0].GetProperty("texts").EnumerateArray().ToList();
            Assert.Equal(new[] { "zh-CN", "en" }, texts.Select(text => text.GetProperty("language").GetString()));
            Assert.StartsWith("openharmony/docs/zh-cn/application-dev/reference/errorcode-universal.md@", texts[0].GetProperty("document").GetString(), System.StringComparison.Ordinal);
            Assert.Equal("函数参数数量或参数类型不匹配", texts[0].GetProperty("title").GetString());
        }

        [Fact]
        public void SearchFindsCodesByTheirWordsInEitherLanguageBestFirst()
        {
            var english = Errorcodes.Run("search", "permission denied", "--lang", "en", "--limit", "3");
            var chinese = Errorcodes.Run("search", "连接超时", "--lang", "en");

            Assert.Equal(0, english.ExitCode);
            var lines = english.Output.Split('\n');
            Assert.Equal("     201  Permission Denied  (Universal, Common, ArkTS)", lines[0]);
            Assert.Matches(@"^3 of \d+ codes; --limit shows more\.$", lines[3]);
            Assert.Contains("2303210  Connection Timeout  (NetSocket, Network Kit, ArkTS)", chinese.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void SearchNeedsEveryWordAndSaysWhenNothingHasThem()
        {
            var both = Errorcodes.Run("search", "socket", "connection", "--format", "json", "--limit", "50");
            var none = Errorcodes.Run("search", "zzzqqq");

            using var json = JsonDocument.Parse(both.Output);
            var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
            Assert.NotEmpty(results);
            Assert.All(results, result =>
            {
                var texts = string.Join(" ", result.GetProperty("texts").EnumerateArray().Select(text => text.GetProperty("title").GetString() + " " + text.GetProperty("message").GetString() + " " + text.GetProperty("description").GetString()));
                Assert.Contains("socket", texts, System.StringComparison.OrdinalIgnoreCase);
                Assert.Contains("connection", texts, System.StringComparison.OrdinalIgnoreCase);
            });
            Assert.Equal(ExitCodes.Failed, none.ExitCode);
            Assert.Equal("No code of OpenHarmony's documents has 'zzzqqq'.\n", none.Output);
        }

        [Fact]
        public void AnnotateMarksTheCodesALogNamesAndLeavesOtherNumbersAlone()
        {
            const string Log =
                "12:30:01.123 E net: connect failed, errCode=0x2324EA after 3000 ms\n" +
                "BusinessError 401: Parameter error. pid 2303210\n" +
                "错误码: 13900001 opening /data/2303210.txt\n" +
                "retry 2303210 of 10.0.0.1:2303\n" +
                "connect: errno 110\n" +
                "code=99999\n";

            var result = Errorcodes.RunWithInput(Log, "annotate", "--lang", "en");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                "12:30:01.123 E net: connect failed, errCode=0x2324EA [NetSocket, Network Kit: Connection Timeout] after 3000 ms\n" +
                "BusinessError 401 [Universal, Common +2 modules: Parameter Check Failed]: Parameter error. pid 2303210\n" +
                "错误码: 13900001 [Filemanagement, Core File Kit +1 module: Operation Not Permitted] opening /data/2303210.txt\n" +
                "retry 2303210 of 10.0.0.1:2303\n" +
                "connect: errno 110 [Kernel, Network Kit: ETIMEDOUT]\n" +
                "code=99999\n",
                result.Output);
        }

        [Fact]
        public void AnnotateAsJsonSaysWhereEachCodeIs()
        {
            var result = Errorcodes.RunWithInput("x\nfailed: errorCode 2303210\n", "annotate", "--format", "json");

            using var json = JsonDocument.Parse(result.Output);
            var found = json.RootElement.EnumerateArray().Single();
            Assert.Equal("-", found.GetProperty("file").GetString());
            Assert.Equal(2, found.GetProperty("line").GetInt32());
            Assert.Equal(19, found.GetProperty("column").GetInt32());
            Assert.Equal(7, found.GetProperty("length").GetInt32());
            Assert.Equal("NetSocket", found.GetProperty("modules")[0].GetProperty("module").GetString());
        }

        [Theory]
        [InlineData("at 12:30:01 on 2026-12-04, version 1.2.3 from 10.0.0.1")]
        [InlineData("abc2303210 2303210x _2303210")]
        public void NumbersInsideTimesDatesVersionsAddressesAndWordsAreNoCodes(string text)
        {
            Assert.Empty(CodeText.Numbers(text));
        }

        [Theory]
        [InlineData("errCode=5", true)]
        [InlineData("NetErrorCode: 5", true)]
        [InlineData("error code 5", true)]
        [InlineData("BusinessError 5", true)]
        [InlineData("错误码：5", true)]
        [InlineData("errno [5]", true)]
        [InlineData("pid 5", false)]
        [InlineData("took 5", false)]
        public void ANumberIsNamedACodeByTheWordsBeforeIt(string text, bool named)
        {
            Assert.Equal(named, CodeText.Numbers(text).Single().Named);
        }
    }
}
