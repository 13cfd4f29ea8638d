using System;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// refresh.py, the way to ErrorCodes.OpenHarmony's next upstream edition, run as a maintainer runs it: in a copy of
    /// the repository, on a git checkout laid out as openharmony/docs is, where the socket document dropped a code and
    /// gained one, and a kit gained a document.
    /// </summary>
    public sealed class RefreshTests
    {
        private const string Reference = "application-dev/reference";

        [Fact]
        public void RefreshCopiesTheNewEditionRecordsItsSourcesKeepsEveryNameAndSaysWhatChanged()
        {
            using var temp = new TempDirectory("errorcodes-refresh");
            var repository = Path.Combine(temp.Path, "repo");
            RepositoryCopy.Make(repository, RepositoryCopy.PackInputs);
            var package = Path.Combine(repository, "runtime", "ErrorCodes.OpenHarmony");

            // Upstream: the socket document without 2303210 and with a new 2303999, and a new kit's document.
            var upstream = Path.Combine(temp.Path, "docs");
            foreach (var (language, title, message) in new[] { ("zh-cn", "新的错误", "A new error."), ("en", "New Error", "A new error.") })
            {
                var socket = File.ReadAllText(Path.Combine(package, "docs", language, "errorcode-net-socket.md"));
                var start = socket.IndexOf("\n## 2303210 ", StringComparison.Ordinal);
                var end = socket.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
                socket = socket.Remove(start, end - start) + $"\n## 2303999 {title}\n\n**{(language == "en" ? "Error Message" : "错误信息")}**\n\n{message}\n";
                Write(Path.Combine(upstream, language, Reference, "apis-network-kit", "errorcode-net-socket.md"), socket);
                Write(
                    Path.Combine(upstream, language, Reference, "apis-foo-kit", "errorcode-foo.md"),
                    $"# Foo\n\n## 3900001 {(language == "en" ? "Foo Failed" : "Foo失败")}\n\n**{(language == "en" ? "Error Message" : "错误信息")}**\n\nFoo failed.\n");
            }

            ProcessRunner.Run("git", "init -q -b main", upstream);
            ProcessRunner.Run("git", "add -A", upstream);
            ProcessRunner.Run("git", "-c user.name=Upstream -c user.email=upstream@example.org -c commit.gpgsign=false commit -q -m Edition", upstream);
            var commit = ProcessRunner.Run("git", "rev-parse HEAD", upstream).Trim();

            var output = ProcessRunner.Run("python3", $"runtime/ErrorCodes.OpenHarmony/refresh.py --docs \"{upstream}\"", repository, timeout: TimeSpan.FromMinutes(15));

            var docs = Path.Combine(package, "docs");
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(upstream, "zh-cn", Reference, "apis-network-kit", "errorcode-net-socket.md")),
                File.ReadAllBytes(Path.Combine(docs, "zh-cn", "errorcode-net-socket.md")));
            Assert.True(File.Exists(Path.Combine(docs, "en", "errorcode-foo.md")), output);

            var sources = File.ReadAllLines(Path.Combine(docs, "SOURCES.tsv")).Skip(1).Select(line => line.Split('\t')).ToDictionary(row => row[0]);
            Assert.Equal(
                new[] { "errorcode-net-socket.md", "openharmony/docs", $"zh-cn/{Reference}/apis-network-kit/errorcode-net-socket.md", commit, $"en/{Reference}/apis-network-kit/errorcode-net-socket.md", commit },
                sources["errorcode-net-socket.md"]);
            Assert.Equal(
                new[] { "errorcode-foo.md", "openharmony/docs", $"zh-cn/{Reference}/apis-foo-kit/errorcode-foo.md", commit, $"en/{Reference}/apis-foo-kit/errorcode-foo.md", commit },
                sources["errorcode-foo.md"]);

            // Names: the dropped code keeps its line (so its member stays, [Obsolete]); the new ones are appended.
            var socketNames = File.ReadAllLines(Path.Combine(docs, "zh-cn", "errorcode-net-socket.names"));
            Assert.Contains("2303210 ConnectionTimedOut", socketNames);
            Assert.Equal("2303999 NewError", socketNames[^1]);
            Assert.Contains("3900001 FooFailed", File.ReadAllLines(Path.Combine(docs, "zh-cn", "errorcode-foo.names")));

            var props = File.ReadAllText(Path.Combine(package, "Specs.props"));
            Assert.Contains(
                $"<ErrorCodeSpec Include=\"docs/zh-cn/errorcode-foo.md\" Twin=\"docs/en/errorcode-foo.md\" Namespace=\"ErrorCodes.OpenHarmony.ArkTS.FooKit\" EnumName=\"FooErrorCode\" ClassName=\"FooErrorCodes\" Properties=\"Edition=ArkTS|Source=openharmony/docs/zh-cn/{Reference}/apis-foo-kit/errorcode-foo.md@{commit}|SourceEn=openharmony/docs/en/{Reference}/apis-foo-kit/errorcode-foo.md@{commit}|Kit=Foo Kit|KitFolder=apis-foo-kit\" HelpLinkFormat=\"$(OpenHarmonyErrorIndex)errorcode-foo/{{code}}.html\" />",
                props,
                StringComparison.Ordinal);

            // What changed, as errorcodes diff says it: the path to the package's next release.
            Assert.Contains("new document: errorcode-foo.md", output, StringComparison.Ordinal);
            // The dropped code's member stays, obsolete, by its names file: nothing a user compiles breaks.
            Assert.Matches(@"(?s)### Removed, kept obsolete.*\| 2303210 \| ConnectionTimedOut \| kept-obsolete \|.*### Added codes.*2303999", output);
            var mistakes = File.ReadAllText(Path.Combine(docs, "upstream-mistakes.txt"));
            Assert.Contains("docs/zh-cn/errorcode-net-socket.names(", mistakes, StringComparison.Ordinal);
            Assert.EndsWith("380 documents: 0 errors, 31 warnings\n", mistakes, StringComparison.Ordinal);
        }

        private static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
