using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>Corpus documents together in one project: errno rules and the kernel table, links, shared codes, twins.</summary>
    public sealed class CorpusProjectTests
    {
        private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-US");
        private static readonly CultureInfo s_chinese = CultureInfo.GetCultureInfo("zh-CN");

        [Fact]
        public void SocketAnswersForAnErrnoCodeThroughTheKernelTable()
        {
            var assembly = Build(Zh("errorcode-net-socket.md"), Zh("errorcode-kernel.md"), Zh("errorcode-universal.md"));
            var socket = Catalog(assembly, "NetSocket");

            Assert.False(socket.IsDefined(2301111));
            Assert.True(socket.TryGetInfo(2301111, out var refused));
            Assert.Equal(2301111, refused.Code);
            Assert.Equal("ECONNREFUSED", refused.Name);
            Assert.Equal("Connection refused", refused.Message);
            Assert.Equal("../../docs/zh-cn/errorcode-kernel.md", refused.SpecFile);

            // The socket server rule: 2303100 + errno.
            Assert.True(socket.TryGetInfo(2303213, out var unreachable));
            Assert.Equal("EHOSTUNREACH", unreachable.Name);

            // A code the document lists explicitly wins over the rule.
            Assert.True(socket.TryGetInfo(2301001, out var listed));
            Assert.Equal("操作不允许", listed.Title);
            Assert.Equal("OperationNotPermitted", listed.Name);

            // The same entry every time: allocation only on first use.
            socket.TryGetInfo(2301111, out var again);
            Assert.Same(refused, again);

            // Beyond the kernel table, and outside every rule.
            Assert.False(socket.TryGetInfo(2301999, out _));
        }

        [Fact]
        public void FromErrnoAndTryGetErrnoFollowTheRules()
        {
            var assembly = Build(Zh("errorcode-net-socket.md"), Zh("errorcode-kernel.md"));
            var type = assembly.GetType("Consumer.NetSocketErrorCodes")!;
            var fromErrno = type.GetMethod("FromErrno")!;
            var tryGetErrno = type.GetMethod("TryGetErrno", new[] { typeof(int), typeof(int).MakeByRefType() })!;

            Assert.Equal(2301111, (int)fromErrno.Invoke(null, new object[] { 111 })!);
            var ex = Assert.Throws<TargetInvocationException>(() => fromErrno.Invoke(null, new object[] { 0 }));
            Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);

            Assert.Equal((true, 110), TryGetErrno(tryGetErrno, 2303210));
            Assert.Equal((true, 1), TryGetErrno(tryGetErrno, 2301001));
            Assert.Equal((false, 0), TryGetErrno(tryGetErrno, 2300002));
            Assert.Equal((false, 0), TryGetErrno(tryGetErrno, 2301000));
        }

        [Fact]
        public void TheSeedUsesTheKernelTableThoughItDoesNotLinkIt()
        {
            var assembly = Build(Fixtures.Seed(), Zh("errorcode-kernel.md"));

            Assert.True(Catalog(assembly, "NetSocket").TryGetInfo(2301111, out var info));
            Assert.Equal("ECONNREFUSED", info.Name);
        }

        [Fact]
        public void WithoutTheKernelTableAnUnlistedErrnoCodeIsUnknown()
        {
            var assembly = Build(Zh("errorcode-net-socket.md"));

            Assert.False(Catalog(assembly, "NetSocket").TryGetInfo(2301111, out _));
        }

        [Fact]
        public void AModuleAnswersForTheUniversalCodesItLinks()
        {
            var assembly = Build(Zh("errorcode-net-socket.md"), Zh("errorcode-universal.md"));
            var catalogs = ErrorCodeCatalogs.FromAssembly(assembly);
            var socket = Catalog(assembly, "NetSocket");

            Assert.Contains("errorcode-universal.md", socket.Links);
            Assert.False(socket.IsDefined(201));
            Assert.True(socket.TryGetInfo(201, out var denied));
            Assert.Equal("Universal", Catalog(assembly, "Universal").Name);
            Assert.Equal("API权限校验失败", denied.Title);

            Assert.True(catalogs.TryGetInfo(401, out var parameter));
            Assert.Equal(401, parameter.Code);
            Assert.True(catalogs.TryGetInfo(2303210, out var timeout));
            Assert.Equal("../../docs/zh-cn/errorcode-net-socket.md", timeout.SpecFile);
        }

        [Fact]
        public void TheUniversalDelRegionAndMetadataAreRecorded()
        {
            var assembly = Build(Zh("errorcode-universal.md"));
            var universal = Catalog(assembly, "Universal");

            Assert.Equal(new[] { 201, 202, 203, 204, 401, 501, 801, 803 }, universal.All.Select(info => info.Code));
            Assert.Equal(new[] { 204 }, universal.All.Where(info => info.InDelRegion).Select(info => info.Code));
            Assert.Equal("zh-CN", universal.Languages.Single());

            var socket = Catalog(Build(Zh("errorcode-net-socket.md")), "NetSocket");
            Assert.Equal("Network Kit", socket.Properties["Kit"]);
            Assert.Equal("Communication", socket.Properties["subsystem"]);
            Assert.Equal("@wmyao_mm", socket.Properties["Owner"]);
        }

        [Fact]
        public void SharedCodesKeepAnEntryPerCatalogAndTheBuildStaysClean()
        {
            var names = new[] { "errorcode-net-connection.md", "cj-errorcode-net-connection.md", "errorcode-net-http.md", "errorcode-net-socket.md", "errorcode-net-ethernet.md", "errorcode-net-sharing.md", "errorcode-net-policy.md", "errorcode-net-statistics.md", "errorcode-net-mdns.md", "errorcode-net-vpn.md" };
            var runner = new GeneratorRunner(names.Select(Zh));
            var (result, output) = runner.Run();
            var catalogs = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output));

            Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "ECG0003").Select(d => d.ToString()));
            Assert.Empty(CompilationProblems.Of(output));
            foreach (var shared in new[] { 2100001, 2100002, 2100003, 2200001, 2200002, 2200003 })
            {
                var documents = runner.Specs.Count(spec => spec.Text.Contains("\n## " + shared + " ", StringComparison.Ordinal));
                Assert.True(documents >= 2);
                var all = catalogs.FindAll(shared);
                Assert.True(all.Count == documents, $"{shared} is in {all.Count} catalogs");
                Assert.Equal(all.Count, all.Select(info => info.SpecFile).Distinct().Count());
                Assert.All(all, info => Assert.Equal(shared, info.Code));
            }
        }

        [Fact]
        public void TwoSpecsWithTheSameDefaultNamesGetADiagnosticThatNamesTheMetadata()
        {
            var (result, output) = new GeneratorRunner(new[] { Zh("errorcode-link-enhance.md"), Zh("errorcode_linkEnhance.md") }).Run();

            var conflict = Assert.Single(result.Diagnostics, d => d.Id == "ECG0006");
            Assert.Contains("EnumName and ClassName", conflict.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(CompilationProblems.Of(output));

            var renamed = Zh("errorcode_linkEnhance.md") with { Metadata = new Dictionary<string, string> { ["EnumName"] = "OldLinkEnhanceErrorCode", ["ClassName"] = "OldLinkEnhanceErrorCodes" } };
            var (fixedResult, fixedOutput) = new GeneratorRunner(new[] { Zh("errorcode-link-enhance.md"), renamed }).Run();
            Assert.DoesNotContain(fixedResult.Diagnostics, d => d.Id == "ECG0006");
            Assert.Equal(2, ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(fixedOutput)).Count);
        }

        [Fact]
        public void TheSocketTwinsMakeOneBilingualCatalog()
        {
            var (result, output) = new GeneratorRunner(new[] { Zh("errorcode-net-socket.md", twin: "en"), Twin("en", "errorcode-net-socket.md") }).Run();
            var socket = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();

            Assert.Empty(CompilationProblems.Of(output));
            Assert.Equal(new[] { "zh-CN", "en" }, socket.Languages);

            // The spec's own language by default, the twin's on request, with the parents of a culture.
            Assert.True(socket.TryGetInfo(2301001, out var zh));
            Assert.Equal("操作不允许", zh.Title);
            Assert.Equal("zh-CN", zh.Language);
            Assert.True(socket.TryGetInfo(2301001, s_english, out var en));
            Assert.Equal("Operation Not Allowed", en.Title);
            Assert.Equal("en", en.Language);
            Assert.Equal("../../docs/en/errorcode-net-socket.md", en.SpecFile);
            Assert.NotEmpty(en.Remediation);
            Assert.DoesNotContain(en.Remediation.Concat(en.Causes).Append(en.Description), text => DocumentLanguage.ContainsCjk(text));
            Assert.True(socket.TryGetInfo(2301001, s_chinese, out var zhAgain));
            Assert.Same(zh, zhAgain);
            Assert.True(socket.TryGetInfo(2301001, CultureInfo.GetCultureInfo("fr-FR"), out var french));
            Assert.Same(zh, french);

            // The zh document has 30 codes, the en one 28: the two it lacks fall back to Chinese, with an info each.
            var onlyChinese = result.Diagnostics.Where(d => d.Id == "ECG0021").ToList();
            Assert.Equal(2, onlyChinese.Count);
            Assert.All(onlyChinese, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
            Assert.Equal(30, socket.All.Count);
            var missing = socket.All.Where(info => !socket.TryGetInfo(info.Code, s_english, out var english) || english.Language != "en").Select(info => info.Code).ToList();
            Assert.Equal(2, missing.Count);
            Assert.All(missing, code =>
            {
                Assert.True(socket.TryGetInfo(code, s_english, out var fallback));
                Assert.Equal("zh-CN", fallback.Language);
            });
        }

        [Fact]
        public void CodesOnlyTheTwinHasJoinTheCatalog()
        {
            // The zh VPN document has 5 codes, the en one 8.
            var (result, output) = new GeneratorRunner(new[] { Zh("errorcode-net-vpn.md", twin: "en"), Twin("en", "errorcode-net-vpn.md") }).Run();
            var vpn = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();

            Snapshot.Verify(result, nameof(CorpusProjectTests), "VpnTwins");
            Assert.Empty(CompilationProblems.Of(output));
            Assert.Equal(8, vpn.All.Select(info => info.Code).Distinct().Count(vpn.IsDefined));
            Assert.Equal(3, result.Diagnostics.Count(d => d.Id == "ECG0021"));
            var englishOnly = vpn.All.Where(info => info.Language == "en").ToList();
            Assert.Equal(3, englishOnly.Count);
            Assert.All(englishOnly, info =>
            {
                Assert.True(vpn.TryGetInfo(info.Code, s_chinese, out var fallback));
                Assert.Same(info, fallback);
            });
        }

        [Fact]
        public void TheEnglishKernelTableFallsBackToChineseForTheErrnosItSkips()
        {
            var (_, output) = new GeneratorRunner(new[]
            {
                Zh("errorcode-net-socket.md", twin: "en"), Twin("en", "errorcode-net-socket.md"),
                Zh("errorcode-kernel.md", twin: "en"), Twin("en", "errorcode-kernel.md"),
            }).Run();
            var assembly = InMemoryAssembly.Load(output);
            var kernel = Catalog(assembly, "Kernel");
            var socket = Catalog(assembly, "NetSocket");

            Assert.True(kernel.TryGetInfo(35, s_english, out var deadlock));
            Assert.Equal("zh-CN", deadlock.Language);
            Assert.True(kernel.TryGetInfo(111, s_english, out var refused));
            Assert.Equal("en", refused.Language);
            Assert.True(socket.TryGetInfo(2301111, s_english, out var mapped));
            Assert.Equal("en", mapped.Language);
            Assert.Equal("ECONNREFUSED", mapped.Name);
            Assert.True(socket.TryGetInfo(2301111, out var mappedZh));
            Assert.Equal("zh-CN", mappedZh.Language);
        }

        [Fact]
        public void EitherLanguageAloneAndEitherSocketEditionWork()
        {
            var english = Catalog(Build(En("errorcode-net-socket.md")), "NetSocket");
            Assert.Equal("en", english.Languages.Single());
            Assert.Equal(28, english.All.Count);

            var seed = Catalog(Build(Fixtures.Seed()), "NetSocket");
            var current = Catalog(Build(Zh("errorcode-net-socket.md")), "NetSocket");
            Assert.Equal(19, seed.All.Count);
            Assert.Equal(30, current.All.Count);
            Assert.All(seed.All, info => Assert.True(current.IsDefined(info.Code), $"{info.Code} is in the seed but not in the current edition"));
        }

        [Fact]
        public void ACodeTwiceInOneDocumentKeepsBothEntriesAndLookupsAnswerTheFirst()
        {
            var (result, output) = new GeneratorRunner(new[] { Zh("cj-errorcode-ability.md") }).Run();
            var ability = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).Single();

            var entries = ability.All.Where(info => info.Code == 29600002).ToList();
            Assert.Equal(2, entries.Count);
            Assert.NotEqual(entries[0].Title, entries[1].Title);
            Assert.True(ability.TryGetInfo(29600002, out var first));
            Assert.Same(entries[0], first);
            Assert.Single(result.Diagnostics, d => d.Id == "ECG0003");
        }

        [Fact]
        public void ACommandBlockStaysOneStepWithItsText()
        {
            var ethernet = Catalog(Build(Zh("errorcode-net-ethernet.md")), "NetEthernet");

            Assert.Contains(ethernet.All.SelectMany(info => info.Remediation), step => step == "> hdc shell ifconfig\n查看是否有对应的设备，比如eth0，eth1。");
        }

        [Fact]
        public void TheEnglishRuleWordingIsRecognisedToo()
        {
            var assembly = Build(En("errorcode-net-socket.md"), En("errorcode-kernel.md"));
            var fromErrno = assembly.GetType("Consumer.NetSocketErrorCodes")!.GetMethod("FromErrno")!;

            Assert.Equal(2301104, (int)fromErrno.Invoke(null, new object[] { 104 })!);
            Assert.True(Catalog(assembly, "NetSocket").TryGetInfo(2301104, out var reset));
            Assert.Equal("ECONNRESET", reset.Name);
        }

        [Theory]
        [InlineData(LanguageVersion.Latest)]
        [InlineData(LanguageVersion.CSharp7_3)]
        public void TheWholeCorpusInOneProjectCompilesClean(LanguageVersion version)
        {
            var specs = Fixtures.CorpusNames().Select(name => Fixtures.Corpus(name, new Dictionary<string, string>
            {
                ["Namespace"] = "Consumer." + (name.StartsWith("en/", StringComparison.Ordinal) ? "En" : "Zh") + "." + CatalogNames.FromFileName(name.Substring(name.IndexOf('/') + 1)) + (name.Contains('_', StringComparison.Ordinal) ? "Old" : string.Empty),
            }));
            var runner = new GeneratorRunner(specs, version, version == LanguageVersion.CSharp7_3 ? References.NetStandard20 : References.Net);
            var (result, output) = runner.Run();

            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            Assert.Empty(CompilationProblems.Of(output));
            Assert.Equal(68, result.GeneratedSources.Length);
        }

        private static (bool, int) TryGetErrno(MethodInfo method, int code)
        {
            var arguments = new object[] { code, 0 };
            var found = (bool)method.Invoke(null, arguments)!;
            return (found, (int)arguments[1]);
        }

        private static TestSpec Zh(string name) => Zh(name, twin: null);

        private static TestSpec Zh(string name, string? twin) =>
            Fixtures.Corpus("zh-cn/" + name, twin == null ? null : new Dictionary<string, string> { ["Twin"] = "../../docs/" + twin + "/" + name });

        private static TestSpec En(string name) => Fixtures.Corpus("en/" + name);

        private static TestSpec Twin(string language, string name) =>
            Fixtures.Corpus(language + "/" + name, new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" });

        private static Assembly Build(params TestSpec[] specs)
        {
            var (result, output) = new GeneratorRunner(specs).Run();
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            Assert.Empty(CompilationProblems.Of(output));
            return InMemoryAssembly.Load(output);
        }

        private static IErrorCodeCatalog Catalog(Assembly assembly, string name) =>
            ErrorCodeCatalogs.FromAssembly(assembly).Single(catalog => catalog.Name == name);
    }
}
