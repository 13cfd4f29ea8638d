using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot checks with Verify.SourceGenerators' file conventions, so that switching to Verify later is a one-line
    /// change: one <c>{Class}.{Method}#{HintName}.verified.cs</c> per generated source, starting with
    /// <c>//HintName: {hintName}</c>, and the diagnostics in <c>{Class}.{Method}.verified.txt</c>.
    /// On a mismatch the new text goes to <c>*.received.*</c> and the test fails with a diff;
    /// set ACCEPT_SNAPSHOTS=1 to write the verified files instead.
    /// </summary>
    internal static class Snapshot
    {
        private static readonly string s_directory = Path.Combine(Paths.TestProject, "Snapshots");

        public static void Verify(GeneratorRunResult result, string testClass, [CallerMemberName] string testMethod = "")
        {
            var prefix = testClass + "." + testMethod;
            var failures = new List<string>();
            var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                var file = prefix + "#" + Path.GetFileNameWithoutExtension(source.HintName) + ".verified.cs";
                expectedFiles.Add(file);
                Check(file, "//HintName: " + source.HintName + "\n" + Scrub(source.SourceText.ToString()), failures);
            }

            if (result.Diagnostics.Length != 0)
            {
                var file = prefix + ".verified.txt";
                expectedFiles.Add(file);
                Check(file, Describe(result.Diagnostics), failures);
            }

            foreach (var stale in Directory.EnumerateFiles(s_directory, prefix + "*.verified.*").Select(Path.GetFileName))
            {
                if (!expectedFiles.Contains(stale!) && IsSameTest(stale!, prefix))
                {
                    failures.Add($"{stale} is verified, but the generator no longer produces it; delete it.");
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        /// <summary>The diagnostics as the snapshot holds them: id, severity, message and zero-based location.</summary>
        public static string Describe(IEnumerable<Diagnostic> diagnostics)
        {
            var builder = new StringBuilder();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var span = diagnostic.Location.GetLineSpan();
                builder.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(": ")
                    .Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                builder.Append("  ").Append(Path.GetFileName(span.Path)).Append(": ")
                    .Append($"({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character})")
                    .Append('\n');
            }

            return builder.ToString();
        }

        // The generator's version changes with every release; the snapshots should not.
        private static string Scrub(string text) =>
            Regex.Replace(text, Regex.Escape(ErrorCodes.Generator.Emitting.CatalogEmitter.GeneratorVersion), "{GeneratorVersion}");

        private static bool IsSameTest(string file, string prefix)
        {
            var rest = file.Substring(prefix.Length);
            return rest.StartsWith("#", StringComparison.Ordinal) || rest.StartsWith(".verified", StringComparison.Ordinal);
        }

        private static void Check(string verifiedName, string actual, List<string> failures)
        {
            Directory.CreateDirectory(s_directory);
            var verified = Path.Combine(s_directory, verifiedName);
            var received = verified.Replace(".verified.", ".received.", StringComparison.Ordinal);
            var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
            {
                File.WriteAllText(verified, actual, new UTF8Encoding(false));
                File.Delete(received);
                return;
            }

            File.WriteAllText(received, actual, new UTF8Encoding(false));
            failures.Add(expected == null
                ? $"{verifiedName} does not exist yet; the output is in {Path.GetFileName(received)}. Review it, then accept it with ACCEPT_SNAPSHOTS=1."
                : $"{verifiedName} differs from the output (in {Path.GetFileName(received)}):\n{Diff(expected, actual)}");
        }

        private static string Diff(string expected, string actual)
        {
            var diff = InlineDiffBuilder.Diff(expected, actual);
            var builder = new StringBuilder();
            var shown = 0;
            foreach (var line in diff.Lines)
            {
                if (line.Type == ChangeType.Unchanged || shown++ > 60)
                {
                    continue;
                }

                builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Text).Append('\n');
            }

            return builder.ToString();
        }
    }
}
