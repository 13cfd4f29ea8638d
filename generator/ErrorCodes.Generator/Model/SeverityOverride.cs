using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// A severity set for one diagnostic id in the spec file's <c>.editorconfig</c> section, as
    /// <c>errorcodes_diagnostic.ECG0005.severity = none</c>. The compiler applies <c>dotnet_diagnostic</c> keys only to
    /// C# files, never to a markdown file, so the generator reads its own key and applies it itself.
    /// </summary>
    /// <param name="Severity">The severity, or null for <c>none</c>: the diagnostic is not reported.</param>
    internal sealed record SeverityOverride(string Id, DiagnosticSeverity? Severity)
    {
        public const string KeyPrefix = "errorcodes_diagnostic.";

        public static bool TryParse(string id, string value, out SeverityOverride? setting)
        {
            DiagnosticSeverity? severity;
            switch (value.Trim().ToLowerInvariant())
            {
                case "none":
                    severity = null;
                    break;
                case "silent":
                    severity = DiagnosticSeverity.Hidden;
                    break;
                case "suggestion":
                    severity = DiagnosticSeverity.Info;
                    break;
                case "warning":
                    severity = DiagnosticSeverity.Warning;
                    break;
                case "error":
                    severity = DiagnosticSeverity.Error;
                    break;
                default:
                    setting = null;
                    return false;
            }

            setting = new SeverityOverride(id, severity);
            return true;
        }
    }
}
