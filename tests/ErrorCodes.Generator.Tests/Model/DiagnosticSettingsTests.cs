using System.Linq;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>The one finish step of every diagnostic: cap per file and id, then the file's severities.</summary>
    public sealed class DiagnosticSettingsTests
    {
        private const string Spec = "/repo/spec/a.md";
        private const string Twin = "/repo/spec/en/a.md";

        [Fact]
        public void PastTheCapOnlyACountIsKeptPerFileAndId()
        {
            var diagnostics = Enumerable.Range(0, 5).Select(line => At(DiagnosticRules.MissingSection, Spec, line))
                .Concat(Enumerable.Range(0, 4).Select(line => At(DiagnosticRules.MissingSection, Twin, line)))
                .Append(At(DiagnosticRules.UnknownLabel, Spec, 9));

            var finished = new DiagnosticSettings(3, EquatableArray<FileSeverities>.Empty).Finish(diagnostics);

            Assert.Equal(3, finished.Count(d => d.Id == "ECG0012" && d.Location.FilePath == Spec));
            Assert.Equal(3, finished.Count(d => d.Id == "ECG0012" && d.Location.FilePath == Twin));
            Assert.Single(finished, d => d.Id == "ECG0009");
            var specCount = Assert.Single(finished, d => d.Id == "ECG0016" && d.Location.FilePath == Spec);
            Assert.Equal(new[] { "2", "ECG0012" }, specCount.Arguments);
            Assert.Equal(3, specCount.Location.StartLine);
            Assert.Equal(new[] { "1", "ECG0012" }, Assert.Single(finished, d => d.Id == "ECG0016" && d.Location.FilePath == Twin).Arguments);
        }

        [Fact]
        public void EachFileTakesTheSeveritiesItsEditorConfigSets()
        {
            var settings = new DiagnosticSettings(100, EquatableArray.Of(new FileSeverities(Spec, EquatableArray.Of(new SeverityOverride("ECG0012", Severity.Error)))));

            var finished = settings.Finish(new[] { At(DiagnosticRules.MissingSection, Spec, 1), At(DiagnosticRules.MissingSection, Twin, 1) });

            Assert.Equal(Severity.Error, finished.Single(d => d.Location.FilePath == Spec).Severity);
            Assert.Equal(Severity.Info, finished.Single(d => d.Location.FilePath == Twin).Severity);
        }

        [Fact]
        public void NoneDropsTheDiagnosticsAndTheCountOfTheirOmittedOnes()
        {
            var settings = new DiagnosticSettings(1, EquatableArray.Of(new FileSeverities(Spec, EquatableArray.Of(new SeverityOverride("ECG0012", null)))));

            var finished = settings.Finish(Enumerable.Range(0, 3).Select(line => At(DiagnosticRules.MissingSection, Spec, line)).Append(At(DiagnosticRules.UnknownLabel, Spec, 4)));

            Assert.Equal("ECG0009", Assert.Single(finished).Id);
        }

        [Theory]
        [InlineData("none", null)]
        [InlineData("silent", Severity.Hidden)]
        [InlineData("Suggestion", Severity.Info)]
        [InlineData(" warning ", Severity.Warning)]
        [InlineData("ERROR", Severity.Error)]
        public void EditorConfigValuesAreReadInAnyCase(string value, Severity? expected)
        {
            Assert.True(SeverityOverride.TryParse("ECG0005", value, out var setting));
            Assert.Equal(expected, setting!.Severity);
        }

        [Fact]
        public void AnUnknownEditorConfigValueIsNoSetting() => Assert.False(SeverityOverride.TryParse("ECG0005", "loud", out _));

        private static DiagnosticInfo At(DiagnosticRule rule, string file, int line) =>
            DiagnosticInfo.Create(rule, new TextLocation(file, 0, 0, line, 0, line, 0), 1, "x");
    }
}
