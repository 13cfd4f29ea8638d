using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// ErrorCodes.OpenHarmony as a .NET developer gets it: a PackageReference, and every OpenHarmony code answers.
    /// </summary>
    public sealed class OpenHarmonyPackageTests
    {
        private const string Program = @"using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes;
using ErrorCodes.OpenHarmony;

internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(""zh-CN"");
        var english = CultureInfo.GetCultureInfo(""en-US"");
        var catalogs = OpenHarmonyErrorCodes.Catalogs;

        // The entry point keeps its own tables of the two languages: its answers are those of a set of the same catalogs,
        // first from threads that race in cultures of both languages (and others) as the tables are made, then in turn.
        var reference = new ErrorCodeCatalogSet(catalogs);
        var cultures = new[] { ""zh-CN"", ""en-US"", ""en"", ""fr-FR"", """", ""en-GB"", ""zh-Hans"", ""zh-TW"" }.Select(CultureInfo.GetCultureInfo).ToArray();
        var codes = catalogs.Codes.Concat(Enumerable.Range(2301000, 200)).Concat(new[] { 0, -1, int.MinValue, int.MaxValue }).ToArray();
        var raced = 0;
        Parallel.For(0, cultures.Length, new ParallelOptions { MaxDegreeOfParallelism = cultures.Length }, thread =>
        {
            var culture = cultures[thread];
            CultureInfo.CurrentUICulture = culture;
            var random = new Random(thread);
            for (var i = 0; i < 20000; i++)
            {
                var code = codes[random.Next(codes.Length)];
                var given = cultures[random.Next(cultures.Length)];
                if (!Same(OpenHarmonyErrorCodes.TryGetInfo(code, out var inUI) ? inUI : null, reference.TryGetInfo(code, culture, out var expected) ? expected : null)
                    || !Same(OpenHarmonyErrorCodes.TryGetInfo(code, given, out var inGiven) ? inGiven : null, reference.TryGetInfo(code, given, out expected) ? expected : null))
                {
                    Interlocked.Increment(ref raced);
                }
            }
        });
        var differ = 0;
        foreach (var culture in cultures)
        {
            foreach (var code in codes)
            {
                differ += Same(OpenHarmonyErrorCodes.TryGetInfo(code, culture, out var found) ? found : null, reference.TryGetInfo(code, culture, out var expected) ? expected : null) ? 0 : 1;
            }
        }

        Console.WriteLine(""agree: "" + codes.Length * cultures.Length + "" lookups, "" + differ + "" differ; raced: "" + raced + "" differ"");
        Console.WriteLine(""catalogs: "" + catalogs.Count + "" codes: "" + catalogs.SelectMany(c => c.All).Select(i => i.Code).Distinct().Count());

        // A code of each kit: the first catalog of the kit that has one answers it through the one entry point.
        var kits = OpenHarmonyErrorCodes.Kits;
        var unanswered = kits.Where(kit => !OpenHarmonyErrorCodes.CatalogsOfKit(kit).SelectMany(c => c.All).Take(1)
            .All(info => OpenHarmonyErrorCodes.TryGetInfo(info.Code, out var found) && OpenHarmonyErrorCodes.CatalogOf(found) != null)).ToList();
        Console.WriteLine(""kits: "" + kits.Count + "" unanswered: "" + string.Join("","", unanswered));

        // The ArkTS and the Cangjie editions of one kit, side by side.
        var arkts = ErrorCodes.OpenHarmony.ArkTS.AbilityKit.BundleErrorCode.SpecifiedBundleNameIsNotFound;
        var cangjie = ErrorCodes.OpenHarmony.Cangjie.AbilityKit.BundleErrorCode.SpecifiedBundleNameIsNotFound;
        Console.WriteLine(""editions: "" + (int)arkts + "" "" + (int)cangjie + "" "" + ErrorCodes.OpenHarmony.ArkTS.AbilityKit.BundleErrorCodes.GetTitle(arkts) + "" | "" + ErrorCodes.OpenHarmony.Cangjie.AbilityKit.BundleErrorCodes.GetTitle(cangjie));

        // A code several modules define.
        var shared = OpenHarmonyErrorCodes.FindAll(401);
        Console.WriteLine(""shared: "" + shared.Count + "" "" + string.Join("","", shared.Select(info => OpenHarmonyErrorCodes.EditionOf(OpenHarmonyErrorCodes.CatalogOf(info)!) + ""/"" + OpenHarmonyErrorCodes.CatalogOf(info)!.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal)));

        // Twins, in the UI culture and in English; the document and kit each entry comes from.
        OpenHarmonyErrorCodes.TryGetInfo(2303210, out var chinese);
        OpenHarmonyErrorCodes.TryGetInfo(2303210, english, out var inEnglish);
        var socket = OpenHarmonyErrorCodes.CatalogOf(chinese!)!;
        Console.WriteLine(""socket: "" + OpenHarmonyErrorCodes.SubsystemOf(socket) + "" "" + OpenHarmonyErrorCodes.SourceOf(socket));
        Console.WriteLine(""twins: "" + chinese!.Title + "" | "" + inEnglish!.Title + "" | "" + chinese.SpecFile + "" | "" + inEnglish.SpecFile + "" | "" + OpenHarmonyErrorCodes.KitOf(inEnglish));

        // A code only the errno rule of the socket documents gives, through the kernel table.
        Console.WriteLine(""errno: "" + (OpenHarmonyErrorCodes.TryGetInfo(2301111, english, out var refused) ? refused.Name + "" "" + refused.Message : ""none""));
        Console.WriteLine(""unknown: "" + OpenHarmonyErrorCodes.TryGetInfo(123456789, out _));
    }

    private static bool Same(ErrorCodeInfo? x, ErrorCodeInfo? y) =>
        x == null ? y == null : y != null && x.Code == y.Code && x.Language == y.Language && x.SpecFile == y.SpecFile && x.Title == y.Title && x.Message == y.Message;
}
";

        private readonly PackageFeed _feed = PackageFeed.Shared;

        [Fact]
        public void ThePackageCarriesItsAttributionAndSources()
        {
            using var package = ZipFile.OpenRead(Path.Combine(_feed.Directory, $"ErrorCodes.OpenHarmony.{PackageFeed.Version}.nupkg"));
            var entries = package.Entries.Select(entry => entry.FullName).ToList();
            using var notice = new StreamReader(package.GetEntry("NOTICE.md")!.Open());
            using var sources = new StreamReader(package.GetEntry("SOURCES.tsv")!.Open());

            Assert.Contains("lib/netstandard2.0/ErrorCodes.OpenHarmony.dll", entries);
            Assert.Contains("lib/net8.0/ErrorCodes.OpenHarmony.dll", entries);
            Assert.Contains("Documents © OpenHarmony contributors, CC BY 4.0", notice.ReadToEnd(), StringComparison.Ordinal);
            Assert.Equal(193, sources.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }

        [Fact]
        public void AnAppAnswersEveryModulesCodesThroughOneEntryPoint()
        {
            var project = _feed.CreateProject("Platform", "net10.0", "latest", isExe: true, Program, extraItems: $@"<PackageReference Include=""ErrorCodes.OpenHarmony"" Version=""{PackageFeed.Version}"" />");

            ProcessRunner.Run("dotnet", "build -c Release", project, timeout: TimeSpan.FromMinutes(10));
            var output = ProcessRunner.Run("dotnet", "run -c Release --no-build", project);

            Assert.Matches(@"catalogs: 19\d codes: \d{4}\n", output);
            Assert.Matches(@"agree: 1\d{4} lookups, 0 differ; raced: 0 differ\n", output);
            var kits = System.Text.RegularExpressions.Regex.Match(output, @"kits: (\d+) unanswered: (.*)\n");
            Assert.True(int.Parse(kits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 40, output);
            Assert.Equal(string.Empty, kits.Groups[2].Value);
            Assert.Contains("editions: 17700001 17700001 ", output, StringComparison.Ordinal);
            Assert.Matches(@"shared: \d+ .*ArkTS/Universal.*Cangjie/CjUniversal", output);
            Assert.True(output.Contains("twins: 连接超时 | Connection Timeout | docs/zh-cn/errorcode-net-socket.md | docs/en/errorcode-net-socket.md | Network Kit\n", StringComparison.Ordinal), output);
            Assert.Contains("errno: ECONNREFUSED Connection refused\n", output, StringComparison.Ordinal);
            Assert.Matches(@"socket: Communication openharmony/docs/zh-cn/application-dev/reference/apis-network-kit/errorcode-net-socket\.md@[0-9a-f]{12,40}\n", output);
            Assert.Contains("unknown: False\n", output, StringComparison.Ordinal);
        }

        // Upstream drops a code: the next package keeps its member, [Obsolete], so that an app using it still compiles,
        // and says why at the app's build. Made as a release is: the documents edited in a copy of the repository, the
        // runtime and the package packed there under a version of their own.
        [Fact]
        public void ACodeAnEditionDropsStaysAnObsoleteMemberThatStillCompiles()
        {
            using var copy = new TempDirectory("errorcodes-edition");
            RepositoryCopy.Make(copy.Path, RepositoryCopy.PackInputs);
            foreach (var language in new[] { "zh-cn", "en" })
            {
                var document = Path.Combine(copy.Path, "runtime", "ErrorCodes.OpenHarmony", "docs", language, "errorcode-net-socket.md");
                var text = File.ReadAllText(document);
                var start = text.IndexOf("\n## 2303210 ", StringComparison.Ordinal);
                var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
                Assert.True(start > 0 && end > start, language);
                File.WriteAllText(document, text.Remove(start, end - start));
            }

            var version = PackageFeed.Version + ".edited";
            var feed = Path.Combine(copy.Path, "feed");
            var packed = string.Concat(new[] { "runtime/ErrorCodes.Runtime/ErrorCodes.Runtime.csproj", "runtime/ErrorCodes.OpenHarmony/ErrorCodes.OpenHarmony.csproj" }.Select(project => ProcessRunner.Run(
                "dotnet",
                $"pack {project} -c Release -o \"{feed}\" -p:Version={version}",
                copy.Path,
                timeout: TimeSpan.FromMinutes(10))));
            var folder = _feed.NewFolder("Edition");
            File.WriteAllText(Path.Combine(folder, "nuget.config"), File.ReadAllText(Path.Combine(folder, "nuget.config")).Replace("<clear />", $"<clear />\n    <add key=\"edited\" value=\"{feed}\" />", StringComparison.Ordinal));
            var project = _feed.CreateProject(
                "Edition",
                "net10.0",
                "latest",
                isExe: true,
                "using System;\nusing ErrorCodes.OpenHarmony;\nusing ErrorCodes.OpenHarmony.ArkTS.NetworkKit;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n        var code = NetSocketErrorCode.ConnectionTimedOut;\n        Console.WriteLine((int)code + \" \" + NetSocketErrorCodes.IsDefined((int)code) + \" \" + (OpenHarmonyErrorCodes.TryGetInfo((int)code, out var info) ? info.Name + \" \" + info.SpecFile + \" \" + info.Message : \"none\") + \" \" + NetSocketErrorCodes.IsDefined(2303200));\n    }\n}\n",
                extraItems: $@"<PackageReference Include=""ErrorCodes.OpenHarmony"" Version=""{version}"" />",
                extraProperties: "<WarningsNotAsErrors>CS0618</WarningsNotAsErrors>",
                folder: folder);

            var build = ProcessRunner.Run("dotnet", "build -c Release", project, timeout: TimeSpan.FromMinutes(10));
            var output = ProcessRunner.Run("dotnet", "run -c Release --no-build", project);

            Assert.Contains("warning ECG0029: Code 2303210 (ConnectionTimedOut) is recorded in the names file but no longer in the document", packed, StringComparison.Ordinal);
            Assert.Contains("warning CS0618: 'NetSocketErrorCode.ConnectionTimedOut' is obsolete: 'Removed from docs/zh-cn/errorcode-net-socket.md: the document no longer has code 2303210.", build, StringComparison.Ordinal);
            // No longer a code of the document, 2303210 is what its rule "socket server: 2303100 + errno" makes of it:
            // errno 110, ETIMEDOUT, from the kernel table. The codes beside it stay.
            Assert.Equal("2303210 False ETIMEDOUT docs/zh-cn/errorcode-kernel.md Connection timed out True\n", output);
        }

        [Fact]
        public void APublishedNativeAotAppAnswersWithoutATrimWarning()
        {
            var project = _feed.CreateProject(
                "PlatformAot",
                "net10.0",
                "latest",
                isExe: true,
                "using System;\nusing ErrorCodes.OpenHarmony;\n\ninternal static class Program\n{\n    private static int Main()\n    {\n        Console.OutputEncoding = System.Text.Encoding.UTF8;\n        Console.WriteLine(OpenHarmonyErrorCodes.TryGetInfo(2303210, System.Globalization.CultureInfo.GetCultureInfo(\"en\"), out var info) ? info.Message + \" \" + OpenHarmonyErrorCodes.FindAll(401).Count : \"none\");\n        return 0;\n    }\n}\n",
                extraItems: $@"<PackageReference Include=""ErrorCodes.OpenHarmony"" Version=""{PackageFeed.Version}"" />",
                extraProperties: "<PublishAot>true</PublishAot>");

            var publish = ProcessRunner.Run("dotnet", "publish -c Release -r linux-x64 -o out", project, timeout: TimeSpan.FromMinutes(15));
            var output = ProcessRunner.Run(Path.Combine(project, "out", "PlatformAot"), string.Empty, project);

            Assert.DoesNotMatch(@"warning IL\d{4}", publish);
            Assert.Matches(@"^Connection timed out\. \d+\n$", output);
        }
    }
}
