using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary>
    /// <c>errorcodes site</c>: the pages' addresses (an API: the package's help links point at them), both languages of
    /// a twin on one page, a document's text as text only, the module index and the search index.
    /// </summary>
    public sealed class SiteCommandTests : IDisposable
    {
        private readonly TempDirectory _temp = new("errorcodes-site");

        public void Dispose() => _temp.Dispose();

        private string Output => Path.Combine(_temp.Path, "site");

        [Fact]
        public void EveryCodeOfEveryDocumentHasItsPageAtDocumentSlashCode()
        {
            var result = Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output, "--title", "OpenHarmony error codes");

            Assert.True(result.ExitCode == 0, result.ToString());

            // Each module of the package's catalogs, each code of it: the path its HelpLink names exists.
            var catalogs = ErrorCodes.OpenHarmony.OpenHarmonyErrorCodes.Catalogs;
            var linked = catalogs.SelectMany(catalog => catalog.All).Where(info => info.HelpLink != null).ToList();
            Assert.True(linked.Count > 1500, $"only {linked.Count} entries have a help link");
            foreach (var info in linked)
            {
                const string Index = "https://errorcodes-dotnet.github.io/ErrorCodes/openharmony/";
                Assert.StartsWith(Index, info.HelpLink, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(Output, info.HelpLink!.Substring(Index.Length))), info.HelpLink + " has no page");
            }

            Assert.True(File.Exists(Path.Combine(Output, "errorcode-net-socket", "2303210.html")));
            Assert.True(File.Exists(Path.Combine(Output, "errorcode-net-socket", "index.html")));
            Assert.True(File.Exists(Path.Combine(Output, "cj-errorcode-universal", "401.html")));
            Assert.Contains("191 modules", result.Output, StringComparison.Ordinal);

            // The document without codes is said, not dropped silently.
            Assert.Contains("errorcode-calendarManager.md: skipped: it defines no code", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void ACodePageHoldsBothLanguagesWithTheirLabelsTheOtherModulesAndTheSource()
        {
            Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output);

            var page = File.ReadAllText(Path.Combine(Output, "errorcode-net-socket", "2303210.html"));
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\" data-show=\"zh-CN\" data-languages=\"zh-CN en\"", page, StringComparison.Ordinal);
            Assert.Contains("<div class=\"t\" lang=\"zh-CN\">\n<h1><span class=\"num\">2303210</span> 连接超时</h1>", page, StringComparison.Ordinal);
            Assert.Contains("<div class=\"t\" lang=\"en\">\n<h1><span class=\"num\">2303210</span> Connection Timeout</h1>", page, StringComparison.Ordinal);
            Assert.Contains("<h2>可能原因</h2>\n<ol>\n<li class=\"text\">这种情况一般发生在服务器主机崩溃。</li>", page, StringComparison.Ordinal);
            Assert.Contains("<h2>Possible causes</h2>\n<ol>\n<li class=\"text\">It is probable that a server breakdown has occurred.</li>", page, StringComparison.Ordinal);
            Assert.Contains("<h2>处理步骤</h2>", page, StringComparison.Ordinal);
            Assert.Contains("<code>zh-cn/errorcode-net-socket.md</code>, <span class=\"t\" lang=\"zh-CN\">第 451 行</span>", page, StringComparison.Ordinal);
            Assert.Contains("<code>en/errorcode-net-socket.md</code>", page, StringComparison.Ordinal);
            Assert.Contains("data-title-en=\"2303210 Connection Timeout · Socket Error Codes\"", page, StringComparison.Ordinal);
            Assert.Contains("<button type=\"button\" data-lang-button=\"en\" lang=\"en\" aria-pressed=\"false\">English</button>", page, StringComparison.Ordinal);

            // Without a project, the enum's namespace is the reader's own project's.
            Assert.Contains("<dt>C#</dt><dd><code>NetSocketErrorCode.ConnectionTimedOut</code></dd>", page, StringComparison.Ordinal);

            // A code three modules define links to the others.
            var universal = File.ReadAllText(Path.Combine(Output, "errorcode-universal", "401.html"));
            Assert.Contains("<a href=\"../cj-errorcode-universal/401.html\">", universal, StringComparison.Ordinal);
            Assert.Contains("<a href=\"../errorcode-ads/401.html\">", universal, StringComparison.Ordinal);
            Assert.DoesNotContain("<a href=\"../errorcode-universal/401.html\">", universal, StringComparison.Ordinal);
        }

        [Fact]
        public void ScenariosExtraSectionsAndMarksAreOnThePage()
        {
            Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output);

            var pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            Assert.Contains(pages, page => page.Contains("<section class=\"scenario\"><h2>场景: ", StringComparison.Ordinal));
            Assert.Contains(pages, page => page.Contains("<section class=\"extra\">", StringComparison.Ordinal));
            Assert.Contains(pages, page => page.Contains("<span class=\"mark deprecated\">Deprecated</span>", StringComparison.Ordinal));
            Assert.Contains(pages, page => page.Contains("<span class=\"mark del\">仅系统接口（文档的 Del 区域）</span>", StringComparison.Ordinal));
        }

        [Fact]
        public void TheIndexListsEveryModuleByKitAndTheSearchIndexEveryCode()
        {
            Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output);

            var index = File.ReadAllText(Path.Combine(Output, "index.html"));
            Assert.Contains("<h3>Network Kit</h3>", index, StringComparison.Ordinal);
            Assert.Contains("<a href=\"errorcode-net-socket/index.html\"><span class=\"t\" lang=\"zh-CN\">", index, StringComparison.Ordinal);
            Assert.Equal(191, Regex.Matches(index, "<li><a href=\"[^\"]+/index.html\">").Count);
            Assert.Contains("<script src=\"search-index.js\" defer></script>", index, StringComparison.Ordinal);

            var script = File.ReadAllText(Path.Combine(Output, "search-index.js"));
            const string Prefix = "window.ERRORCODES_INDEX = ";
            var json = script.Substring(script.IndexOf(Prefix, StringComparison.Ordinal) + Prefix.Length).TrimEnd().TrimEnd(';');
            using var data = JsonDocument.Parse(json);
            Assert.Equal(new[] { "zh-CN", "en" }, data.RootElement.GetProperty("languages").EnumerateArray().Select(language => language.GetString()));
            var modules = data.RootElement.GetProperty("modules").EnumerateArray().ToList();
            var codes = data.RootElement.GetProperty("codes").EnumerateArray().ToList();
            Assert.Equal(191, modules.Count);
            // Every page but the index, the modules' pages and 404.html is a code's.
            Assert.Equal(Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Length - 193, codes.Count);
            var socket = modules.FindIndex(module => module[0].GetString() == "errorcode-net-socket");
            var timedOut = codes.Single(code => code[0].GetInt32() == 2303210 && code[1].GetInt32() == socket);
            Assert.Equal(new[] { "连接超时", "Connection Timeout" }, timedOut[2].EnumerateArray().Select(title => title.GetString()));
            Assert.Equal("Connection timed out.", timedOut[3].GetString());

            // The whole corpus in one index a browser loads at once: said in docs/site.md.
            Assert.InRange(new FileInfo(Path.Combine(Output, "search-index.js")).Length, 300_000, 800_000);
        }

        [Fact]
        public void ADocumentsTextIsAlwaysTextNeverMarkup()
        {
            var docs = Path.Combine(_temp.Path, "docs");
            Directory.CreateDirectory(Path.Combine(docs, "zh-cn"));
            Directory.CreateDirectory(Path.Combine(docs, "en"));
            File.WriteAllText(Path.Combine(docs, "zh-cn", "errorcode-evil.md"), Hostile("恶意 <script>alert(1)</script>", "<img src=x onerror=alert(2)>", Chinese));
            File.WriteAllText(Path.Combine(docs, "en", "errorcode-evil.md"), Hostile("Evil \"><script>alert(3)</script>", "' onmouseover='alert(4)", English));

            var result = Errorcodes.Run("site", docs, "-o", Output, "--title", "<b>Title</b>", "--notice", "CC BY 4.0 & <i>more</i>");

            Assert.True(result.ExitCode == 0, result.ToString());
            foreach (var file in Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories))
            {
                var page = File.ReadAllText(file);
                Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
                Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
                Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
                Assert.DoesNotContain("<i>", page, StringComparison.Ordinal);
                Assert.DoesNotContain("' onmouseover", page, StringComparison.Ordinal);
            }

            var code = File.ReadAllText(Path.Combine(Output, "errorcode-evil", "1.html"));
            Assert.Contains("<h1><span class=\"num\">1</span> 恶意 &lt;script&gt;alert(1)&lt;/script&gt;</h1>", code, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", code, StringComparison.Ordinal);
            Assert.Contains("data-title-en=\"1 Evil &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt; · Evil &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\"", code, StringComparison.Ordinal);
            Assert.Contains("&#39; onmouseover=&#39;alert(4)", code, StringComparison.Ordinal);
            Assert.Contains("<footer><p>CC BY 4.0 &amp; &lt;i&gt;more&lt;/i&gt;</p></footer>", code, StringComparison.Ordinal);

            // The search index is a script: the characters HTML reads are escaped inside its strings too.
            var script = File.ReadAllText(Path.Combine(Output, "search-index.js"));
            Assert.DoesNotContain("<", script, StringComparison.Ordinal);
            Assert.Contains("\\u003Cscript\\u003E", script, StringComparison.Ordinal);
        }

        [Fact]
        public void ARunWritesTheSameBytesAndDeletesOnlyThePagesOfCodesThatWent()
        {
            var docs = Path.Combine(_temp.Path, "docs");
            Directory.CreateDirectory(docs);
            var document = Path.Combine(docs, "errorcode-link.md");
            File.WriteAllText(document, "# 链接错误码\n\n## 1 链接失败\n\n**错误信息**\n\nLink failed.\n\n## 2 链接超时\n\n**错误信息**\n\nLink timed out.\n");
            Directory.CreateDirectory(Output);
            var mine = Path.Combine(Output, "CNAME");
            File.WriteAllText(mine, "errors.example.org\n");

            Errorcodes.Run("site", document, "-o", Output);
            var first = Snapshot();
            Errorcodes.Run("site", document, "-o", Output);
            Assert.Equal(first, Snapshot());

            File.WriteAllText(document, "# 链接错误码\n\n## 1 链接失败\n\n**错误信息**\n\nLink failed.\n");
            var result = Errorcodes.Run("site", document, "-o", Output);

            Assert.Equal(0, result.ExitCode);
            Assert.True(File.Exists(Path.Combine(Output, "errorcode-link", "1.html")));
            Assert.False(File.Exists(Path.Combine(Output, "errorcode-link", "2.html")));
            Assert.Equal("errors.example.org\n", File.ReadAllText(mine));
        }

        [Fact]
        public void TwoDocumentsOfOneNameAreBadInputNotTwoModulesAtOneAddress()
        {
            foreach (var folder in new[] { "a", "b" })
            {
                Directory.CreateDirectory(Path.Combine(_temp.Path, folder));
                File.WriteAllText(Path.Combine(_temp.Path, folder, "errorcode-link.md"), "# 链接错误码\n\n## 1 链接失败\n\n**错误信息**\n\nLink failed.\n");
            }

            var result = Errorcodes.Run("site", Path.Combine(_temp.Path, "a"), Path.Combine(_temp.Path, "b"), "-o", Output);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("would both be at errorcode-link/ on the site", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void TwinThatTheLayoutDoesNotPairArePairedByTwin()
        {
            var docs = Path.Combine(_temp.Path, "docs");
            Directory.CreateDirectory(docs);
            File.WriteAllText(Path.Combine(docs, "errorcode-link.md"), "# 链接错误码\n\n## 1 链接失败\n\n**错误信息**\n\nLink failed.\n");
            File.WriteAllText(Path.Combine(docs, "errorcode-link.en.md"), "# Link Error Codes\n\n## 1 Link Failed\n\n**Error Message**\n\nLink failed.\n");

            var result = Errorcodes.Run("site", Path.Combine(docs, "errorcode-link.md"), Path.Combine(docs, "errorcode-link.en.md"), "-o", Output, "--twin", Path.Combine(docs, "errorcode-link.md") + "=" + Path.Combine(docs, "errorcode-link.en.md"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.EndsWith(": 1 module, 1 code page, search index 1 KB\n", result.Output, StringComparison.Ordinal);
            var page = File.ReadAllText(Path.Combine(Output, "errorcode-link", "1.html"));
            Assert.Contains("<div class=\"t\" lang=\"en\">\n<h1><span class=\"num\">1</span> Link Failed</h1>", page, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(Output, "errorcode-link.en")));
        }

        [Fact]
        public void ABaseUrlGivesEachPageItsCanonicalAddressAndASitemapListsThemAll()
        {
            var result = Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output, "--base-url", "https://errors.example.org/openharmony");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("<link rel=\"canonical\" href=\"https://errors.example.org/openharmony/errorcode-net-socket/2303210.html\">", File.ReadAllText(Path.Combine(Output, "errorcode-net-socket", "2303210.html")), StringComparison.Ordinal);
            Assert.Contains("<link rel=\"canonical\" href=\"https://errors.example.org/openharmony/index.html\">", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
            var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(Output, "sitemap.xml"));
            var addresses = sitemap.Descendants().Where(element => element.Name.LocalName == "loc").Select(element => element.Value).ToList();
            var pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/')).Where(page => page != "404.html");
            Assert.Equal(pages.Select(page => "https://errors.example.org/openharmony/" + page).OrderBy(page => page, StringComparer.Ordinal), addresses.OrderBy(page => page, StringComparer.Ordinal));
            Assert.Contains("var base = \"https://errors.example.org/openharmony/\";", File.ReadAllText(Path.Combine(Output, "404.html")), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("errors.example.org")]
        [InlineData("ftp://errors.example.org/")]
        [InlineData("https://errors.example.org/?page=1")]
        public void ABaseUrlThatIsNoWebAddressIsBadInput(string url)
        {
            var result = Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output, "--base-url", url);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("--base-url " + url + ": give the address the site is served at", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void WithoutABaseUrlThereIsNoSitemapAndTheNotFoundPageFindsItsRootFromItsPath()
        {
            Errorcodes.Run("site", Fixtures.OpenHarmonyDirectory, "-o", Output);

            Assert.False(File.Exists(Path.Combine(Output, "sitemap.xml")));
            Assert.DoesNotContain("canonical", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
            var notFound = File.ReadAllText(Path.Combine(Output, "404.html"));
            Assert.Contains("var base = \"\";", notFound, StringComparison.Ordinal);
            Assert.Contains("window.location.pathname.slice(0, match.index + 1)) + 'index.html?q=' + match[1]", notFound, StringComparison.Ordinal);
        }

        // The package's own list of its documents: each with its twin, and the kit, edition and upstream source its
        // Properties give, which most documents do not say themselves.
        [Fact]
        public void AProjectsSpecsComeWithTheirKitsEditionsAndSources()
        {
            var result = Errorcodes.Run("site", "--project", Path.Combine(Fixtures.OpenHarmonyDirectory, "..", "Specs.props"), "-o", Output);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("191 modules, 2256 code pages", result.Output, StringComparison.Ordinal);
            var index = File.ReadAllText(Path.Combine(Output, "index.html"));
            Assert.True(Regex.Matches(index, "<h3>").Count > 40, "the modules are not grouped by their kits");
            Assert.Contains("<h3>Network Kit</h3>", index, StringComparison.Ordinal);
            Assert.Contains("<span class=\"edition\">Cangjie</span>", index, StringComparison.Ordinal);
            var page = File.ReadAllText(Path.Combine(Output, "errorcode-net-socket", "2303210.html"));
            Assert.Contains("<li lang=\"zh-CN\"><code>openharmony/docs/zh-cn/application-dev/reference/apis-network-kit/errorcode-net-socket.md@", page, StringComparison.Ordinal);
            Assert.Contains("<li lang=\"en\"><code>openharmony/docs/en/application-dev/reference/apis-network-kit/errorcode-net-socket.md@", page, StringComparison.Ordinal);
            Assert.Contains("Network Kit · ArkTS</dd>", page, StringComparison.Ordinal);
            Assert.Contains("<dt>C#</dt><dd><code>ErrorCodes.OpenHarmony.ArkTS.NetworkKit.NetSocketErrorCode.ConnectionTimedOut</code></dd>", page, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("<Project><ItemGroup><ErrorCodeSpec Include=\"$(Docs)/errorcode-link.md\" /></ItemGroup></Project>", "is evaluated by MSBuild, which the tool does not run")]
        [InlineData("<Project><ItemGroup><ErrorCodeSpec Include=\"docs/*.md\" /></ItemGroup></Project>", "is evaluated by MSBuild, which the tool does not run")]
        [InlineData("<Project><ItemGroup><Compile Include=\"a.cs\" /></ItemGroup></Project>", "lists no ErrorCodeSpec item")]
        [InlineData("<Project><ItemGroup>", "is no MSBuild file")]
        public void AProjectTheToolCannotReadWithoutMSBuildIsBadInput(string project, string why)
        {
            var file = Path.Combine(_temp.Path, "App.csproj");
            File.WriteAllText(file, project);

            var result = Errorcodes.Run("site", "--project", file, "-o", Output);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains(why, result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void AFileNameOfAnyCharactersIsItsFolderAndAnEscapedLink()
        {
            var docs = Path.Combine(_temp.Path, "docs");
            Directory.CreateDirectory(docs);
            File.WriteAllText(Path.Combine(docs, "errorcode-a b#c&d.md"), "# 链接错误码\n\n## 1 链接失败\n\n**错误信息**\n\nLink failed.\n");

            var result = Errorcodes.Run("site", docs, "-o", Output);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(File.Exists(Path.Combine(Output, "errorcode-a b#c&d", "1.html")));
            Assert.Contains("<a href=\"errorcode-a%20b%23c%26d/index.html\">", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
            Assert.Contains("\"errorcode-a b#c\\u0026d\"", File.ReadAllText(Path.Combine(Output, "search-index.js")), StringComparison.Ordinal);
        }

        [Fact]
        public void NoDocumentIsBadInput()
        {
            Directory.CreateDirectory(Path.Combine(_temp.Path, "empty"));
            File.WriteAllText(Path.Combine(_temp.Path, "empty", "notes.md"), "# Notes\n\nNo codes here.\n");

            var result = Errorcodes.Run("site", Path.Combine(_temp.Path, "empty"), "-o", Output);

            Assert.Equal(3, result.ExitCode);
            Assert.False(Directory.Exists(Output));
        }

        private SortedDictionary<string, string> Snapshot() =>
            new(Directory.GetFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(file => Path.GetRelativePath(Output, file), File.ReadAllText), StringComparer.Ordinal);

        private static readonly string[] Chinese = { "错误信息", "错误描述", "可能原因", "处理步骤" };

        private static readonly string[] English = { "Error Message", "Description", "Possible Causes", "Solution" };

        // In code spans, which the parser keeps as text: the markup reaches the model, and so the page.
        private static string Hostile(string title, string message, string[] labels) =>
            $"# `{title}`\n\n## 1 `{title}`\n\n**{labels[0]}**\n\n`{message}`\n\n**{labels[1]}**\n\n`{message}`\n\n**{labels[2]}**\n\n1. `{message}`\n\n**{labels[3]}**\n\n1. `{title}`\n";
    }
}
