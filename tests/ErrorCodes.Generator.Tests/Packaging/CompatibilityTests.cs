using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// Every assembly ever generated is a client of the runtime. The diamond every NuGet user meets: a library built
    /// with the last release's packages (runtime/released/) and one built with this release's, both referenced by an
    /// app on this release, so that NuGet gives all three this release's runtime; each library's catalogs must answer.
    /// </summary>
    public sealed class CompatibilityTests
    {
        private const string LibraryCode = @"using System.Globalization;

namespace {0}
{{
    /// <summary>What the library's own code asks of its catalogs.</summary>
    public static class Describe
    {{
        /// <summary>The code's name and message in the spec's language, or none.</summary>
        public static string Socket(int code)
        {{
            global::ErrorCodes.ErrorCodeInfo info;
            return NetSocketErrorCodes.TryGetInfo(code, out info) ? info.Name + "" "" + info.Message : ""none"";
        }}

        /// <summary>The code's title in English, or none.</summary>
        public static string English(int code)
        {{
            global::ErrorCodes.ErrorCodeInfo info;
            return NetSocketErrorCodes.TryGetInfo(code, CultureInfo.GetCultureInfo(""en-US""), out info) ? info.Title : ""none"";
        }}
    }}
}}
";

        private const string AppCode = @"using System;
using System.Globalization;
using System.Linq;
using ErrorCodes;

internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var english = CultureInfo.GetCultureInfo(""en-US"");
        foreach (var name in new[] { ""OldLib"", ""NewLib"" })
        {
            var assembly = name == ""OldLib"" ? typeof(OldLib.Describe).Assembly : typeof(NewLib.Describe).Assembly;
            var socket = name == ""OldLib"" ? OldLib.Describe.Socket(2303210) + "" | "" + OldLib.Describe.Socket(2301111) + "" | "" + OldLib.Describe.English(2301001)
                                           : NewLib.Describe.Socket(2303210) + "" | "" + NewLib.Describe.Socket(2301111) + "" | "" + NewLib.Describe.English(2301001);
            Console.WriteLine(name + "" own: "" + socket);
            var catalogs = ErrorCodeCatalogs.FromAssembly(assembly);
            Console.WriteLine(name + "" catalogs: "" + string.Join("","", catalogs.Select(catalog => catalog.Name + "" "" + catalog.All.Count + "" "" + string.Join(""/"", catalog.Languages))));
            var set = ErrorCodeCatalogSet.FromAssembly(assembly);
            Console.WriteLine(name + "" set: "" + (set.TryGetInfo(2303210, english, out var info) ? info.Message + "" "" + info.Language : ""none"") + "" | "" + (set.TryGetInfo(2301111, out var mapped) ? mapped.Name : ""none"") + "" | "" + set.FindAll(2303210).Count);
        }

        var both = new ErrorCodeCatalogSet(ErrorCodeCatalogs.FromAssembly(typeof(OldLib.Describe).Assembly).Concat(ErrorCodeCatalogs.FromAssembly(typeof(NewLib.Describe).Assembly)));
        Console.WriteLine(""both: "" + both.FindAll(2303210).Count + "" "" + OldLib.NetSocketErrorCodes.GetMessage(OldLib.NetSocketErrorCode.ConnectionTimedOut) + "" "" + NewLib.NetSocketErrorCodes.GetMessage(NewLib.NetSocketErrorCode.ConnectionTimedOut));
        Console.WriteLine(""app: "" + App.NetSocketErrorCodes.GetMessage(App.NetSocketErrorCode.ConnectionTimedOut));
        Console.WriteLine(""runtime: "" + typeof(ErrorCodeInfo).Assembly.GetName().Version);
    }
}
";

        private readonly PackageFeed _feed = PackageFeed.Shared;

        [Fact]
        public void LibrariesBuiltWithTheLastReleaseAndWithThisOneAnswerInAnAppOnThisOne()
        {
            var folder = _feed.NewFolder("Diamond");
            var libraryItems = @"<ErrorCodeSpec Update=""errorcode-net-socket.md"" Twin=""en\errorcode-net-socket.md"" />
    <ErrorCodeSpec Include=""errorcode-kernel.md"" />";
            foreach (var (name, version) in new[] { ("OldLib", PackageFeed.LastRelease), ("NewLib", PackageFeed.Version) })
            {
                var library = _feed.CreateProject(
                    name,
                    "netstandard2.0",
                    "7.3",
                    isExe: false,
                    program: string.Format(System.Globalization.CultureInfo.InvariantCulture, LibraryCode, name),
                    spec: File.ReadAllText(Path.Combine(Fixtures.CorpusDirectory, "zh-cn", "errorcode-net-socket.md")),
                    extraItems: libraryItems,
                    extraProperties: name == "OldLib" ? "<NoWarn>$(NoWarn);ECG0019;ECG0020</NoWarn>" : string.Empty, // 0.1.0 warned of upstream's kernel table's two mistakes
                    generatorVersion: version,
                    folder: folder);
                Directory.CreateDirectory(Path.Combine(library, "en"));
                File.Copy(Path.Combine(Fixtures.CorpusDirectory, "en", "errorcode-net-socket.md"), Path.Combine(library, "en", "errorcode-net-socket.md"));
                File.Copy(Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-kernel.md"), Path.Combine(library, "errorcode-kernel.md"));
            }

            var app = _feed.CreateProject(
                "App",
                "net10.0",
                "latest",
                isExe: true,
                program: AppCode,
                extraItems: @"<ProjectReference Include=""..\OldLib\OldLib.csproj"" />
    <ProjectReference Include=""..\NewLib\NewLib.csproj"" />",
                folder: folder);

            ProcessRunner.Run("dotnet", "build -c Release", app, timeout: TimeSpan.FromMinutes(10));
            var output = ProcessRunner.Run("dotnet", "run -c Release --no-build", app);

            // Each library compiled against its own release's runtime; the app runs them both on this one.
            Assert.Contains($"\"ErrorCodes.Runtime/{PackageFeed.LastRelease}\"", File.ReadAllText(Path.Combine(folder, "OldLib", "obj", "project.assets.json")), StringComparison.Ordinal);
            Assert.Contains($"\"ErrorCodes.Runtime/{PackageFeed.Version}\"", File.ReadAllText(Path.Combine(folder, "App", "obj", "project.assets.json")), StringComparison.Ordinal);
            Assert.Contains("runtime: " + PackageFeed.ReleaseVersion + ".0\n", output, StringComparison.Ordinal);
            foreach (var name in new[] { "OldLib", "NewLib" })
            {
                Assert.Contains(name + " own: ConnectionTimedOut Connection timed out. | ECONNREFUSED Connection refused | Operation Not Allowed\n", output, StringComparison.Ordinal);
                Assert.Matches(name + @" catalogs: Kernel \d+ zh-CN,NetSocket 30 zh-CN/en\n", output);
                Assert.Contains(name + " set: Connection timed out. en | ECONNREFUSED | 1\n", output, StringComparison.Ordinal);
            }

            Assert.Contains("both: 2 Connection timed out. Connection timed out.\n", output, StringComparison.Ordinal);
            Assert.Contains("app: Connection timed out.\n", output, StringComparison.Ordinal);
        }

        // Package validation compares the runtime with the last release's package on every pack, this run's feed among
        // them; a member taken away must fail it, or the check proves nothing.
        [Fact]
        public void PackingARuntimeThatDropsAMemberOfTheLastReleaseFails()
        {
            using var copy = new TempDirectory("errorcodes-runtime-copy");
            RepositoryCopy.Make(copy.Path, RepositoryCopy.PackInputs);
            var info = Path.Combine(copy.Path, "runtime", "ErrorCodes.Runtime", "ErrorCodeInfo.cs");
            var source = File.ReadAllText(info);
            Assert.Contains("public ErrorCodeInfo ForMappedCode(int code, string rule)", source, StringComparison.Ordinal);
            File.WriteAllText(info, source.Replace("public ErrorCodeInfo ForMappedCode(int code, string rule)", "internal ErrorCodeInfo ForMappedCode(int code, string rule)", StringComparison.Ordinal));
            var api = Path.Combine(copy.Path, "runtime", "ErrorCodes.Runtime", "PublicAPI.Shipped.txt");
            File.WriteAllLines(api, File.ReadAllLines(api).Where(line => !line.Contains("ForMappedCode", StringComparison.Ordinal)));

            var pack = ProcessRunner.Run("dotnet", $"pack runtime/ErrorCodes.Runtime -c Release -o out --artifacts-path artifacts", copy.Path, expectedExitCode: 1);

            Assert.Contains("error CP0002: Member 'ErrorCodes.ErrorCodeInfo ErrorCodes.ErrorCodeInfo.ForMappedCode(int, string)' exists on [Baseline] lib/netstandard2.0/ErrorCodes.Runtime.dll but not on lib/netstandard2.0/ErrorCodes.Runtime.dll", pack, StringComparison.Ordinal);
        }

        [Fact]
        public void TheLastReleasesPackagesAreKeptWhereRestoreFindsThem()
        {
            foreach (var id in new[] { "ErrorCodes.Runtime", "ErrorCodes.Generator" })
            {
                using var package = ZipFile.OpenRead(Path.Combine(PackageFeed.Released, $"{id}.{PackageFeed.LastRelease}.nupkg"));
                using var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
                Assert.Contains($"<version>{PackageFeed.LastRelease}</version>", nuspec.ReadToEnd(), StringComparison.Ordinal);
            }
        }
    }
}
