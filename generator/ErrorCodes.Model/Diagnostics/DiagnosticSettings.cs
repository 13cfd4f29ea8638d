using System;
using System.Collections.Generic;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>How the diagnostics of a project are reported: a cap per id and spec, and severities per spec file.</summary>
    /// <param name="MaxPerId">How many diagnostics of one id a spec file reports before the rest are only counted.</param>
    /// <param name="Severities">The severities each spec file's <c>.editorconfig</c> section sets, by the file's path.</param>
    public sealed record DiagnosticSettings(int MaxPerId, EquatableArray<FileSeverities> Severities)
    {
        /// <summary>The cap unless the <c>ErrorCodesMaxDiagnostics</c> property sets another.</summary>
        public const int DefaultMaxPerId = 100;

        /// <summary>The default cap and no severity overrides, for a build.</summary>
        public static DiagnosticSettings Default { get; } = new DiagnosticSettings(DefaultMaxPerId, EquatableArray<FileSeverities>.Empty);

        /// <summary>The default cap and no severity overrides, for <c>errorcodes lint</c>: each rule at its <see cref="DiagnosticRule.LintSeverity"/>.</summary>
        public static DiagnosticSettings Lint { get; } = Default with { Profile = DiagnosticProfile.Lint };

        /// <summary>As <see cref="Lint"/>, for <c>errorcodes lint</c>'s template profile: each rule at its <see cref="DiagnosticRule.TemplateSeverity"/>.</summary>
        public static DiagnosticSettings Template { get; } = Default with { Profile = DiagnosticProfile.Template };

        /// <summary>Whose severities a rule takes where its spec's <c>.editorconfig</c> sets none: a build's, or lint's for the documents' writers.</summary>
        public DiagnosticProfile Profile { get; init; }

        /// <summary>The severity of a rule whose spec's <c>.editorconfig</c> sets none, in this profile.</summary>
        public Severity SeverityOf(DiagnosticRule rule) => Profile switch
        {
            DiagnosticProfile.Template => rule.TemplateSeverity,
            DiagnosticProfile.Lint => rule.LintSeverity,
            _ => rule.DefaultSeverity,
        };

        /// <summary>
        /// The one finish step of every diagnostic: per spec file, past <see cref="MaxPerId"/> of one id only a count
        /// (ECG0016) is kept; then each takes the severity its file sets for its id, and one set to <c>none</c> is
        /// dropped, together with the count of its id's omitted diagnostics.
        /// </summary>
        public List<DiagnosticInfo> Finish(IEnumerable<DiagnosticInfo> diagnostics)
        {
            var finished = new List<DiagnosticInfo>();
            foreach (var diagnostic in Cap(diagnostics))
            {
                var subject = diagnostic.Rule == DiagnosticRules.MoreNotShown ? diagnostic.Arguments[1] : diagnostic.Id;
                if (TryGetOverride(diagnostic.Location.FilePath, subject, out var subjectSeverity) && subjectSeverity == null)
                {
                    continue;
                }

                if (!TryGetOverride(diagnostic.Location.FilePath, diagnostic.Id, out var severity))
                {
                    finished.Add(Profile == DiagnosticProfile.Build ? diagnostic : diagnostic with { Severity = SeverityOf(diagnostic.Rule) });
                }
                else if (severity != null)
                {
                    finished.Add(diagnostic with { Severity = severity.Value });
                }
            }

            return finished;
        }

        // A spec with thousands of the same problem would bury the build log.
        private List<DiagnosticInfo> Cap(IEnumerable<DiagnosticInfo> diagnostics)
        {
            var counts = new Dictionary<(string File, string Id), int>();
            var firstOmitted = new List<DiagnosticInfo>();
            var kept = new List<DiagnosticInfo>();
            foreach (var diagnostic in diagnostics)
            {
                var key = (diagnostic.Location.FilePath, diagnostic.Id);
                counts.TryGetValue(key, out var count);
                counts[key] = count + 1;
                if (count < MaxPerId)
                {
                    kept.Add(diagnostic);
                }
                else if (count == MaxPerId)
                {
                    firstOmitted.Add(diagnostic);
                }
            }

            foreach (var omitted in firstOmitted)
            {
                var omittedCount = counts[(omitted.Location.FilePath, omitted.Id)] - MaxPerId;
                kept.Add(DiagnosticInfo.Create(DiagnosticRules.MoreNotShown, omitted.Location, omittedCount, omitted.Id));
            }

            return kept;
        }

        private bool TryGetOverride(string filePath, string id, out Severity? severity)
        {
            foreach (var file in Severities)
            {
                if (!string.Equals(file.FilePath, filePath, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var setting in file.Overrides)
                {
                    if (setting.Id == id)
                    {
                        severity = setting.Severity;
                        return true;
                    }
                }
            }

            severity = null;
            return false;
        }
    }

    /// <summary>Whose severities the diagnostics take: a build's (each rule's default), or <c>errorcodes lint</c>'s.</summary>
    public enum DiagnosticProfile
    {
        /// <summary>A build: each rule at its <see cref="DiagnosticRule.DefaultSeverity"/>.</summary>
        Build,

        /// <summary><c>errorcodes lint --profile generator</c>: each rule at its <see cref="DiagnosticRule.LintSeverity"/>.</summary>
        Lint,

        /// <summary><c>errorcodes lint</c>'s template profile, for writers held to the upstream template: each rule at its <see cref="DiagnosticRule.TemplateSeverity"/>.</summary>
        Template,
    }

    /// <summary>The severities one spec file's <c>.editorconfig</c> section sets.</summary>
    /// <param name="FilePath">The spec file's path.</param>
    /// <param name="Overrides">A severity per diagnostic id.</param>
    public sealed record FileSeverities(string FilePath, EquatableArray<SeverityOverride> Overrides);
}
