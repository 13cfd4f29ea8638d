using System;
using System.IO;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>docs/template-report.md is what lint's template profile says of OpenHarmony's documents today.</summary>
    public sealed class TemplateReportTests
    {
        private const string Marker = "<!-- errorcodes lint docs --format summary -->\n";

        [Fact]
        public void TheReportIsWhatLintSaysOfThePackagesDocuments()
        {
            var report = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "docs", "template-report.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

            // The documented command, as a process in the package's folder.
            var said = ProcessRunner.Run("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "errorcodes.dll")}\" lint docs --format summary", Path.GetDirectoryName(Fixtures.OpenHarmonyDirectory)!);
            var listed = report.Substring(report.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length);
            Assert.True(
                listed == said,
                "docs/template-report.md no longer says what lint says; read the difference, then, in runtime/ErrorCodes.OpenHarmony, write the part below its marker again with errorcodes lint docs --format summary:\n" + said);
            Assert.StartsWith("378 documents: 0 errors, ", said, StringComparison.Ordinal);
            Assert.Contains("| [ECG0049](diagnostics.md#ecg0049) The twins' messages differ | warning | ", said, StringComparison.Ordinal);
        }
    }
}
