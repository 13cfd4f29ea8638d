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
        Console.WriteLine(""twins: "" + chinese!.Title + "" | "" + inEnglish!.Title + "" | "" + chinese.SpecFile + "" | "" + inEnglish.SpecFile + "" | "" + OpenHarmonyErrorCodes.KitOf(inEnglish));

        // A code only the errno rule of the socket documents gives, through the kernel table.
        Console.WriteLine(""errno: "" + (OpenHarmonyErrorCodes.TryGetInfo(2301111, english, out var refused) ? refused.Name + "" "" + refused.Message : ""none""));
        Console.WriteLine(""unknown: "" + OpenHarmonyErrorCodes.TryGetInfo(123456789, out _));
    }
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
            var kits = System.Text.RegularExpressions.Regex.Match(output, @"kits: (\d+) unanswered: (.*)\n");
            Assert.True(int.Parse(kits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 40, output);
            Assert.Equal(string.Empty, kits.Groups[2].Value);
            Assert.Contains("editions: 17700001 17700001 ", output, StringComparison.Ordinal);
            Assert.Matches(@"shared: \d+ .*ArkTS/Universal.*Cangjie/CjUniversal", output);
            Assert.True(output.Contains("twins: 连接超时 | Connection Timeout | docs/zh-cn/errorcode-net-socket.md | docs/en/errorcode-net-socket.md | Network Kit\n", StringComparison.Ordinal), output);
            Assert.Contains("errno: ECONNREFUSED Connection refused\n", output, StringComparison.Ordinal);
            Assert.Contains("unknown: False\n", output, StringComparison.Ordinal);
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
