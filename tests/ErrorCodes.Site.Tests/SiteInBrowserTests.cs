using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace ErrorCodes.Site.Tests
{
    /// <summary>
    /// The error index as a reader meets it, in Chromium: the module list, search as one types (by number, hex, pasted
    /// text and words in either language), a code page in both languages with a switch that remembers, the keyboard
    /// alone, a phone in the dark, a hostile document's text as text, and no request beyond the site's own files.
    /// The screenshots the README shows are written here, to docs/images/site.
    /// </summary>
    public sealed class SiteInBrowserTests : IClassFixture<SiteBuild>
    {
        private static readonly string s_screenshots = Path.Combine(SiteBuild.RepositoryRoot, "docs", "images", "site");

        private readonly SiteBuild _build;

        public SiteInBrowserTests(SiteBuild build) => _build = build;

        [Fact]
        public async Task TheIndexListsEveryModuleGroupedByKit()
        {
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.Site, "index.html"), "en-US");

            Assert.Equal(191, await reader.Page.Locator("ul.modules > li").CountAsync());
            var kits = await reader.Page.Locator("section.kit > h3").AllInnerTextsAsync();
            Assert.Contains("Network Kit", kits);
            Assert.Contains("Ability Kit", kits);
            Assert.Equal("Socket Error Codes", await reader.Page.Locator("a[href='errorcode-net-socket/index.html']").InnerTextAsync());
            await Screenshot(reader.Page, "index.png");
            reader.AssertQuiet();
        }

        [Theory]
        [InlineData("2303210", "errorcode-net-socket/2303210.html")]
        [InlineData("0x2324EA", "errorcode-net-socket/2303210.html")]
        [InlineData("BusinessError 2303210: connect failed", "errorcode-net-socket/2303210.html")]
        [InlineData("连接超时", "errorcode-net-socket/2303210.html")]
        [InlineData("connection timed out", "errorcode-net-socket/2303210.html")]
        [InlineData("BusinessError 401", "errorcode-universal/401.html")]
        public async Task SearchFindsTheCodeAsTheReaderTypes(string typed, string page)
        {
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.Site, "index.html"), "en-US");

            await reader.Page.Locator("#q").PressSequentiallyAsync(typed);

            var links = reader.Page.Locator("#results a");
            await Assertions.Expect(links.First).ToBeVisibleAsync();
            var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
            Assert.Contains(page, hrefs.Take(5));
            reader.AssertQuiet();
        }

        [Fact]
        public async Task DigitsAloneListTheCodesTheyBeginAndAChineseSearchIsShownInChinese()
        {
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.Site, "index.html"), "zh-CN");

            await reader.Page.Locator("#q").PressSequentiallyAsync("230321");
            await Assertions.Expect(reader.Page.Locator("#results a").First).ToBeVisibleAsync();
            var numbers = await reader.Page.Locator("#results .num").AllInnerTextsAsync();
            Assert.All(numbers, number => Assert.StartsWith("230321", number, StringComparison.Ordinal));
            Assert.Contains("2303210", numbers);

            // A code of a <!--Del--> region says so in the results too.
            await reader.Page.Locator("#q").FillAsync("16000072");
            await Assertions.Expect(reader.Page.Locator("#results a").First).ToBeVisibleAsync();
            Assert.Contains("仅系统接口", await reader.Page.Locator("#results .mark.del").AllInnerTextsAsync());

            await reader.Page.Locator("#q").FillAsync("连接超时");
            await Assertions.Expect(reader.Page.Locator("#status")).ToContainTextAsync("找到");
            Assert.Contains("连接超时", await reader.Page.Locator("#results .title").AllInnerTextsAsync());
            await Screenshot(reader.Page, "search.png");
            reader.AssertQuiet();
        }

        [Fact]
        public async Task ACodePageShowsBothLanguagesAndTheSwitchIsRemembered()
        {
            var address = SiteBuild.Address(_build.Site, "errorcode-net-socket/2303210.html");
            await using var reader = await Reader.Open(_build, address, "zh-CN");
            var page = reader.Page;

            await Assertions.Expect(page.Locator("h1:visible")).ToHaveTextAsync("2303210 连接超时");
            Assert.Equal("zh-CN", await page.EvaluateAsync<string>("document.documentElement.lang"));
            Assert.Contains("可能原因", await page.Locator("h2:visible").AllInnerTextsAsync());
            Assert.Contains("这种情况一般发生在服务器主机崩溃。", await page.Locator("section.causes li:visible").AllInnerTextsAsync());
            await Screenshot(page, "code-zh.png");

            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

            await Assertions.Expect(page.Locator("h1:visible")).ToHaveTextAsync("2303210 Connection Timeout");
            Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
            Assert.StartsWith("2303210 Connection Timeout", await page.TitleAsync(), StringComparison.Ordinal);
            Assert.Contains("Possible causes", await page.Locator("h2:visible").AllInnerTextsAsync());
            Assert.Contains("If the issue cannot be resolved locally, verify whether the remote server has encountered a fault.", await page.Locator("section.steps li:visible").AllInnerTextsAsync());
            Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "English" }).GetAttributeAsync("aria-pressed"));
            await Screenshot(page, "code-en.png");

            // Another page, in a browser whose language is Chinese: the reader's choice wins.
            await page.GotoAsync(SiteBuild.Address(_build.Site, "errorcode-universal/401.html"));
            Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
            await Assertions.Expect(page.Locator("h1:visible")).ToContainTextAsync("401 ");
            Assert.DoesNotContain("函数参数数量或参数类型不匹配", await page.Locator("h1:visible").InnerTextAsync(), StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1:visible")).ToHaveTextAsync("401 函数参数数量或参数类型不匹配");

            // A code other modules define links to their pages.
            await page.Locator("section.others a[href='../cj-errorcode-universal/401.html']").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("cj-errorcode-universal/401\\.html$"));
            reader.AssertQuiet();
        }

        [Fact]
        public async Task TheKeyboardAloneFindsAndOpensACode()
        {
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.Site, "errorcode-net-socket/index.html"), "en-US");
            var page = reader.Page;

            // From any page: '/' goes to the search box, Enter searches on the index, and the first result opens.
            await page.Keyboard.PressAsync("/");
            Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.Keyboard.TypeAsync("2303210");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("index\\.html\\?q=2303210$"));
            await Assertions.Expect(page.Locator("#results a").First).ToBeVisibleAsync();

            await page.Keyboard.PressAsync("ArrowDown");
            Assert.EndsWith("errorcode-net-socket/2303210.html", await page.EvaluateAsync<string>("document.activeElement.href"), StringComparison.Ordinal);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("errorcode-net-socket/2303210\\.html$"));
            reader.AssertQuiet();
        }

        [Fact]
        public async Task OnAPhoneInTheDarkNothingOverflowsAndTheColoursFollowTheSystem()
        {
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.Site, "errorcode-net-socket/2303210.html"), "zh-CN", ColorScheme.Dark, new ViewportSize { Width = 390, Height = 844 });
            var page = reader.Page;

            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
            Assert.Equal("rgb(20, 23, 26)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            await Screenshot(page, "code-phone-dark.png");

            await page.GotoAsync(SiteBuild.Address(_build.Site, "errorcode-net-socket/index.html"));
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the module page is wider than the phone");
            reader.AssertQuiet();
        }

        [Fact]
        public async Task AHostileDocumentsTextIsShownAsTextAndRunsNothing()
        {
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.HostileSite, "errorcode-hostile/1.html"), "zh-CN");
            var page = reader.Page;

            await Assertions.Expect(page.Locator("h1:visible")).ToHaveTextAsync("1 " + Hostile.Script);
            Assert.Contains(Hostile.Image, await page.Locator("section.message:visible").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("main img, main iframe, main b, main script").CountAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            Assert.Contains("' onfocus='window.pwned = 4", await page.Locator("section.steps:visible").InnerTextAsync(), StringComparison.Ordinal);

            // Search renders the same texts from its index.
            await page.GotoAsync(SiteBuild.Address(_build.HostileSite, "index.html"));
            await page.Locator("#q").PressSequentiallyAsync("script");
            await Assertions.Expect(page.Locator("#results .title")).ToHaveTextAsync(Hostile.Script);
            Assert.Equal(0, await page.Locator("#results img, #results script, #results iframe").CountAsync());

            Assert.True(await page.EvaluateAsync<bool>("typeof window.pwned === 'undefined'"), "a document's text ran as script");
            Assert.Empty(reader.Dialogs);
            reader.AssertQuiet();
        }

        [Fact]
        public async Task OverHttpEveryRequestIsForTheSitesOwnFiles()
        {
            using var server = new StaticServer(_build.Site);
            await using var reader = await Reader.Open(_build, server.Address + "index.html", "en-US");
            var page = reader.Page;

            await page.Locator("#q").PressSequentiallyAsync("2303210");
            await page.Locator("#results a").First.ClickAsync();
            await Assertions.Expect(page.Locator("h1:visible")).ToHaveTextAsync("2303210 Connection Timeout");
            await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
            await page.GotoAsync(server.Address + "errorcode-universal/401.html");

            // The recorder saw the site's own files, so it would have seen any other.
            Assert.Contains(server.Address + "search-index.js", reader.Requests);
            Assert.Contains(server.Address + "site.css", reader.Requests);
            Assert.Contains(server.Address + "errorcode-net-socket/2303210.html", reader.Requests);
            Assert.All(reader.Requests, request => Assert.StartsWith(server.Address, request, StringComparison.Ordinal));
            reader.AssertQuiet();
        }

        // The link of a code an edition dropped, or of a code another module defines: the host serves 404.html at that
        // address, and it opens the search for the code.
        [Theory]
        [InlineData("errorcode-net-socket/401.html", "401", "errorcode-universal/401.html")]
        [InlineData("errorcode-gone/2303210.html", "2303210", "errorcode-net-socket/2303210.html")]
        public async Task AMissingCodesPageOpensTheSearchForItsCode(string missing, string code, string found)
        {
            using var server = new StaticServer(_build.Site);
            await using var reader = await Reader.Open(_build, server.Address + missing, "en-US");
            var page = reader.Page;

            await Assertions.Expect(page).ToHaveURLAsync(server.Address + "index.html?q=" + code);
            Assert.Equal(code, await page.Locator("#q").InputValueAsync());
            await Assertions.Expect(page.Locator("#results a").First).ToBeVisibleAsync();
            Assert.Contains(found, await page.Locator("#results a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"));
        }

        [Fact]
        public async Task FromAFileEveryRequestIsForAFileOfTheSite()
        {
            var root = new Uri(_build.Site + Path.DirectorySeparatorChar).AbsoluteUri;
            await using var reader = await Reader.Open(_build, SiteBuild.Address(_build.Site, "index.html"), "zh-CN");
            var page = reader.Page;

            await page.Locator("#q").PressSequentiallyAsync("401");
            await page.Locator("#results a").First.ClickAsync();
            await Assertions.Expect(page.Locator("h1:visible")).ToContainTextAsync("401 ");

            Assert.Contains(root + "search-index.js", reader.Requests);
            Assert.All(reader.Requests, request => Assert.StartsWith(root, request, StringComparison.Ordinal));
            reader.AssertQuiet();
        }

        private static async Task Screenshot(IPage page, string name)
        {
            Directory.CreateDirectory(s_screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(s_screenshots, name), Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        }

        /// <summary>A reader's browser context and page, with every request it made, every dialog and every script error.</summary>
        private sealed class Reader : IAsyncDisposable
        {
            private readonly IBrowserContext _context;
            private readonly List<string> _errors = new();

            private Reader(IBrowserContext context, IPage page)
            {
                _context = context;
                Page = page;
            }

            public IPage Page { get; }

            public List<string> Requests { get; } = new();

            public List<string> Dialogs { get; } = new();

            public static async Task<Reader> Open(SiteBuild build, string address, string locale, ColorScheme scheme = ColorScheme.Light, ViewportSize? viewport = null)
            {
                var context = await build.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    Locale = locale,
                    ColorScheme = scheme,
                    ViewportSize = viewport ?? new ViewportSize { Width = 1200, Height = 900 },
                });
                var page = await context.NewPageAsync();
                var reader = new Reader(context, page);
                context.Request += (_, request) => reader.Requests.Add(request.Url);
                page.Dialog += (_, dialog) =>
                {
                    reader.Dialogs.Add(dialog.Message);
                    _ = dialog.DismissAsync();
                };
                page.PageError += (_, error) => reader._errors.Add(error);
                page.Console += (_, message) =>
                {
                    if (message.Type == "error")
                    {
                        reader._errors.Add(message.Text);
                    }
                };
                await page.GotoAsync(address);
                return reader;
            }

            /// <summary>No script error and no console error on any page the reader opened.</summary>
            public void AssertQuiet() => Assert.Empty(_errors);

            public async ValueTask DisposeAsync() => await _context.DisposeAsync();
        }
    }
}
