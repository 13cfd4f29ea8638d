using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model.Naming;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary><c>errorcodes names</c>: writes the names file that keeps member names across editions.</summary>
    public sealed class NamesCommandTests
    {
        private static readonly string s_current = Path.Combine(Paths.RepositoryRoot, "spec", "current", "errorcode-net-socket.md");

        private static readonly string s_seedNames = Path.Combine(Paths.RepositoryRoot, "spec", "errorcode-net-socket.names");

        [Fact]
        public void LintFindsTheNamesFileARenamedDocumentLeftAndMoveTakesItAlong()
        {
            using var temp = new TempDirectory("errorcodes-names");
            var old = Path.Combine(temp.Path, "errorcode_linkEnhance.md");
            var renamed = Path.Combine(temp.Path, "errorcode-link-enhance.md");
            File.Copy(Paths.SeedSpec, old);
            Assert.Equal(0, Errorcodes.Run("names", old, "--rename", "2303111", "ResourceUnavailable").ExitCode);
            File.Move(old, renamed);

            var lint = Errorcodes.Run("lint", temp.Path);
            var moved = Errorcodes.Run("names", "--move", old, renamed);
            var again = Errorcodes.Run("lint", temp.Path);
            var twice = Errorcodes.Run("names", "--move", old, renamed);

            Assert.Equal(0, lint.ExitCode);
            var orphan = Path.Combine(temp.Path, "errorcode_linkEnhance.names");
            Assert.StartsWith(orphan + "(1,1): warning ECG0039: The names file '" + orphan + "' has no document beside it ('errorcode_linkEnhance.md'), so the names it records keep no catalog; 'errorcode-link-enhance.md' beside it has no names file and defines most of its codes: most likely its document, renamed. Move it", lint.Output, System.StringComparison.Ordinal);
            Assert.True(moved.ExitCode == 0, moved.ToString());
            Assert.False(File.Exists(orphan));
            var text = File.ReadAllText(Path.Combine(temp.Path, "errorcode-link-enhance.names"));
            Assert.StartsWith("# The member names of the codes of errorcode-link-enhance.md,", text, System.StringComparison.Ordinal);
            Assert.Contains("2303111 ResourceUnavailable\n", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("ECG0039", again.Output, System.StringComparison.Ordinal);
            Assert.Equal(3, twice.ExitCode);
            Assert.Contains("has no names file", twice.Error, System.StringComparison.Ordinal);
        }

        [Fact]
        public void RecordsTheNamesTheBuildGivesEveryCode()
        {
            using var temp = new TempDirectory("errorcodes-names");
            var spec = Copy(s_current, temp, "errorcode-net-socket.md");

            var result = Errorcodes.Run("names", spec);

            Assert.True(result.ExitCode == 0, result.ToString());
            var path = Path.Combine(temp.Path, "errorcode-net-socket.names");
            Assert.Equal($"{path}: 30 codes recorded, 30 new\n", result.Output);
            var recorded = NamesFile.Parse(path, File.ReadAllText(path));
            Assert.Empty(recorded.Diagnostics);
            Assert.Equal(EnumMembers(Fixtures.Corpus("zh-cn/errorcode-net-socket.md")), recorded.Entries.Select(entry => (entry.Name, entry.Code)));
        }

        [Fact]
        public void ANewEditionAppendsItsNewCodesAndLeavesEveryRecordedLineAlone()
        {
            using var temp = new TempDirectory("errorcodes-names");
            var spec = Copy(s_current, temp, "errorcode-net-socket.md");
            var names = Copy(s_seedNames, temp, "errorcode-net-socket.names");
            var before = File.ReadAllText(names);

            var first = Errorcodes.Run("names", spec);
            var updated = File.ReadAllText(names);
            var second = Errorcodes.Run("names", spec);

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.EndsWith(": 30 codes recorded, 11 new\n", first.Output, System.StringComparison.Ordinal);
            Assert.StartsWith(before, updated, System.StringComparison.Ordinal);
            var appended = updated.Substring(before.Length).TrimEnd('\n').Split('\n');
            Assert.Equal(11, appended.Length);
            Assert.Contains("2301009 BadFileDescriptor", appended);

            // The recorded names are the seed's, not the current edition's: 2303188 stays SocketOperationOnNonSocket.
            Assert.Contains("2303188 SocketOperationOnNonSocket", updated.Split('\n'));
            Assert.EndsWith(": 30 codes recorded, 0 new\n", second.Output, System.StringComparison.Ordinal);
            Assert.Equal(updated, File.ReadAllText(names));
        }

        [Fact]
        public void RenameChangesOnlyTheNameOfItsLineAndKeepsTheComment()
        {
            using var temp = new TempDirectory("errorcodes-names");
            var spec = Copy(Paths.SeedSpec, temp, "errorcode-net-socket.md");
            var names = Copy(s_seedNames, temp, "errorcode-net-socket.names");
            File.WriteAllText(names, File.ReadAllText(names).Replace("2303111 ResourceTemporarilyUnavailableTryAgain", "2303111 ResourceTemporarilyUnavailableTryAgain # EAGAIN", System.StringComparison.Ordinal));
            var before = File.ReadAllText(names).Split('\n');

            var result = Errorcodes.Run("names", spec, "--rename", "2303111", "ResourceUnavailable");
            var after = File.ReadAllText(names).Split('\n');

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.EndsWith(", 2303111 renamed ResourceUnavailable\n", result.Output, System.StringComparison.Ordinal);
            Assert.Equal(before.Length, after.Length);
            var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
            Assert.Equal("2303111 ResourceUnavailable # EAGAIN", after[changed.Single()]);
        }

        [Theory]
        [InlineData("2303111", "Not A Name", "is not a valid C# name")]
        [InlineData("2303111", "class", "is not a valid C# name")]
        [InlineData("2303111", "OperationNotPermitted", "is already the name of another code")]
        [InlineData("9999999", "Unknown", "is in none of the specs")]
        [InlineData("twelve", "Twelve", "takes a code and a name")]
        public void ABadRenameChangesNothingAndSaysWhy(string code, string name, string why)
        {
            using var temp = new TempDirectory("errorcodes-names");
            var spec = Copy(Paths.SeedSpec, temp, "errorcode-net-socket.md");
            var names = Copy(s_seedNames, temp, "errorcode-net-socket.names");
            var before = File.ReadAllText(names);

            var result = Errorcodes.Run("names", spec, "--rename", code, name);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains(why, result.Error, System.StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(names));
        }

        [Fact]
        public void AFirstNamesFileTakesTheNamesAnEarlierBuildShippedAndKeepsTheCodesTheDocumentDropped()
        {
            using var temp = new TempDirectory("errorcodes-names");
            var spec = Copy(s_current, temp, "errorcode-net-socket.md");
            var assembly = Build(temp, "namespace App.Errors { public enum NetSocketErrorCode { OperationNotPermitted = 2301001, SocketOperationOnNonSocket = 2303188, Withdrawn = 2309999 } }");

            var result = Errorcodes.Run("names", spec, "--from", assembly);
            var lines = File.ReadAllLines(Path.Combine(temp.Path, "errorcode-net-socket.names")).Where(line => !line.StartsWith('#')).ToList();
            var lint = Errorcodes.Run("lint", spec);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.EndsWith($": 31 codes recorded, 28 new, 3 from {assembly}\n", result.Output, System.StringComparison.Ordinal);
            Assert.Equal(new[] { "2301001 OperationNotPermitted", "2303188 SocketOperationOnNonSocket", "2309999 Withdrawn" }, lines.Take(3));
            Assert.DoesNotContain(lines, line => line.StartsWith("2303188 ", System.StringComparison.Ordinal) && line != "2303188 SocketOperationOnNonSocket");
            Assert.Contains("2303199 AddressNotAvailable", lines);

            // The dropped code is a tombstone the build warns about, at the names file's line.
            Assert.Matches(@"errorcode-net-socket\.names\(6,1\): warning ECG0029: ", lint.Output);
        }

        [Fact]
        public void AnAssemblyWithoutTheEnumOrWithItTwiceSaysSo()
        {
            using var temp = new TempDirectory("errorcodes-names");
            var spec = Copy(s_current, temp, "errorcode-net-socket.md");
            var none = Build(temp, "namespace App { public enum Other { A = 1 } }", "None");
            var twice = Build(temp, "namespace A { public enum NetSocketErrorCode { X = 1 } } namespace B { public enum NetSocketErrorCode { Y = 2 } }", "Twice");

            var missing = Errorcodes.Run("names", spec, "--from", none);
            var ambiguous = Errorcodes.Run("names", spec, "--from", twice);
            var named = Errorcodes.Run("names", spec, "--from", none, "--enum", "Other");
            var notAnAssembly = Errorcodes.Run("names", spec, "--from", spec);

            Assert.Equal(3, missing.ExitCode);
            Assert.Contains("has no enum NetSocketErrorCode (name it with --enum", missing.Error, System.StringComparison.Ordinal);
            Assert.Equal(3, ambiguous.ExitCode);
            Assert.True(ambiguous.Error.Contains("has 2 enums named NetSocketErrorCode, in A, B", System.StringComparison.Ordinal), ambiguous.Error);
            Assert.True(named.ExitCode == 0, named.ToString());
            Assert.Equal(3, notAnAssembly.ExitCode);
            Assert.Contains("cannot be read as an assembly", notAnAssembly.Error, System.StringComparison.Ordinal);
        }

        private static string Build(TempDirectory temp, string source, string name = "Shipped")
        {
            var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, References.Net, new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
            var path = Path.Combine(temp.Path, name + ".dll");
            var emitted = compilation.Emit(path);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return path;
        }

        private static string Copy(string source, TempDirectory temp, string name)
        {
            var path = Path.Combine(temp.Path, name);
            File.Copy(source, path);
            return path;
        }

        // The enum the generator emits for a spec, as (member, value) in declaration order.
        private static (string Name, int Code)[] EnumMembers(TestSpec spec)
        {
            var source = GeneratorRunner.Run(spec).GeneratedSources.Single().SourceText.ToString();
            var enumeration = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<EnumDeclarationSyntax>().First();
            return enumeration.Members.Select(member => (member.Identifier.Text, int.Parse(member.EqualsValue!.Value.ToString(), System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        }
    }
}
