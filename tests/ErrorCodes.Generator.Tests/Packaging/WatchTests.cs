using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// The edit loop: <c>dotnet watch</c> on a consumer of the package watches its specs, twins and names files, and
    /// builds again when a spec changes. Before, it watched only the project and its C# files.
    /// </summary>
    public sealed class WatchTests
    {
        private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(3);

        private readonly PackageFeed _feed = PackageFeed.Shared;

        [Fact]
        public void WatchListsTheSpecsTwinsAndNamesFilesAndBuildsAgainWhenASpecChanges()
        {
            var project = _feed.CreateProject(
                "Watched",
                "net10.0",
                "latest",
                isExe: false,
                program: "namespace Watched { /// <summary>Empty.</summary>\npublic static class Empty { } }",
                spec: Documents.Code(1, "一", "First."),
                extraItems: @"<ErrorCodeSpec Update=""errorcode-net-socket.md"" Twin=""en/errorcode-net-socket.md"" Names=""names/socket.names"" />");
            Directory.CreateDirectory(Path.Combine(project, "en"));
            File.WriteAllText(Path.Combine(project, "en", "errorcode-net-socket.md"), Documents.EnglishCode(1, "One", "First."));
            Directory.CreateDirectory(Path.Combine(project, "names"));
            File.WriteAllText(Path.Combine(project, "names", "socket.names"), "1 First\n");
            ProcessRunner.Run("dotnet", "build", project, timeout: s_patience);

            var list = ProcessRunner.Run("dotnet", "watch --list --non-interactive", project, timeout: s_patience);
            Assert.Contains(Path.Combine(project, "errorcode-net-socket.md"), list, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(project, "en", "errorcode-net-socket.md"), list, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(project, "names", "socket.names"), list, StringComparison.Ordinal);

            var output = new StringBuilder();
            var start = ProcessRunner.StartInfo("dotnet", "watch build --non-interactive", project);
            using var watch = Process.Start(start)!;
            watch.OutputDataReceived += (_, e) => Append(output, e.Data);
            watch.ErrorDataReceived += (_, e) => Append(output, e.Data);
            watch.BeginOutputReadLine();
            watch.BeginErrorReadLine();
            try
            {
                WaitFor(() => Count(output, "Build succeeded") >= 1, output, "the first build");
                var generated = Directory.GetFiles(Path.Combine(project, "obj"), "NetSocketErrorCode.g.cs", SearchOption.AllDirectories)[0];
                Assert.DoesNotContain("Second = 2,", File.ReadAllText(generated), StringComparison.Ordinal);

                Thread.Sleep(TimeSpan.FromSeconds(2));
                File.AppendAllText(Path.Combine(project, "errorcode-net-socket.md"), Documents.Code(2, "二", "Second."));

                WaitFor(() => Count(output, "Build succeeded") >= 2, output, "a build after the spec changed");
                WaitFor(() => File.ReadAllText(generated).Contains("Second = 2,", StringComparison.Ordinal), output, "the new code in the generated file");
            }
            finally
            {
                watch.Kill(entireProcessTree: true);
                watch.WaitForExit();
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.Append(line).Append('\n');
                }
            }
        }

        private static int Count(StringBuilder output, string text)
        {
            string all;
            lock (output)
            {
                all = output.ToString();
            }

            var count = 0;
            for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        private static void WaitFor(Func<bool> done, StringBuilder output, string what)
        {
            var clock = Stopwatch.StartNew();
            while (!done())
            {
                if (clock.Elapsed > s_patience)
                {
                    lock (output)
                    {
                        Assert.Fail($"dotnet watch: no {what} in {s_patience.TotalMinutes} minutes:\n{output}");
                    }
                }

                Thread.Sleep(200);
            }
        }
    }
}
