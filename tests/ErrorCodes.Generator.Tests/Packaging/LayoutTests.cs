using System;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// Project layouts as users make them, built with <c>dotnet build</c> through the packed packages: what the in-memory
    /// tests cannot see (MSBuild's items, the compiler's options file, the file system). Each layout lost a catalog, or
    /// broke the build with an error of the compiler's, before the generator and its targets learnt to handle it.
    /// </summary>
    public sealed class LayoutTests
    {
        private const string Program = @"using System;
using System.Linq;
using ErrorCodes;

internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        foreach (var catalog in ErrorCodeCatalogs.FromAssembly(typeof(Program).Assembly).OrderBy(catalog => catalog.GetType().FullName, StringComparer.Ordinal))
        {
            Console.WriteLine(catalog.GetType().DeclaringType!.FullName + "" "" + catalog.All.Count + "" "" + string.Join(""/"", catalog.Languages) + "" "" + string.Join("","", catalog.All.Select(info => info.Code + ""="" + info.Name)));
        }
    }
}
";

        private readonly PackageFeed _feed = PackageFeed.Shared;

        // errorcode-deviceStatus.md and errorcode-devicestatus.md are both upstream documents, of different kits. Their
        // types differ only in case, which C# allows; Roslyn's file names must differ ignoring case. Before, the
        // generator threw, Roslyn dropped every file, and the build said "Build succeeded".
        [Fact]
        public void DocumentsWhoseNamesDifferOnlyInCaseEachGenerateTheirCatalog()
        {
            var project = _feed.CreateProject("Case", "net10.0", "latest", isExe: true, Program, extraItems: @"<ErrorCodeSpec Include=""kit-a/errorcode-deviceStatus.md"" />
    <ErrorCodeSpec Include=""kit-b/errorcode-devicestatus.md"" />
    <ErrorCodeSpec Include=""kit-c/errorcode.device.status.md"" EnumName=""DEVICEStatusErrorCode"" ClassName=""DEVICEStatusErrorCodes"" />");
            Write(project, "kit-a/errorcode-deviceStatus.md", Documents.Code(1, "设备状态", "Device status error."));
            Write(project, "kit-b/errorcode-devicestatus.md", Documents.Code(2, "设备状态", "Device status failure."));
            Write(project, "kit-c/errorcode.device.status.md", Documents.Code(3, "设备状态", "Device status again."));

            var build = ProcessRunner.Run("dotnet", "build", project);
            var output = ProcessRunner.Run("dotnet", "run --no-build", project);

            Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);
            Assert.Contains("Case.DEVICEStatusErrorCodes 1 zh-CN 3=DeviceStatusAgain\n", output, StringComparison.Ordinal);
            Assert.Contains("Case.DeviceStatusErrorCodes 1 zh-CN 1=DeviceStatusError\n", output, StringComparison.Ordinal);
            Assert.Contains("Case.DevicestatusErrorCodes 1 zh-CN 2=DeviceStatusFailure\n", output, StringComparison.Ordinal);
            Assert.Contains("Case.NetSocketErrorCodes 19 ", output, StringComparison.Ordinal);
            Assert.Equal(4, Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories).Count(file => file.Contains("ErrorCodes.Generator", StringComparison.Ordinal)));
        }

        // Files in two roles, and roles that name nothing: each is said, at its spec, and every catalog that can be made
        // is made. Before, a file that was a spec and a twin lost its catalog in silence (the compiler's options file gave
        // it one kind, "twin"), a missing twin failed the build with CS2001, and a names file that is a folder with CS1504.
        [Fact]
        public void FilesInTwoRolesAndRolesThatNameNothingAreSaidAndEveryCatalogIsMade()
        {
            var project = _feed.CreateProject(
                "Roles",
                "net10.0",
                "latest",
                isExe: true,
                Program,
                extraProperties: "<WarningsNotAsErrors>$(WarningsNotAsErrors);ECG0022;ECG0030;ECG0032;ECG0033;ECG0034;ECG0035</WarningsNotAsErrors>",
                extraItems: @"<ErrorCodeSpec Include=""self/errorcode-self.md"" Twin=""self/errorcode-self.md"" />
    <ErrorCodeSpec Include=""zh-cn/errorcode-pair.md"" Twin=""en/errorcode-pair.md"" />
    <ErrorCodeSpec Include=""en/errorcode-pair.md"" Twin=""zh-cn/errorcode-pair.md"" Namespace=""English"" />
    <ErrorCodeSpec Include=""names/errorcode-named.md"" Names=""self/errorcode-self.md"" Twin=""names/missing.md"" />
    <ErrorCodeSpec Include=""folder/errorcode-folder.md"" Names=""folder"" />
    <ErrorCodeSpec Include=""twice/errorcode-twice.md"" EnumName=""FirstErrorCode"" ClassName=""FirstErrorCodes"" />
    <ErrorCodeSpec Include=""twice/errorcode-twice.md"" EnumName=""SecondErrorCode"" ClassName=""SecondErrorCodes"" />");
            Write(project, "self/errorcode-self.md", Documents.Code(10, "自己", "Self."));
            Write(project, "zh-cn/errorcode-pair.md", Documents.Code(20, "一对", "Pair."));
            Write(project, "en/errorcode-pair.md", Documents.EnglishCode(20, "Pair", "Pair."));
            Write(project, "names/errorcode-named.md", Documents.Code(30, "命名", "Named."));
            Write(project, "folder/errorcode-folder.md", Documents.Code(40, "文件夹", "Folder."));
            Write(project, "twice/errorcode-twice.md", Documents.Code(50, "两次", "Twice."));

            var build = ProcessRunner.Run("dotnet", "build", project);
            var output = ProcessRunner.Run("dotnet", "run --no-build", project);

            Assert.Contains("errorcode-self.md(1,1): warning ECG0032: The spec's Twin metadata names the spec itself", build, StringComparison.Ordinal);
            Assert.Contains("zh-cn/errorcode-pair.md(1,1): warning ECG0033: The Twin metadata names 'en/errorcode-pair.md', which the project also lists as a spec of its own", build, StringComparison.Ordinal);
            Assert.Contains("en/errorcode-pair.md(1,1): warning ECG0033: The Twin metadata names 'zh-cn/errorcode-pair.md'", build, StringComparison.Ordinal);
            Assert.Contains("errorcode-named.md(1,1): warning ECG0034: The Names metadata names 'self/errorcode-self.md', which the project lists as a spec or a twin", build, StringComparison.Ordinal);
            Assert.Contains("errorcode-named.md(1,1): warning ECG0022: The spec's Twin metadata names", build, StringComparison.Ordinal);
            Assert.Contains("errorcode-folder.md(1,1): warning ECG0030: The names file", build, StringComparison.Ordinal);
            Assert.Contains("errorcode-twice.md(1,1): warning ECG0035: The spec is listed 2 times with different metadata (EnumName: FirstErrorCode, SecondErrorCode; ClassName: FirstErrorCodes, SecondErrorCodes)", build, StringComparison.Ordinal);
            Assert.DoesNotContain("error CS", build, StringComparison.Ordinal);
            Assert.Contains("English.PairErrorCodes 1 en/zh-CN 20=Pair\n", output, StringComparison.Ordinal);
            Assert.Contains("Roles.FolderErrorCodes 1 zh-CN 40=Folder\n", output, StringComparison.Ordinal);
            Assert.Contains("Roles.NamedErrorCodes 1 zh-CN 30=Named\n", output, StringComparison.Ordinal);
            Assert.Contains("Roles.PairErrorCodes 1 zh-CN/en 20=Pair\n", output, StringComparison.Ordinal);
            Assert.Contains("Roles.SecondErrorCodes 1 zh-CN 50=Twice\n", output, StringComparison.Ordinal);
            Assert.Contains("Roles.SelfErrorCodes 1 zh-CN 10=Self\n", output, StringComparison.Ordinal);
        }

        // Names the compiler would reject or confuse, from a names file or metadata: each is said at its line, and the
        // build compiles. Before: CS0076 for value__, CS0102 for two names that differ by an invisible character, and
        // CS0101 for two EnumNames that do; errorcodes lint called all of them clean.
        [Fact]
        public void NamesTheCompilerWouldRejectOrConfuseAreSaidAndTheBuildCompiles()
        {
            var project = _feed.CreateProject(
                "Names",
                "net10.0",
                "latest",
                isExe: true,
                Program,
                spec: Documents.Code(1, "一", "First.") + Documents.Code(2, "二", "Second.") + Documents.Code(3, "三", "Third."),
                extraProperties: "<WarningsNotAsErrors>$(WarningsNotAsErrors);ECG0026</WarningsNotAsErrors>",
                extraItems: @"<ErrorCodeSpec Include=""other/errorcode-net-socket.md"" Namespace=""Other"" EnumName=""Net&#x200B;SocketErrorCode"" />
    <ErrorCodeSpec Include=""third/errorcode-net-socket.md"" Namespace=""Other"" EnumName=""Net&#xAD;SocketErrorCode"" />");
            Write(project, "errorcode-net-socket.names", "1 value__\n2 Same\u200BName\n3 SameName\n");
            Write(project, "other/errorcode-net-socket.md", Documents.Code(4, "四", "Fourth."));
            Write(project, "third/errorcode-net-socket.md", Documents.Code(5, "五", "Fifth."));

            var build = ProcessRunner.Run("dotnet", "build", project, expectedExitCode: 1);

            Assert.Contains("errorcode-net-socket.names(1,1): warning ECG0026: 'value__' is not a valid C# name, so code 1 is named from the document", build, StringComparison.Ordinal);
            Assert.Contains("errorcode-net-socket.names(2,1): warning ECG0026: 'Same\\u200BName' is not a valid C# name", build, StringComparison.Ordinal);
            Assert.Contains("error ECG0007: The EnumName metadata 'Net\\u200BSocketErrorCode' is not a valid C# type name; no catalog is generated for this spec", build, StringComparison.Ordinal);
            Assert.Contains("error ECG0007: The EnumName metadata 'Net\\u00ADSocketErrorCode' is not a valid C# type name", build, StringComparison.Ordinal);
            Assert.DoesNotContain("error CS", build, StringComparison.Ordinal);

            using var tool = new ToolPackageTests.InstalledTool();
            var lint = tool.Run($"lint \"{Path.Combine(project, "errorcode-net-socket.md")}\"").Output;
            Assert.Contains("warning ECG0026: 'value__' is not a valid C# name", lint, StringComparison.Ordinal);
            Assert.Contains("warning ECG0026: 'Same\\u200BName' is not a valid C# name", lint, StringComparison.Ordinal);
        }

        private static void Write(string project, string path, string text)
        {
            var file = Path.Combine(project, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
    }
}
