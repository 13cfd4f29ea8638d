namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>
    /// A severity set for one diagnostic id in the spec file's <c>.editorconfig</c> section, as
    /// <c>errorcodes_diagnostic.ECG0005.severity = none</c>. The compiler applies <c>dotnet_diagnostic</c> keys only to
    /// C# files, never to a markdown file, so ErrorCodes reads its own key and applies it itself.
    /// </summary>
    /// <param name="Id">The diagnostic id.</param>
    /// <param name="Severity">The severity, or null for <c>none</c>: the diagnostic is not reported.</param>
    public sealed record SeverityOverride(string Id, Severity? Severity)
    {
        /// <summary>The start of the key, which goes on with the id and <c>.severity</c>.</summary>
        public const string KeyPrefix = "errorcodes_diagnostic.";

        /// <summary>The <c>.editorconfig</c> key that sets the severity of <paramref name="id"/>.</summary>
        public static string KeyOf(string id) => KeyPrefix + id + ".severity";

        /// <summary>Reads an <c>.editorconfig</c> value: none, silent, suggestion, warning or error, in any case.</summary>
        public static bool TryParse(string id, string value, out SeverityOverride? setting)
        {
            Severity? severity;
            switch (value.Trim().ToLowerInvariant())
            {
                case "none":
                    severity = null;
                    break;
                case "silent":
                    severity = Diagnostics.Severity.Hidden;
                    break;
                case "suggestion":
                    severity = Diagnostics.Severity.Info;
                    break;
                case "warning":
                    severity = Diagnostics.Severity.Warning;
                    break;
                case "error":
                    severity = Diagnostics.Severity.Error;
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
