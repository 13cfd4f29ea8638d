using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// What a user gets from NuGet: both packages packed into a folder feed, and fresh projects outside the repository
    /// that reference only ErrorCodes.Generator and list a spec, built and run with the dotnet CLI.
    /// </summary>
    public sealed class PackageTests
    {
        private readonly PackageFeed _feed = PackageFeed.Shared;

        [Fact]
        public void GeneratorPackageCarriesTheModelLibraryAndMarkdigBesideTheGeneratorAndDependsOnTheRuntime()
        {
            using var package = ZipFile.OpenRead(Path.Combine(_feed.Directory, $"ErrorCodes.Generator.{PackageFeed.Version}.nupkg"));
            var entries = package.Entries.Select(e => e.FullName).ToList();

            Assert.Contains("analyzers/dotnet/cs/ErrorCodes.Generator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/ErrorCodes.Model.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/ErrorCodes.Analyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/ErrorCodes.CodeFixes.dll", entries);
            Assert.Contains("buildTransitive/ErrorCodes.Generator.props", entries);
            Assert.Contains("buildTransitive/ErrorCodes.Generator.targets", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
            using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var manifest = nuspec.ReadToEnd();
            Assert.Contains($"<dependency id=\"ErrorCodes.Runtime\" version=\"{PackageFeed.Version}\"", manifest);
            Assert.DoesNotContain("ErrorCodes.Model", manifest);
        }

        [Fact]
        public void ConsoleAppThatListsASpecBuildsAndRuns()
        {
            var project = _feed.CreateProject("App", "net10.0", "latest", isExe: true, program: @"
using System;
using App;
using ErrorCodes;

internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var timedOut = NetSocketErrorCode.ConnectionTimedOut;
        Console.WriteLine($""{(int)timedOut} {timedOut.ToStringFast()} {timedOut.GetMessage()} {timedOut.GetTitle()}"");
        Console.WriteLine(NetSocketErrorCodes.TryGetInfo(2300002, out var info) ? string.Join(""|"", info.Remediation) : ""missing"");
        foreach (var catalog in ErrorCodeCatalogs.FromAssembly(typeof(Program).Assembly))
        {
            Console.WriteLine($""{catalog.Name}: {catalog.All.Count} codes"");
        }

        var english = System.Globalization.CultureInfo.GetCultureInfo(""en-US"");
        Console.WriteLine(""vpn: "" + NetVpnErrorCodes.Languages.Count + "" "" + NetVpnErrorCodes.All.Count + "" "" + (NetVpnErrorCodes.TryGetInfo(2200001, english, out var vpn) ? vpn.Language + "" "" + vpn.Message : ""missing""));
        Console.WriteLine(""help: "" + vpn!.HelpLink + "" "" + ((NetVpnErrorCode)2200001).ToException().HelpLink + "" "" + (timedOut.GetInfo()!.HelpLink ?? ""none""));
        return NetSocketErrorCodes.IsDefined(12345) ? 1 : 0;
    }
}", extraItems: @"<ErrorCodeSpec Include=""zh\errorcode-net-vpn.md"" Twin=""en\errorcode-net-vpn.md"" HelpLinkFormat=""https://errors.example.org/errorcode-net-vpn/{code}.html"" />");
            foreach (var language in new[] { "zh", "en" })
            {
                Directory.CreateDirectory(Path.Combine(project, language));
                File.Copy(Path.Combine(Fixtures.CorpusDirectory, language == "zh" ? "zh-cn" : "en", "errorcode-net-vpn.md"), Path.Combine(project, language, "errorcode-net-vpn.md"));
            }

            ProcessRunner.Run("dotnet", "build -c Release", project);
            var output = ProcessRunner.Run("dotnet", "run -c Release --no-build", project);

            Assert.Contains("2303210 ConnectionTimedOut Connection timed out. 连接超时", output);
            Assert.Contains("检查内存空间是否充足，清理内存后重试。|系统异常，请稍后重试或重启设备。", output);
            Assert.Contains("NetSocket: 19 codes", output);
            Assert.Contains("NetVpn: 8 codes", output);
            Assert.Contains("vpn: 2 8 en Invalid parameter value.", output);

            // The HelpLinkFormat metadata, through the targets and the compiler's options, to the entries, the exception and the XML docs.
            Assert.Contains("help: https://errors.example.org/errorcode-net-vpn/2200001.html https://errors.example.org/errorcode-net-vpn/2200001.html none", output);
            var generated = Directory.GetFiles(Path.Combine(project, "obj"), "NetSocketErrorCode.g.cs", SearchOption.AllDirectories);
            Assert.Single(generated);
            var vpnSource = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(project, "obj"), "NetVpnErrorCode.g.cs", SearchOption.AllDirectories)));
            Assert.Contains("/// <para>More: <see href=\"https://errors.example.org/errorcode-net-vpn/2200001.html\">https://errors.example.org/errorcode-net-vpn/2200001.html</see></para>", vpnSource, StringComparison.Ordinal);
        }

        [Fact]
        public void AnInternalBilingualCatalogPublishedWithNativeAotRunsWithoutATrimWarningAndAnswersInTheUICulture()
        {
            var project = _feed.CreateProject("Aot", "net10.0", "latest", isExe: true, spec: File.ReadAllText(Path.Combine(Fixtures.CorpusDirectory, "zh-cn", "errorcode-net-socket.md")), program: @"
using System;
using System.Globalization;
using System.Linq;
using System.Net.Sockets;
using Aot;
using ErrorCodes;

internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        foreach (var name in new[] { ""zh-CN"", ""en-US"", ""fr-FR"" })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            var code = NetSocketErrorCode.OperationNotPermitted;
            Console.WriteLine(name + "": "" + code.GetTitle() + "" | "" + code.GetInfo()!.Title + "" | "" + (NetSocketErrorCodes.TryGetInfo(2301111, out var mapped) ? mapped.Name + "" "" + mapped.Message : ""none""));
        }

        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var catalogs = ErrorCodeCatalogs.FromAssembly(typeof(Program).Assembly);
        Console.WriteLine(""catalogs: "" + string.Join("","", catalogs.Select(catalog => catalog.Name + "" "" + catalog.All.Count)));
        Console.WriteLine(""any: "" + (catalogs.TryGetInfo(2301111, CultureInfo.GetCultureInfo(""en""), out var any) ? any.Name : ""none"") + "" all: "" + catalogs.FindAll(111).Count);
        Console.WriteLine(""en: "" + (NetSocketErrorCodes.TryGetInfo(2301001, CultureInfo.GetCultureInfo(""en""), out var english) ? english.Title : ""none""));
        Console.WriteLine(""socket: "" + (NetSocketErrorCodes.TryFromSocketException(new SocketException((int)SocketError.ConnectionRefused), out var refused) ? (int)refused + "" "" + refused.ToStringFast() : ""none""));
        try
        {
            throw new ErrorCodeException(NetSocketErrorCode.ConnectionTimedOut.GetInfo()!);
        }
        catch (ErrorCodeException exception)
        {
            Console.WriteLine(""exception: "" + exception.Message);
        }

        return 0;
    }
}", extraItems: @"<ErrorCodeSpec Update=""errorcode-net-socket.md"" Twin=""en\errorcode-net-socket.md"" Visibility=""internal"" />
    <ErrorCodeSpec Include=""errorcode-kernel.md"" Visibility=""internal"" />", extraProperties: "<PublishAot>true</PublishAot>");
            Directory.CreateDirectory(Path.Combine(project, "en"));
            File.Copy(Path.Combine(Fixtures.CorpusDirectory, "en", "errorcode-net-socket.md"), Path.Combine(project, "en", "errorcode-net-socket.md"));
            File.Copy(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-kernel.md"), Path.Combine(project, "errorcode-kernel.md"));

            var publish = ProcessRunner.Run("dotnet", "publish -c Release -r linux-x64 -o out", project, timeout: TimeSpan.FromMinutes(10));
            var output = ProcessRunner.Run(Path.Combine(project, "out", "Aot"), string.Empty, project);

            Assert.DoesNotMatch(@"warning IL\d{4}", publish);
            Assert.Contains("zh-CN: 操作不允许 | 操作不允许 | ECONNREFUSED Connection refused\n", output, StringComparison.Ordinal);
            Assert.Contains("en-US: Operation Not Allowed | Operation Not Allowed | ECONNREFUSED Connection refused\n", output, StringComparison.Ordinal);
            Assert.Contains("fr-FR: 操作不允许 | 操作不允许 | ", output, StringComparison.Ordinal);
            Assert.Contains("catalogs: Kernel ", output, StringComparison.Ordinal);
            Assert.Contains(",NetSocket 30\n", output, StringComparison.Ordinal);
            Assert.Contains("any: ECONNREFUSED all: 1\n", output, StringComparison.Ordinal);
            Assert.Contains("en: Operation Not Allowed\n", output, StringComparison.Ordinal);
            Assert.Contains("socket: 2301111 2301111\n", output, StringComparison.Ordinal);
            Assert.Contains("exception: [2303210] Connection timed out.\n", output, StringComparison.Ordinal);
        }

        // The README's "Several specs in one project", as written (its item group is read from the README), with the
        // documents it names from the corpus: upstream's kernel table has two mistakes the project cannot fix, which
        // must not fail a build that treats warnings as errors (they are infos there; errorcodes lint warns).
        [Fact]
        public void TheReadmesSeveralSpecsProjectBuildsWithWarningsAsErrors()
        {
            var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"));
            var section = readme.Substring(readme.IndexOf("### Several specs in one project", StringComparison.Ordinal));
            var itemGroup = System.Text.RegularExpressions.Regex.Match(section, @"<ItemGroup>.*?</ItemGroup>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
            var specs = System.Text.RegularExpressions.Regex.Matches(itemGroup, @"(?:Include|Twin)=""(docs/[^""]+)""").Select(match => match.Groups[1].Value).ToList();
            var project = _feed.CreateProject(
                "Several",
                "net10.0",
                "latest",
                isExe: false,
                program: "namespace Several\n{\n    /// <summary>Uses two catalogs.</summary>\n    public static class Use\n    {\n        /// <summary>A message from each.</summary>\n        public static string Messages() => NetSocketErrorCode.ConnectionTimedOut.GetMessage() + KernelErrorCode.ECONNREFUSED.GetMessage();\n    }\n}\n",
                itemGroup: itemGroup.Replace($"Version=\"{PackageFeed.ReleaseVersion}\"", $"Version=\"{PackageFeed.Version}\"", StringComparison.Ordinal));
            foreach (var spec in specs)
            {
                var target = Path.Combine(project, spec);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(Fixtures.CorpusDirectory, spec.Substring("docs/".Length)), target);
            }

            var build = ProcessRunner.Run("dotnet", "build -c Release", project);

            Assert.Contains($"<PackageReference Include=\"ErrorCodes.Generator\" Version=\"{PackageFeed.ReleaseVersion}\" />", itemGroup, StringComparison.Ordinal);
            Assert.Equal(8, specs.Count);
            Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);
            Assert.Contains("0 Error(s)", build, StringComparison.Ordinal);
        }

        [Fact]
        public void NetStandard20LibraryAtCSharp73BuildsWithoutWarnings()
        {
            var project = _feed.CreateProject("Lib", "netstandard2.0", "7.3", isExe: false, program: @"
namespace Lib
{
    /// <summary>Uses the generated catalog.</summary>
    public static class Usage
    {
        /// <summary>The message of a code, or empty.</summary>
        public static string Message(int code)
        {
            global::ErrorCodes.ErrorCodeInfo info;
            return NetSocketErrorCodes.TryGetInfo(code, out info) ? info.Message : string.Empty;
        }
    }
}", extraItems: @"<ErrorCodeSpec Update=""errorcode-net-socket.md"" HelpLinkFormat=""https://errors.example.org/errorcode-net-socket/{code}.html"" />");

            var output = ProcessRunner.Run("dotnet", "build -c Release", project);

            Assert.Contains("0 Warning(s)", output);
        }

        // The analyzers come with the package: a mistyped code fails a build that treats warnings as errors, and the info
        // that a number is a code shows once a project raises it.
        [Fact]
        public void TheAnalyzersRunInAConsumerOfThePackage()
        {
            var project = _feed.CreateProject(
                "Checked",
                "net10.0",
                "latest",
                isExe: false,
                program: "namespace Checked\n{\n    /// <summary>Checks codes.</summary>\n    public static class Check\n    {\n        /// <summary>A typo and a number.</summary>\n        public static bool TimedOut(int errorCode) => errorCode == 2303201 || errorCode == 2300002;\n    }\n}\n",
                extraItems: "<GlobalAnalyzerConfigFiles Include=\"errorcodes.globalconfig\" />");
            File.WriteAllText(Path.Combine(project, "errorcodes.globalconfig"), "is_global = true\ndotnet_diagnostic.ECA0001.severity = warning\n");

            var failed = ProcessRunner.Run("dotnet", "build --no-incremental", project, expectedExitCode: 1);
            Assert.Contains("Program.cs(7,68): error ECA0002: 2303201 is not a code of NetSocketErrorCode; did you mean 2303210 (ConnectionTimedOut)?", failed);
            Assert.Contains("Program.cs(7,92): error ECA0001: 2300002 is NetSocketErrorCode.SystemInternalError; write the member", failed);
        }

        [Fact]
        public void SeveritiesChangeWithNoWarnAGlobalConfigOrTheEditorConfigKey()
        {
            var seed = File.ReadAllText(Paths.SeedSpec);
            var duplicateLine = seed.Split('\n').Length + 2;
            var spec = seed + "\n\n## 2301001 重复\n\n**错误信息**\n\nAgain.\n\n**错误描述**\n\n甲。\n\n**可能原因**\n\n乙。\n\n**处理步骤**\n\n丙。\n";
            var project = _feed.CreateProject(
                "Severities",
                "net10.0",
                "latest",
                isExe: false,
                program: "namespace Severities { /// <summary>Empty.</summary>\npublic static class Empty { } }",
                spec: spec,
                extraItems: "<GlobalAnalyzerConfigFiles Include=\"errorcodes.globalconfig\" Condition=\"'$(UseGlobalConfig)' == 'true'\" />");
            File.WriteAllText(Path.Combine(project, "errorcodes.globalconfig"), "is_global = true\ndotnet_diagnostic.ECG0003.severity = none\n");

            var failed = ProcessRunner.Run("dotnet", "build --no-incremental", project, expectedExitCode: 1);
            Assert.Contains($"errorcode-net-socket.md({duplicateLine},1): error ECG0003: Code 2301001 is defined again (first at line 7)", failed);

            ProcessRunner.Run("dotnet", "build --no-incremental -p:NoWarn=ECG0003", project);
            ProcessRunner.Run("dotnet", "build --no-incremental -p:UseGlobalConfig=true", project);

            File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.md]\nerrorcodes_diagnostic.ECG0003.severity = none\nerrorcodes_diagnostic.ECG0009.severity = error\n");
            var promoted = ProcessRunner.Run("dotnet", "build --no-incremental", project, expectedExitCode: 1);
            Assert.DoesNotContain("ECG0003", promoted);
            Assert.Contains("errorcode-net-socket.md(79,1): error ECG0009: 'TCP/UDP 错误码说明' is not a known section label", promoted);
        }

        // A project written against the seed edition moves to the current edition of the document: with the names file
        // that records the names it shipped, it builds unchanged; a code the names file records but the document
        // dropped still compiles, with its warnings; without the names file the renamed members break the build.
        [Fact]
        public void MovingToANewEditionWithTheNamesFileCompilesUnchanged()
        {
            var seedNames = File.ReadAllLines(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names")).Where(line => line.Length != 0 && line[0] != '#').Select(line => line.Split(' ')[1]).ToList();
            var uses = string.Join("\n", seedNames.Select(member => $"        Console.WriteLine($\"{{(int)NetSocketErrorCode.{member}}} {{NetSocketErrorCode.{member}.ToStringFast()}} {{NetSocketErrorCode.{member}.GetMessage()}}\");"));
            var program = "using System;\nusing Edition;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n        Console.OutputEncoding = System.Text.Encoding.UTF8;\n" + uses + "\n        Console.WriteLine((int)NetSocketErrorCode.DroppedUpstream);\n    }\n}\n";
            var currentEdition = File.ReadAllText(Path.Combine(Fixtures.CorpusDirectory, "zh-cn", "errorcode-net-socket.md"));
            var project = _feed.CreateProject("Edition", "net10.0", "latest", isExe: true, program, spec: currentEdition, extraProperties: "<WarningsNotAsErrors>CS0618;ECG0029</WarningsNotAsErrors>");
            var names = Path.Combine(project, "errorcode-net-socket.names");
            File.WriteAllText(names, File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names")) + "2399999 DroppedUpstream\n");

            var build = ProcessRunner.Run("dotnet", "build -c Release", project);
            var output = ProcessRunner.Run("dotnet", "run -c Release --no-build", project);

            Assert.Equal(19, seedNames.Count);
            Assert.Contains("errorcode-net-socket.names(23,1): warning ECG0029: Code 2399999 (DroppedUpstream) is recorded in the names file but no longer in the document", build);
            Assert.Contains("warning CS0618: 'NetSocketErrorCode.DroppedUpstream' is obsolete: 'Removed from errorcode-net-socket.md: the document no longer has code 2399999.", build);
            Assert.Contains("2303188 SocketOperationOnNonSocket Not a socket.", output);
            Assert.Contains("2303504 ErrorLookingUpX509 An error occurred when verifying the x509 certificate.", output);
            Assert.Contains("2399999", output);

            File.Delete(names);
            var broken = ProcessRunner.Run("dotnet", "build -c Release", project, expectedExitCode: 1);
            Assert.Contains("error CS0117: 'NetSocketErrorCode' does not contain a definition for 'SocketOperationOnNonSocket'", broken);
        }
    }
}
