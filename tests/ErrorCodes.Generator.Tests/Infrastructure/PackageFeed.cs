using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// What a user gets from NuGet: the runtime, the generator, the tool and the OpenHarmony catalogs packed once for the test run into a folder
    /// feed, beside the last release's packages (runtime/released/), and projects made outside the repository that use
    /// them as their only sources, each with a packages folder the run owns.
    /// </summary>
    internal sealed class PackageFeed
    {
        /// <summary>The version the repository is about to release, as Directory.Build.props says.</summary>
        public static readonly string ReleaseVersion = typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Version").Value!;

        /// <summary>The version this run packs: after the last release (package validation requires it) and before this one.</summary>
        public static readonly string Version = ReleaseVersion + "-packagetest";

        /// <summary>The last release, whose packages are kept in runtime/released/.</summary>
        public const string LastRelease = "0.1.0";

        private static readonly Lazy<PackageFeed> s_shared = new(() => new PackageFeed(), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly TempDirectory _temp = new("errorcodes-feed");

        private PackageFeed()
        {
            Directory = Path.Combine(_temp.Path, "feed");
            Packages = Path.Combine(_temp.Path, "packages");
            foreach (var project in new[] { "runtime/ErrorCodes.Runtime/ErrorCodes.Runtime.csproj", "generator/ErrorCodes.Generator/ErrorCodes.Generator.csproj", "generator/ErrorCodes.Tool/ErrorCodes.Tool.csproj", "runtime/ErrorCodes.OpenHarmony/ErrorCodes.OpenHarmony.csproj" })
            {
                // A separate artifacts path keeps the repository's own bin and obj out of it.
                ProcessRunner.Run(
                    "dotnet",
                    $"pack {project} -c Release -o \"{Directory}\" --artifacts-path \"{Path.Combine(_temp.Path, "artifacts")}\" -p:Version={Version}",
                    Paths.RepositoryRoot,
                    timeout: TimeSpan.FromMinutes(10));
            }

            NuGetConfig = Path.Combine(_temp.Path, "nuget.config");
            File.WriteAllText(NuGetConfig, $@"<configuration>
  <config><add key=""globalPackagesFolder"" value=""{Packages}"" /></config>
  <packageSources>
    <clear />
    <add key=""local"" value=""{Directory}"" />
    <add key=""released"" value=""{Released}"" />
    <add key=""nuget.org"" value=""https://api.nuget.org/v3/index.json"" />
  </packageSources>
</configuration>");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => _temp.Dispose();
        }

        /// <summary>The feed, packed on first use and shared by every test of the run.</summary>
        public static PackageFeed Shared => s_shared.Value;

        /// <summary>The packages of earlier releases.</summary>
        public static string Released => Path.Combine(Paths.RepositoryRoot, "runtime", "released");

        /// <summary>The folder of this run's packages.</summary>
        public string Directory { get; }

        /// <summary>The packages folder restores use, the run's own, so that no package of the same version restored before stands in.</summary>
        public string Packages { get; }

        /// <summary>A nuget.config with the feed, the released packages and nuget.org as sources.</summary>
        public string NuGetConfig { get; }

        /// <summary>A folder of its own for one test's projects, under the feed's folder.</summary>
        public string NewFolder(string name)
        {
            var folder = Path.Combine(_temp.Path, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            System.IO.Directory.CreateDirectory(folder);
            File.Copy(NuGetConfig, Path.Combine(folder, "nuget.config"));
            return folder;
        }

        /// <summary>
        /// A project that references ErrorCodes.Generator (by default this run's) and lists the seed (or <paramref name="spec"/>)
        /// as errorcode-net-socket.md, with warnings as errors and XML docs on, as a careful user's is; or, with
        /// <paramref name="itemGroup"/>, the items that says instead.
        /// </summary>
        public string CreateProject(
            string name,
            string targetFramework,
            string languageVersion,
            bool isExe,
            string program,
            string? spec = null,
            string extraItems = "",
            string extraProperties = "",
            string? generatorVersion = null,
            string? folder = null,
            string? itemGroup = null)
        {
            // Inside a folder NewFolder made, whose nuget.config the restore finds.
            var project = Path.Combine(folder ?? NewFolder(name), name);
            System.IO.Directory.CreateDirectory(project);

            File.WriteAllText(Path.Combine(project, "errorcode-net-socket.md"), spec ?? File.ReadAllText(Paths.SeedSpec));
            File.WriteAllText(Path.Combine(project, "Program.cs"), program);
            var defaultItems = $@"<ItemGroup>
    <PackageReference Include=""ErrorCodes.Generator"" Version=""{generatorVersion ?? Version}"" />
    <ErrorCodeSpec Include=""errorcode-net-socket.md"" />
    {extraItems}
  </ItemGroup>";
            File.WriteAllText(Path.Combine(project, name + ".csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>{targetFramework}</TargetFramework>
    <OutputType>{(isExe ? "Exe" : "Library")}</OutputType>
    <LangVersion>{languageVersion}</LangVersion>
    <Nullable>{(languageVersion == "7.3" ? "disable" : "enable")}</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <RootNamespace>{name}</RootNamespace>
    {extraProperties}
  </PropertyGroup>
  {itemGroup ?? defaultItems}
</Project>");
            return project;
        }
    }
}
