using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// The packages as a NuGet user inspects them: only the three that are meant to be packages, each with its readme,
    /// icon, licence, repository and release notes; the runtime's symbols with SourceLink; and the same bytes from two
    /// clones at different paths, packed with a plain <c>dotnet pack</c>.
    /// </summary>
    public sealed class ReleaseTests
    {
        private const string RepositoryUrl = "https://github.com/errorcodes-dotnet/ErrorCodes";

        private static readonly string[] s_packages = { "ErrorCodes.Runtime", "ErrorCodes.Generator", "ErrorCodes.Tool", "ErrorCodes.OpenHarmony" };

        [Fact]
        public void OnlyTheRuntimeTheGeneratorAndTheToolArePackable()
        {
            var solution = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "ErrorCodes.sln"));
            var projects = Regex.Matches(solution, @"""([^""]+\.csproj)""").Select(match => match.Groups[1].Value.Replace('\\', '/')).ToList();
            var packable = new List<string>();
            foreach (var project in projects)
            {
                var value = ProcessRunner.Run("dotnet", $"msbuild \"{project}\" -getProperty:IsPackable -p:Configuration=Release", Paths.RepositoryRoot).Trim();
                if (value == "true")
                {
                    packable.Add(Path.GetFileNameWithoutExtension(project));
                }
            }

            Assert.True(projects.Count >= 8, string.Join(", ", projects));
            Assert.Equal(s_packages.OrderBy(name => name, StringComparer.Ordinal), packable.OrderBy(name => name, StringComparer.Ordinal));
        }

        [Fact]
        public async Task TwoClonesAtDifferentPathsPackTheSameBytesWithSourceLinkAndEveryPackageSaysWhatItIs()
        {
            using var temp = new TempDirectory("errorcodes-release");
            var clones = new[] { Path.Combine(temp.Path, "a", "src"), Path.Combine(temp.Path, "second", "clone", "of", "the", "repository") };
            foreach (var clone in clones)
            {
                Clone(clone);
            }

            // A plain dotnet pack, as a maintainer would run it: no CI variable, no extra property.
            var packs = clones.Select(clone => Task.Run(() => s_packages.Select(id => ProcessRunner.Run(
                "dotnet",
                $"pack {ProjectOf(id)} -o \"{Path.Combine(clone, "out")}\"",
                clone,
                timeout: TimeSpan.FromMinutes(10),
                environment: new Dictionary<string, string?> { ["CI"] = null, ["ContinuousIntegrationBuild"] = null })).ToList())).ToArray();
            var outputs = await Task.WhenAll(packs);

            foreach (var output in outputs.SelectMany(pack => pack))
            {
                Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
            }

            var files = Directory.GetFiles(Path.Combine(clones[0], "out")).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToList();
            Assert.Equal(
                new[] { "ErrorCodes.Generator.0.2.0.nupkg", "ErrorCodes.OpenHarmony.0.2.0.nupkg", "ErrorCodes.OpenHarmony.0.2.0.snupkg", "ErrorCodes.Runtime.0.2.0.nupkg", "ErrorCodes.Runtime.0.2.0.snupkg", "ErrorCodes.Tool.0.2.0.nupkg" }.Select(name => name.Replace("0.2.0", PackageFeed.ReleaseVersion, StringComparison.Ordinal)),
                files);
            foreach (var file in files)
            {
                var first = Contents(Path.Combine(clones[0], "out", file!));
                var second = Contents(Path.Combine(clones[1], "out", file!));
                Assert.Equal(first.Keys, second.Keys);
                foreach (var entry in first.Keys)
                {
                    Assert.True(first[entry].AsSpan().SequenceEqual(second[entry]), $"{file}: {entry} differs between the two clones");
                }
            }

            foreach (var id in s_packages)
            {
                var package = Contents(Path.Combine(clones[0], "out", $"{id}.{PackageFeed.ReleaseVersion}.nupkg"));
                var nuspec = Encoding.UTF8.GetString(package[id + ".nuspec"]);
                Assert.Contains(id == "ErrorCodes.OpenHarmony" ? "<license type=\"expression\">MIT AND CC-BY-4.0</license>" : "<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
                Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
                Assert.Contains("<icon>icon.png</icon>", nuspec, StringComparison.Ordinal);
                Assert.Contains($"<projectUrl>{RepositoryUrl}</projectUrl>", nuspec, StringComparison.Ordinal);
                Assert.Matches($"<repository type=\"git\" url=\"{Regex.Escape(RepositoryUrl)}\"[^>]* commit=\"[0-9a-f]{{40}}\"", nuspec);
                Assert.Matches($"<releaseNotes>{Regex.Escape(PackageFeed.ReleaseVersion)}: .+</releaseNotes>", nuspec);
                Assert.Matches("<description>.{40,}</description>", nuspec);
                Assert.Matches("<tags>error-codes .+</tags>", nuspec);
                Assert.StartsWith("# " + id + "\n", Encoding.UTF8.GetString(package["README.md"]), StringComparison.Ordinal);
                Assert.True(package["icon.png"].AsSpan(1, 3).SequenceEqual("PNG"u8));
            }

            // The runtime's symbols point at the commit's sources; the tool carries only what runs.
            var symbols = Contents(Path.Combine(clones[0], "out", $"ErrorCodes.Runtime.{PackageFeed.ReleaseVersion}.snupkg"));
            foreach (var framework in new[] { "netstandard2.0", "net8.0" })
            {
                var pdb = Encoding.UTF8.GetString(symbols[$"lib/{framework}/ErrorCodes.Runtime.pdb"]);
                Assert.Matches(@"\{""documents"":\{""/_/\*"":""https://raw\.githubusercontent\.com/errorcodes-dotnet/ErrorCodes/[0-9a-f]{40}/\*""\}\}", pdb);
            }

            var tool = Contents(Path.Combine(clones[0], "out", $"ErrorCodes.Tool.{PackageFeed.ReleaseVersion}.nupkg"));
            Assert.DoesNotContain(tool.Keys, entry => entry.StartsWith("tools/", StringComparison.Ordinal) && (entry.EndsWith(".pdb", StringComparison.Ordinal) || entry.EndsWith(".xml", StringComparison.Ordinal) && !entry.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)));
            Assert.Contains("\"rollForward\": \"Major\"", Encoding.UTF8.GetString(tool["tools/net8.0/any/errorcodes.runtimeconfig.json"]), StringComparison.Ordinal);
        }

        private static string ProjectOf(string id) => id is "ErrorCodes.Runtime" or "ErrorCodes.OpenHarmony" ? "runtime/" + id : "generator/" + id;

        // What pack needs of the repository, tracked or new, as it is in the working tree, in a git repository of its own
        // whose commit is the same in every clone (fixed author and dates), with the project's remote.
        private static void Clone(string clone)
        {
            RepositoryCopy.Make(clone, RepositoryCopy.PackInputs);
            ProcessRunner.Run("git", "init -q -b main", clone);
            ProcessRunner.Run("git", "add -A", clone);
            ProcessRunner.Run("git", "-c user.name=Release -c user.email=release@example.org -c commit.gpgsign=false commit -q -m Release --date=2026-01-01T00:00:00Z", clone, environment: new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z" });
            ProcessRunner.Run("git", $"remote add origin {RepositoryUrl}.git", clone);
        }

        // Every entry of a package but the two that NuGet names afresh on each pack.
        private static SortedDictionary<string, byte[]> Contents(string package)
        {
            var contents = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            using var zip = ZipFile.OpenRead(package);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith(".psmdcp", StringComparison.Ordinal) || entry.FullName == "_rels/.rels")
                {
                    continue;
                }

                using var stream = entry.Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                contents[entry.FullName] = bytes.ToArray();
            }

            return contents;
        }
    }
}
