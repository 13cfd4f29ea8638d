using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Consumption
{
    /// <summary>
    /// A lookup without a culture answers as ResourceManager does: in the current UI culture, then its parents, then
    /// the spec's own language. The socket twins: zh-CN spec, en twin.
    /// </summary>
    public sealed class CultureTests
    {
        private static readonly Lazy<Assembly> s_twins = new(() =>
        {
            var (_, output) = new GeneratorRunner(new[]
            {
                Fixtures.Corpus("zh-cn/errorcode-net-socket.md", new Dictionary<string, string> { ["Twin"] = "../../docs/en/errorcode-net-socket.md" }),
                Fixtures.Corpus("en/errorcode-net-socket.md", new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }),
            }).Run();
            return InMemoryAssembly.Load(output);
        });

        [Theory]
        [InlineData("zh-CN", "操作不允许")]
        [InlineData("zh-Hans-CN", "操作不允许")]
        [InlineData("en-US", "Operation Not Allowed")]
        [InlineData("en", "Operation Not Allowed")]
        [InlineData("fr-FR", "操作不允许")]
        [InlineData("", "操作不允许")]
        public void WithoutACultureTheCurrentUICultureChooses(string uiCulture, string title)
        {
            var catalog = ErrorCodeCatalogs.FromAssembly(s_twins.Value).Single();
            var type = s_twins.Value.GetType("Consumer.NetSocketErrorCodes")!;
            var code = Enum.ToObject(s_twins.Value.GetType("Consumer.NetSocketErrorCode")!, 2301001);

            var (info, getTitle, description) = InUICulture(uiCulture, () =>
            {
                Assert.True(catalog.TryGetInfo(2301001, out var found));
                return (found, (string)type.GetMethod("GetTitle")!.Invoke(null, new[] { code })!, (string)type.GetMethod("GetDescription")!.Invoke(null, new[] { code })!);
            });

            Assert.Equal(title, info.Title);
            Assert.Equal(title, getTitle);
            Assert.Equal(info.Description, description);
        }

        [Fact]
        public void AGivenCultureWinsOverTheUICultureAndTheInvariantCultureIsTheSpecsOwn()
        {
            var catalog = ErrorCodeCatalogs.FromAssembly(s_twins.Value).Single();

            var (english, chinese, invariant) = InUICulture("fr-FR", () =>
            {
                Assert.True(catalog.TryGetInfo(2301001, CultureInfo.GetCultureInfo("en-GB"), out var en));
                Assert.True(catalog.TryGetInfo(2301001, CultureInfo.GetCultureInfo("zh-CN"), out var zh));
                Assert.True(catalog.TryGetInfo(2301001, CultureInfo.InvariantCulture, out var iv));
                return (en, zh, iv);
            });

            Assert.Equal("Operation Not Allowed", english.Title);
            Assert.Equal("操作不允许", chinese.Title);
            Assert.Equal("操作不允许", invariant.Title);
        }

        // The socket documents each state the errno rule in their own words; a kernel entry taken over under a socket code
        // is described by the rule in the language asked for. Before, the English entry had the Chinese rule.
        [Fact]
        public void AnEntryUnderAnErrnoRuleIsDescribedByTheRuleInTheLanguageAskedFor()
        {
            var (_, output) = new GeneratorRunner(new[]
            {
                Fixtures.Corpus("zh-cn/errorcode-net-socket.md", new Dictionary<string, string> { ["Twin"] = "../../docs/en/errorcode-net-socket.md" }),
                Fixtures.Corpus("en/errorcode-net-socket.md", new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }),
                Fixtures.Corpus("zh-cn/errorcode-kernel.md", new Dictionary<string, string> { ["Twin"] = "../../docs/en/errorcode-kernel.md" }),
                Fixtures.Corpus("en/errorcode-kernel.md", new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }),
            }).Run();
            var socket = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single(catalog => catalog.Name == "NetSocket");

            Assert.True(socket.TryGetInfo(2301111, CultureInfo.GetCultureInfo("en-US"), out var english));
            Assert.True(socket.TryGetInfo(2301111, CultureInfo.GetCultureInfo("zh-CN"), out var chinese));
            Assert.True(socket.TryGetInfo(2301111, CultureInfo.GetCultureInfo("en-GB"), out var britishEnglish));

            Assert.Equal("ECONNREFUSED", english.Name);
            Assert.Equal("en", english.Language);
            Assert.StartsWith("Socket error code mapping: 2301000 + Kernel Error Codes", english.Description, StringComparison.Ordinal);
            Assert.StartsWith("socket错误码映射关系：2301000 + 内核错误码", chinese.Description, StringComparison.Ordinal);
            Assert.Same(english, britishEnglish);
        }

        [Fact]
        public void ChangingTheUICultureBetweenLookupsChangesTheAnswer()
        {
            var catalog = ErrorCodeCatalogs.FromAssembly(s_twins.Value).Single();

            var titles = new[] { "en-US", "zh-CN", "en-US", "fr-FR" }
                .Select(culture => InUICulture(culture, () => catalog.TryGetInfo(2301001, out var info) ? info.Title : null))
                .ToList();

            Assert.Equal(new[] { "Operation Not Allowed", "操作不允许", "Operation Not Allowed", "操作不允许" }, titles);
        }

        private static T InUICulture<T>(string name, Func<T> lookup)
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
            try
            {
                return lookup();
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }
    }
}
