using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace ErrorCodes.Site.Tests
{
    /// <summary>
    /// The sites the tests open, written once by the tool as a process (the OpenHarmony package's documents, and a
    /// hostile document), the machine's Chromium, and Playwright driving it.
    /// </summary>
    public sealed class SiteBuild : IAsyncLifetime
    {
        private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorcodes-site-tests-" + Guid.NewGuid().ToString("N"));

        public static string RepositoryRoot { get; } =
            typeof(SiteBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

        /// <summary>The OpenHarmony documents' site, left in artifacts/site after the run: CI builds it here, ready to publish.</summary>
        public string Site { get; } = Path.Combine(RepositoryRoot, "artifacts", "site");

        /// <summary>A site of one document whose texts are markup and script.</summary>
        public string HostileSite => Path.Combine(_temp, "hostile");

        public IPlaywright Playwright { get; private set; } = null!;

        public IBrowser Browser { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Directory.CreateDirectory(_temp);
            Tool("site", "--project", Path.Combine(RepositoryRoot, "runtime", "ErrorCodes.OpenHarmony", "Specs.props"), "-o", Site, "--title", "OpenHarmony error codes", "--notice", "Documents © OpenHarmony contributors, CC BY 4.0, from github.com/openharmony/docs and github.com/openharmony/docs_cangjie.");
            var hostile = Path.Combine(_temp, "hostile-docs");
            Directory.CreateDirectory(Path.Combine(hostile, "zh-cn"));
            Directory.CreateDirectory(Path.Combine(hostile, "en"));
            File.WriteAllText(Path.Combine(hostile, "zh-cn", "errorcode-hostile.md"), Hostile.Chinese);
            File.WriteAllText(Path.Combine(hostile, "en", "errorcode-hostile.md"), Hostile.English);
            Tool("site", hostile, "-o", HostileSite);

            Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Path(), Headless = true });
        }

        public async ValueTask DisposeAsync()
        {
            if (Browser != null)
            {
                await Browser.DisposeAsync();
            }

            Playwright?.Dispose();
            try
            {
                Directory.Delete(_temp, recursive: true);
            }
            catch (IOException)
            {
                // The system cleans its temp folder later.
            }
        }

        /// <summary>The file:// address of a page of a site.</summary>
        public static string Address(string site, string page) => new Uri(Path.Combine(site, page)).AbsoluteUri;

        // The tool as users run it: its own process, its exit code checked.
        private static void Tool(params string[] arguments)
        {
            var tool = Path.Combine(AppContext.BaseDirectory, "errorcodes.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(tool);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"errorcodes {string.Join(" ", arguments)} exited with {process.ExitCode}: {error}{output.Result}");
            }
        }
    }

    /// <summary>A twin pair whose every text is markup or script, in code spans, which the parser keeps as text.</summary>
    internal static class Hostile
    {
        public const string Script = "<script>window.pwned = 1</script>";

        public const string Image = "<img src=x onerror=\"window.pwned = 2\">";

        public static string Chinese { get; } =
            "# `" + Script + "`错误码\n\n## 1 `" + Script + "`\n\n**错误信息**\n\n`" + Image + "`\n\n**错误描述**\n\n`</p><b>粗体</b>`\n\n**可能原因**\n\n1. `<iframe src=\"https://example.org\"></iframe>`\n\n**处理步骤**\n\n1. `\" onfocus=\"window.pwned = 3`\n";

        public static string English { get; } =
            "# `" + Script + "` Error Codes\n\n## 1 `" + Script + "`\n\n**Error Message**\n\n`" + Image + "`\n\n**Description**\n\n`</p><b>bold</b>`\n\n**Possible Causes**\n\n1. `<iframe src=\"https://example.org\"></iframe>`\n\n**Solution**\n\n1. `' onfocus='window.pwned = 4`\n";
    }
}
