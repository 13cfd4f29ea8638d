using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Packaging
{
    /// <summary>
    /// The IDE, proven with a real language server: csharp-ls (from the repository's dotnet tool manifest, so that
    /// <c>dotnet tool restore</c> brings it) opens a consumer of the packages, as an editor does, and is asked what an
    /// editor asks: the hover of a generated member, the diagnostics of the document, and the definition of the member.
    /// </summary>
    public sealed class LanguageServerTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

        private const string Program = @"namespace Ide
{
    /// <summary>Uses the codes.</summary>
    public static class Check
    {
        /// <summary>A mistyped code.</summary>
        public static bool TimedOut(int errorCode) => errorCode == 2303201;

        /// <summary>A member of the catalog.</summary>
        public static string Message() => NetSocketErrorCode.ConnectionTimedOut.GetMessage();
    }
}
";

        private readonly PackageFeed _feed = PackageFeed.Shared;

        [Fact]
        public async Task CsharpLsShowsTheDocumentOnHoverPublishesTheAnalyzersWarningAndGoesToTheGeneratedMember()
        {
            ProcessRunner.Run("dotnet", "tool restore", Paths.RepositoryRoot);
            var project = _feed.CreateProject("Ide", "net10.0", "latest", isExe: false, program: Program);
            ProcessRunner.Run("dotnet", "restore", project);

            // analyzersEnabled: csharp-ls runs the project's analyzers only when asked; useMetadataUris: it resolves
            // locations in source-generated documents only with it, to csharp: URIs whose text csharp/metadata gives.
            using var server = new LanguageServer(
                "dotnet",
                "tool run csharp-ls",
                Paths.RepositoryRoot,
                new JsonObject { ["analyzersEnabled"] = true, ["useMetadataUris"] = true });
            var root = new Uri(project + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');
            var document = root + "/Program.cs";
            await server.RequestAsync(
                "initialize",
                new
                {
                    processId = Environment.ProcessId,
                    rootUri = root,
                    capabilities = new
                    {
                        workspace = new { configuration = true },
                        textDocument = new { hover = new { contentFormat = new[] { "markdown", "plaintext" } }, publishDiagnostics = new { }, definition = new { } },
                    },
                },
                Patience);
            server.Notify("initialized", new { });
            server.Notify("textDocument/didOpen", new { textDocument = new { uri = document, languageId = "csharp", version = 1, text = Program } });

            var member = Position("ConnectionTimedOut");
            var memberPosition = new { line = member.Line, character = member.Character };
            // The server answers before it has loaded the project, with nothing; an editor asks again as the user moves.
            var text = string.Empty;
            for (var waited = TimeSpan.Zero; text.Length == 0 && waited < Patience; waited += TimeSpan.FromSeconds(1))
            {
                var hover = await server.RequestAsync("textDocument/hover", new { textDocument = new { uri = document }, position = memberPosition }, Patience);
                text = (string?)hover?["contents"]?["value"] ?? string.Empty;
                if (text.Length == 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
                }
            }

            Assert.True(text.Length != 0, "No hover text. The server's log:\n" + server.Transcript);
            Assert.Contains("连接超时: Connection timed out.", text, StringComparison.Ordinal);
            Assert.Contains("Description: 长时间不能和远程服务器建立连接。", text, StringComparison.Ordinal);
            Assert.Contains("这种情况一般发生在服务器主机崩溃。", text, StringComparison.Ordinal);
            Assert.Contains("本地处理不了，需要确认远程服务器是否发生问题。", text, StringComparison.Ordinal);
            Assert.Contains("errorcode-net-socket.md, line 231.", text, StringComparison.Ordinal);

            var typo = Position("2303201");
            var published = server.WaitForNotification(
                "textDocument/publishDiagnostics",
                parameters => (string?)parameters?["uri"] == document && parameters?["diagnostics"]?.AsArray().Count > 0,
                Patience);
            var diagnostic = Assert.Single(published["params"]!["diagnostics"]!.AsArray());
            Assert.Equal("ECA0002", (string?)diagnostic!["code"]);
            Assert.Equal("2303201 is not a code of NetSocketErrorCode; did you mean 2303210 (ConnectionTimedOut)?", (string?)diagnostic["message"]);
            // Error (1), not warning: the project treats warnings as errors, and the server shows what the build would.
            Assert.Equal(1, (int?)diagnostic["severity"]);
            Assert.Equal(typo.Line, (int?)diagnostic["range"]?["start"]?["line"]);
            Assert.Equal(typo.Character, (int?)diagnostic["range"]?["start"]?["character"]);

            var definition = await server.RequestAsync("textDocument/definition", new { textDocument = new { uri = document }, position = memberPosition }, Patience);
            var location = Assert.Single(definition!.AsArray());
            var generated = (string)location!["uri"]!;
            Assert.StartsWith("csharp:", generated, StringComparison.Ordinal);
            Assert.EndsWith("/generated/NetSocketErrorCode.g.cs", generated, StringComparison.Ordinal);
            var source = await server.RequestAsync("csharp/metadata", new { textDocument = new { uri = generated } }, Patience);
            var lines = ((string)source!["source"]!).Split('\n');
            Assert.Equal("        ConnectionTimedOut = 2303210,", lines[(int)location["range"]!["start"]!["line"]!]);
        }

        // LSP positions: a zero-based line, and the UTF-16 offset in it.
        private static (int Line, int Character) Position(string text)
        {
            var lines = Program.Split('\n');
            var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
            return (line, lines[line].IndexOf(text, StringComparison.Ordinal));
        }
    }
}
