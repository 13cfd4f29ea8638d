using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary><c>errorcodes diff</c>: what a move from one edition of a document to another does to the code written against it.</summary>
    public sealed class DiffCommandTests
    {
        private static readonly string s_current = Path.Combine(Paths.RepositoryRoot, "spec", "current", "errorcode-net-socket.md");

        [Fact]
        public void TheSeedAgainstTheCurrentEditionRenamesNineMembersAddsElevenCodesAndRemovesNone()
        {
            var result = Errorcodes.Run("diff", Paths.SeedSpec, Path.Combine(Fixtures.CorpusDirectory, "zh-cn", "errorcode-net-socket.md"), "--format", "json");
            var changes = Changes(result).Single().Changes;

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(9, changes.Count(change => change.Kind == "renamed"));
            Assert.Equal(11, changes.Count(change => change.Kind == "added"));
            Assert.DoesNotContain(changes, change => change.Kind is "removed" or "renumbered");
            Assert.Contains(changes, change => change is { Kind: "renamed", Code: 2303188, Old: "SocketOperationOnNonSocket", New: "NotASocket", Breaking: true });
            Assert.Contains(changes, change => change is { Kind: "renamed", Code: 2303199, Old: "CannotAssignRequestedAddress", New: "AddressNotAvailable" });
            Assert.Contains(changes, change => change is { Kind: "message", Code: 2303188, Old: "Socket operation on non-socket.", New: "Not a socket.", Breaking: false });
            Assert.True(changes.Count(change => change.Kind is "title" or "message" or "description" or "causes" or "remediation") > 10);

            // Breaking changes come first.
            Assert.Equal(changes.OrderBy(change => change.Breaking ? 0 : 1).Select(change => change.Breaking), changes.Select(change => change.Breaking));
        }

        [Fact]
        public void WithTheNamesFileOnBothSidesTheMoveBreaksNothing()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var names = Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names");
            Directory.CreateDirectory(Path.Combine(temp.Path, "old"));
            Directory.CreateDirectory(Path.Combine(temp.Path, "new"));
            File.Copy(Paths.SeedSpec, Path.Combine(temp.Path, "old", "errorcode-net-socket.md"));
            File.Copy(names, Path.Combine(temp.Path, "old", "errorcode-net-socket.names"));
            File.Copy(s_current, Path.Combine(temp.Path, "new", "errorcode-net-socket.md"));
            File.Copy(names, Path.Combine(temp.Path, "new", "errorcode-net-socket.names"));

            var result = Errorcodes.Run("diff", Path.Combine(temp.Path, "old"), Path.Combine(temp.Path, "new"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(": 0 breaking, 11 added, ", result.Output.Split('\n')[0], System.StringComparison.Ordinal);
            Assert.DoesNotContain("Breaking changes:", result.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ReportsRemovedRenumberedDeprecatedAndDelRegionCodesAndEveryChangedField()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var old = Write(temp, "old.md", "# Demo\n\n" +
                Code(1001, "Gone", "Gone away.") +
                Code(1002, "Moving", "Moved elsewhere.") +
                Code(1003, "Aging", "Getting old.") +
                Code(1004, "Public", "Public for now.") +
                Code(1005, "Edited", "Edited message.", "Old description.", "Old cause.", "Old step."));
            var @new = Write(temp, "new.md", "# Demo\n\n" +
                Code(1102, "Moving", "Moved elsewhere.") +
                Code(1003, "Aging<sup>(deprecated)</sup>", "Getting old.") +
                "<!--Del-->\n" + Code(1004, "Public", "Public for now.") + "<!--DelEnd-->\n\n" +
                Code(1005, "Edited title", "Edited message.", "New description.", "New cause.", "New step."));

            var result = Errorcodes.Run("diff", old, @new, "--format", "json");
            var changes = Changes(result).Single().Changes;

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(changes, change => change is { Kind: "removed", Code: 1001, Old: "Gone away.", Breaking: true });
            Assert.Contains(changes, change => change is { Kind: "renumbered", Code: 1102, Old: "1002", New: "1102", Breaking: true });
            Assert.Contains(changes, change => change is { Kind: "deprecated", Code: 1003, Old: "", New: "deprecated", Breaking: false });
            Assert.Contains(changes, change => change is { Kind: "del-region", Code: 1004, Old: "", New: "in a Del region" });
            Assert.Contains(changes, change => change is { Kind: "title", Code: 1005, Old: "Edited", New: "Edited title" });
            Assert.Contains(changes, change => change is { Kind: "description", Code: 1005, Old: "Old description.", New: "New description." });
            Assert.Contains(changes, change => change is { Kind: "causes", Code: 1005, Old: "Old cause.", New: "New cause." });
            Assert.Contains(changes, change => change is { Kind: "remediation", Code: 1005, Old: "Old step.", New: "New step." });
            Assert.DoesNotContain(changes, change => change.Kind == "added");
        }

        [Fact]
        public void MarkdownDropsIntoAChangelogWithBreakingChangesFirst()
        {
            var result = Errorcodes.Run("diff", Paths.SeedSpec, s_current, "--format", "markdown");
            var lines = result.Output.Split('\n');

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("## errorcode-net-socket.md", lines[0]);
            Assert.Equal(new[] { "### Breaking changes", "### Added codes", "### Changed" }, lines.Where(line => line.StartsWith("### ", System.StringComparison.Ordinal)));
            Assert.Contains("| 2303188 | NotASocket | renamed | SocketOperationOnNonSocket | NotASocket |", lines);
            Assert.Contains("| 2301009 | BadFileDescriptor | added |  | Bad file descriptor. |", lines);

            // Every table row has the header's five cells: a '|' or a line break in a text cannot break the table.
            Assert.All(lines.Where(line => line.StartsWith("| ", System.StringComparison.Ordinal)), line => Assert.Equal(6, line.Replace("\\|", string.Empty, System.StringComparison.Ordinal).Count(c => c == '|')));
        }

        [Fact]
        public void FoldersPairTheirDocumentsByPathAndADocumentOnOneSideOnlyIsAddedOrRemovedWhole()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            Write(temp, "old/zh-cn/kept.md", "# Kept\n\n" + Code(1, "One", "One."));
            Write(temp, "old/zh-cn/dropped.md", "# Dropped\n\n" + Code(2, "Two", "Two.") + Code(3, "Three", "Three."));
            Write(temp, "new/zh-cn/kept.md", "# Kept\n\n" + Code(1, "One", "One.", "Description, edited."));
            Write(temp, "new/zh-cn/fresh.md", "# Fresh\n\n" + Code(4, "Four", "Four."));

            var result = Errorcodes.Run("diff", Path.Combine(temp.Path, "old"), Path.Combine(temp.Path, "new"), "--format", "json");
            var documents = Changes(result);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(3, documents.Count);
            Assert.Equal(new[] { 2, 3 }, documents.Single(document => document.New.Length == 0).Changes.Where(change => change.Kind == "removed").Select(change => change.Code));
            Assert.Equal(new[] { 4 }, documents.Single(document => document.Old.Length == 0).Changes.Select(change => change.Code));
            Assert.Equal("description", documents.Single(document => document.Old.EndsWith("kept.md", System.StringComparison.Ordinal)).Changes.Single().Kind);
        }

        [Fact]
        public void AFileAgainstAFolderIsBadInput()
        {
            var result = Errorcodes.Run("diff", Paths.SeedSpec, Path.Combine(Paths.RepositoryRoot, "spec"));

            Assert.Equal(3, result.ExitCode);
            Assert.StartsWith("errorcodes: ", result.Error, System.StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Output);
        }

        private static string Code(int code, string title, string message, string description = "Description.", string cause = "Cause.", string step = "Step.") =>
            $"## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n1. {cause}\n\n**处理步骤**\n\n1. {step}\n\n";

        private static string Write(TempDirectory temp, string name, string text)
        {
            var path = Path.Combine(temp.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        private static List<DocumentChanges> Changes(ToolResult result)
        {
            using var json = JsonDocument.Parse(result.Output);
            return json.RootElement.EnumerateArray().Select(document => new DocumentChanges(
                document.GetProperty("old").GetString()!,
                document.GetProperty("new").GetString()!,
                document.GetProperty("changes").EnumerateArray().Select(change => new Change(
                    change.GetProperty("kind").GetString()!,
                    change.GetProperty("code").GetInt32(),
                    change.GetProperty("name").GetString()!,
                    change.GetProperty("old").GetString()!,
                    change.GetProperty("new").GetString()!,
                    change.GetProperty("breaking").GetBoolean())).ToList())).ToList();
        }

        private sealed record DocumentChanges(string Old, string New, List<Change> Changes);

        private sealed record Change(string Kind, int Code, string Name, string Old, string New, bool Breaking);
    }
}
