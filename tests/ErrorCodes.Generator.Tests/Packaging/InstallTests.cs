using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// The README's install steps, run as written by bash, in a copy of the repository named as the README's clone, with
    /// a home folder of their own (so that the package source and the global tool they add are that home's), then the
    /// project they make, given a spec, built and run, and the tool they install run.
    /// </summary>
    public sealed class InstallTests
    {
        [Fact]
        public void TheReadmesInstallStepsGiveAWorkingConsumerAndAWorkingErrorcodes()
        {
            using var temp = new TempDirectory("errorcodes-install");
            var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"));
            var install = readme.Substring(readme.IndexOf("\n## Install\n", StringComparison.Ordinal));
            var script = Regex.Match(install, "```sh\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
            var home = Path.Combine(temp.Path, "home");
            var clone = Path.Combine(temp.Path, "errorcodes");
            RepositoryCopy.Make(clone);

            // The user's own NuGet settings: nuget.org, and this machine's packages folder as a fallback, so that the
            // restores do not fetch again what the machine has, and nothing the steps pack lands in the machine's folder.
            var machinePackages = ProcessRunner.Run("dotnet", "nuget locals global-packages --list", temp.Path).Split(": ", 2)[1].Trim();
            Directory.CreateDirectory(Path.Combine(home, ".nuget", "NuGet"));
            File.WriteAllText(Path.Combine(home, ".nuget", "NuGet", "NuGet.Config"), $@"<configuration>
  <packageSources>
    <add key=""nuget.org"" value=""https://api.nuget.org/v3/index.json"" />
  </packageSources>
  <fallbackPackageFolders>
    <add key=""machine"" value=""{machinePackages}"" />
  </fallbackPackageFolders>
</configuration>");
            var environment = new Dictionary<string, string?> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = null, ["NUGET_PACKAGES"] = null, ["CI"] = null };

            File.WriteAllText(Path.Combine(temp.Path, "install.sh"), script);
            var steps = ProcessRunner.Run("bash", "-euo pipefail install.sh", temp.Path, timeout: TimeSpan.FromMinutes(20), environment: environment);

            var app = Path.Combine(home, "MyApp");
            File.Copy(Paths.SeedSpec, Path.Combine(app, "errorcode-net-socket.md"));
            var project = Path.Combine(app, "MyApp.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", "  <ItemGroup>\n    <ErrorCodeSpec Include=\"errorcode-net-socket.md\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(app, "Program.cs"), "using MyApp;\n\nSystem.Console.WriteLine((int)NetSocketErrorCode.ConnectionTimedOut + \" \" + NetSocketErrorCode.ConnectionTimedOut.GetMessage());\n");
            var run = ProcessRunner.Run("dotnet", "run", app, timeout: TimeSpan.FromMinutes(5), environment: environment);
            var tool = Path.Combine(home, ".dotnet", "tools", "errorcodes");
            var version = ProcessRunner.Run(tool, "--version", temp.Path, environment: environment);
            var lint = ProcessRunner.Run(tool, $"lint \"{Paths.SeedSpec}\"", temp.Path, environment: environment);

            Assert.Contains("cd errorcodes", script, StringComparison.Ordinal);
            Assert.Contains($"Successfully created package '{Path.Combine(home, "errorcodes-packages", $"ErrorCodes.Generator.{PackageFeed.ReleaseVersion}.nupkg")}'", steps, StringComparison.Ordinal);
            Assert.Contains("was successfully installed", steps, StringComparison.Ordinal);
            Assert.Equal(new[] { "ErrorCodes.Generator", "ErrorCodes.OpenHarmony", "ErrorCodes.Runtime", "ErrorCodes.Tool" }, Directory.GetFiles(Path.Combine(home, "errorcodes-packages"), "*.nupkg").Select(file => Regex.Replace(Path.GetFileName(file), @"\.\d.*$", string.Empty)).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Contains($"<PackageReference Include=\"ErrorCodes.Generator\" Version=\"{PackageFeed.ReleaseVersion}\" />", File.ReadAllText(project), StringComparison.Ordinal);
            Assert.Equal("2303210 Connection timed out.\n", run.Split('\n').Where(line => line.StartsWith("2303210", StringComparison.Ordinal)).Single() + "\n");
            Assert.StartsWith(PackageFeed.ReleaseVersion, version, StringComparison.Ordinal);
            Assert.Equal("1 document: 0 errors, 0 warnings\n", lint);
        }
    }
}
