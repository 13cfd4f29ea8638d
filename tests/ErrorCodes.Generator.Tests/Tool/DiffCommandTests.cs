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
        public void WithoutANamesFileTheSeedAgainstTheCurrentEditionRenamesEightMembersAndAddsElevenCodes()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var seed = Path.Combine(temp.Path, "errorcode-net-socket.md");
            File.Copy(Paths.SeedSpec, seed);

            var result = Errorcodes.Run("diff", seed, s_current, "--format", "json");
            var changes = Changes(result).Single().Changes;

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(8, changes.Count(change => change.Kind == "renamed"));
            Assert.Equal(11, changes.Count(change => change.Kind == "added"));
            Assert.DoesNotContain(changes, change => change.Kind is "removed" or "renumbered" or "name-moved" or "reused");
            Assert.Contains(changes, change => change is { Kind: "renamed", Code: 2303188, Old: "SocketOperationOnNonSocket", New: "NotASocket", Breaking: true });
            Assert.Contains(changes, change => change is { Kind: "renamed", Code: 2303199, Old: "CannotAssignRequestedAddress", New: "AddressNotAvailable" });
            Assert.Contains(changes, change => change is { Kind: "message", Code: 2303188, Old: "Socket operation on non-socket.", New: "Not a socket.", Breaking: false });
            Assert.True(changes.Count(change => change.Kind is "title" or "message" or "description" or "causes" or "remediation") > 10);

            // Breaking changes come first.
            Assert.Equal(changes.OrderBy(change => change.Breaking ? 0 : 1).Select(change => change.Breaking), changes.Select(change => change.Breaking));
        }

        [Fact]
        public void TheReadmesWorkflowReadsTheNewEditionWithTheOldNamesFileAndReportsTheErrnoAnswersThatChange()
        {
            // As the README's "Moving to a new edition" has it: the names file beside the old edition only.
            var result = Errorcodes.Run("diff", Paths.SeedSpec, s_current, "--format", "json");
            var changes = Changes(result).Single().Changes;

            Assert.Equal(2, result.ExitCode);
            Assert.DoesNotContain(changes, change => change.Kind == "renamed");
            Assert.Equal(11, changes.Count(change => change.Kind == "added"));

            // The current edition's new rule (2303100 + errno) maps the server's codes to other errnos: TryGetErrno answers otherwise.
            Assert.Contains(changes, change => change is { Kind: "errno", Code: 2303111, Old: "errno 2111", New: "errno 11", Breaking: true, Class: "breaking" });
            Assert.Equal(14, changes.Count(change => change.Kind == "errno"));
            Assert.Contains(changes, change => change is { Kind: "errno-rule", Code: 0, Name: "2303100 + errno", Old: "" } && change.New.Contains("2303100", System.StringComparison.Ordinal));
            Assert.Contains(changes, change => change is { Kind: "document-title", Old: "Socket 错误码", New: "Socket错误码", Breaking: false });
            Assert.Contains(changes, change => change is { Kind: "links", Old: "errorcode-universal.md" } && change.New.Contains("errorcode-kernel.md", System.StringComparison.Ordinal));
            Assert.Contains(changes, change => change.Kind == "properties" && change.New.Contains("Kit: Network Kit", System.StringComparison.Ordinal));

            // The TLS codes' texts were reworded, not replaced: no change of meaning.
            Assert.DoesNotContain(changes, change => change.Class == "meaning");

            // CI, with the names file committed beside the new edition too, gives the same verdict.
            using var temp = new TempDirectory("errorcodes-diff");
            Directory.CreateDirectory(Path.Combine(temp.Path, "old"));
            Directory.CreateDirectory(Path.Combine(temp.Path, "new"));
            var names = Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names");
            File.Copy(Paths.SeedSpec, Path.Combine(temp.Path, "old", "errorcode-net-socket.md"));
            File.Copy(names, Path.Combine(temp.Path, "old", "errorcode-net-socket.names"));
            File.Copy(s_current, Path.Combine(temp.Path, "new", "errorcode-net-socket.md"));
            File.Copy(names, Path.Combine(temp.Path, "new", "errorcode-net-socket.names"));
            var ci = Errorcodes.Run("diff", Path.Combine(temp.Path, "old"), Path.Combine(temp.Path, "new"), "--format", "json");
            Assert.Equal(result.ExitCode, ci.ExitCode);
            Assert.Equal(changes, Changes(ci).Single().Changes);
        }

        [Fact]
        public void WithTheOldNamesFileAReworkedEditionThatRenamesNothingBreaksNothing()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var old = Write(temp, "old/errorcode-demo.md", "# Demo\n\n" + Code(1001, "超时", "Timed out.") + Code(1002, "拒绝", "Connection refused."));
            Write(temp, "old/errorcode-demo.names", "1001 TimedOut\n1002 ConnectionRefused\n");
            var @new = Write(temp, "new/errorcode-demo.md", "# Demo\n\n" + Code(1001, "超时", "The operation timed out.") + Code(1002, "拒绝", "The peer refused the connection.") + Code(1003, "重置", "Connection reset."));

            var text = Errorcodes.Run("diff", old, @new);
            var result = Errorcodes.Run("diff", old, @new, "--format", "json");
            var changes = Changes(result).Single().Changes;

            Assert.True(result.ExitCode == 0, text.ToString());
            Assert.Equal(0, text.ExitCode);
            Assert.StartsWith(old + " -> " + @new + ": 0 breaking, 0 meaning changed, 0 kept obsolete, 1 added, 2 changed", text.Output, System.StringComparison.Ordinal);
            Assert.Equal(new[] { "added", "message", "message" }, changes.Select(change => change.Kind));
        }

        [Fact]
        public void ANumberReusedForAnotherErrorAndANameThatMovedAreMeaningChanges()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var old = Write(temp, "old.md", "# Demo\n\n" +
                Code(34300008, "实例已销毁", "The instance has been destroyed.") +
                Code(1001, "连接被拒绝", "Connection refused.") +
                Code(1002, "超时", "Timed out."));
            var @new = Write(temp, "new.md", "# Demo\n\n" +
                Code(34300008, "当前应用不支持导入指定ArkTS模块", "The application cannot import the ArkTS module.") +
                Code(1001, "超时", "Timed out.") +
                Code(1002, "连接被重置", "Connection reset."));

            var result = Errorcodes.Run("diff", old, @new, "--format", "json");
            var changes = Changes(result).Single().Changes;
            var text = Errorcodes.Run("diff", old, @new);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(changes, change => change is { Kind: "reused", Code: 34300008, Class: "meaning" } && change.Old.Contains("destroyed", System.StringComparison.Ordinal));
            Assert.DoesNotContain(changes, change => change is { Kind: "title" or "message", Code: 34300008 });

            // Without a names file, TimedOut now names 1001: code that tests for it compiles and means another error.
            Assert.Contains(changes, change => change is { Kind: "name-moved", Code: 1001, Name: "TimedOut", Old: "1002", New: "1001", Class: "meaning" });
            Assert.Contains("  Meaning changes: code still compiles, but these numbers or names stand for other errors now; check every use", text.Output.Split('\n'));
            Assert.Contains("    TimedOut: now stands for 1001, was 1002", text.Output.Split('\n'));
        }

        [Fact]
        public void ACodeTheNamesFileKeepsIsKeptObsoleteNotBreaking()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var old = Write(temp, "old/errorcode-demo.md", "# Demo\n\n" + Code(1001, "超时", "Timed out.") + Code(1002, "拒绝", "Connection refused."));
            Write(temp, "old/errorcode-demo.names", "1001 TimedOut\n1002 ConnectionRefused\n");
            var @new = Write(temp, "new/errorcode-demo.md", "# Demo\n\n" + Code(1001, "超时", "Timed out."));

            var result = Errorcodes.Run("diff", old, @new, "--format", "json");
            var changes = Changes(result).Single().Changes;
            var withoutNames = Errorcodes.Run("diff", Write(temp, "bare/errorcode-demo.md", File.ReadAllText(old)), @new, "--format", "json");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(new[] { ("kept-obsolete", 1002, "ConnectionRefused", "obsolete") }, changes.Select(change => (change.Kind, change.Code, change.Name, change.Class)));
            Assert.Equal(2, withoutNames.ExitCode);
            Assert.Contains(Changes(withoutNames).Single().Changes, change => change is { Kind: "removed", Code: 1002, Class: "breaking" });
        }

        [Fact]
        public void MessagesThatLoseTheirPlaceholdersTakeTheGeneratedMethodsAway()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var old = Write(temp, "old.md", "# Demo\n\n" + Code(401, "参数错误", "Parameter error. The ${paramName} is invalid.") + Code(801, "不支持", "Capability not supported."));
            var @new = Write(temp, "new.md", "# Demo\n\n" + Code(401, "参数错误", "Parameter error.") + Code(801, "不支持", "Capability not supported."));

            var result = Errorcodes.Run("diff", old, @new, "--format", "json");
            var changes = Changes(result).Single().Changes;
            var back = Changes(Errorcodes.Run("diff", @new, old, "--format", "json")).Single().Changes;

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                new[] { "FormatMessage(OldErrorCode, string paramName)", "GetMessageTemplate(OldErrorCode)", "ToException(OldErrorCode, string paramName, Exception?)" },
                changes.Where(change => change.Kind == "method-removed").Select(change => change.Old).OrderBy(name => name, System.StringComparer.Ordinal));
            Assert.All(changes.Where(change => change.Kind == "method-removed"), change => Assert.True(change.Breaking));

            // Placeholders that appear are new methods: nothing breaks.
            Assert.Equal(3, back.Count(change => change is { Kind: "method-changed", Old: "", Breaking: false }));
        }

        [Fact]
        public void ADocumentThatDropsItsErrnoRuleTakesTheErrnoMethodsAwayAndSaysWhatItsNotesLost()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            const string Rule = "说明：其余错误码映射形式为：2301000 + Linux系统内核错误码errno。\n\n";
            var old = Write(temp, "old.md", "# Demo\n\n" + Rule + Code(2301001, "操作不允许", "Operation not permitted."));
            var @new = Write(temp, "new.md", "# Demo\n\n" + Code(2301001, "操作不允许", "Operation not permitted."));

            var result = Errorcodes.Run("diff", old, @new, "--format", "json");
            var changes = Changes(result).Single().Changes;

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                new[] { "FromErrno(int)", "TryFromSocketException(SocketException, out OldErrorCode)", "TryGetErrno(OldErrorCode, out int)", "TryGetErrno(int, out int)" },
                changes.Where(change => change.Kind == "method-removed").Select(change => change.Old).OrderBy(name => name, System.StringComparer.Ordinal));
            Assert.Contains(changes, change => change is { Kind: "errno", Code: 2301001, Old: "errno 1", New: "no errno", Breaking: true });
            Assert.Contains(changes, change => change is { Kind: "errno-rule", Name: "2301000 + errno", New: "" });
            Assert.Contains(changes, change => change is { Kind: "notes", New: "" } && change.Old.Contains("2301000 + Linux", System.StringComparison.Ordinal));
        }

        [Fact]
        public void EveryEntryOfACodeDefinedTwiceIsCompared()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            var old = Write(temp, "old.md", "# Demo\n\n" + Code(1001, "超时", "Timed out.") + Code(1001, "超时（服务端）", "Server timed out."));
            var @new = Write(temp, "new.md", "# Demo\n\n" + Code(1001, "超时", "Timed out.") + Code(1001, "超时（服务端）", "The server timed out."));

            var changes = Changes(Errorcodes.Run("diff", old, @new, "--format", "json")).Single().Changes;

            var entry = Assert.Single(changes);
            Assert.Equal("entry", entry.Kind);
            Assert.Equal(1001, entry.Code);
            Assert.Contains("Server timed out.", entry.Old, System.StringComparison.Ordinal);
            Assert.Contains("The server timed out.", entry.New, System.StringComparison.Ordinal);
        }

        [Fact]
        public void AFolderDiffListsOnlyTheDocumentsThatChanged()
        {
            using var temp = new TempDirectory("errorcodes-diff");
            foreach (var side in new[] { "old", "new" })
            {
                Write(temp, side + "/same-a.md", "# A\n\n" + Code(1, "One", "One."));
                Write(temp, side + "/same-b.md", "# B\n\n" + Code(2, "Two", "Two."));
            }

            Write(temp, "old/edited.md", "# C\n\n" + Code(3, "Three", "Three."));
            Write(temp, "new/edited.md", "# C\n\n" + Code(3, "Three", "Three.", "Description, edited."));

            var text = Errorcodes.Run("diff", Path.Combine(temp.Path, "old"), Path.Combine(temp.Path, "new"));
            var json = Changes(Errorcodes.Run("diff", Path.Combine(temp.Path, "old"), Path.Combine(temp.Path, "new"), "--format", "json"));

            Assert.Equal(0, text.ExitCode);
            Assert.DoesNotContain("same-", text.Output, System.StringComparison.Ordinal);
            Assert.Contains("edited.md", text.Output.Split('\n')[0], System.StringComparison.Ordinal);
            Assert.Equal("2 documents unchanged", text.Output.TrimEnd('\n').Split('\n')[^1]);
            Assert.EndsWith("edited.md", Assert.Single(json).New, System.StringComparison.Ordinal);
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
            Assert.Contains("| document | 2303100 + errno | errno-rule |  | socket server错误码映射关系：2303100 + 内核错误码。 |", lines);
            Assert.Contains("| 2303111 | ResourceTemporarilyUnavailableTryAgain | errno | errno 2111 | errno 11 |", lines);
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
                    change.GetProperty("breaking").GetBoolean(),
                    change.GetProperty("class").GetString()!)).ToList())).ToList();
        }

        private sealed record DocumentChanges(string Old, string New, List<Change> Changes);

        private sealed record Change(string Kind, int Code, string Name, string Old, string New, bool Breaking, string Class);
    }
}
