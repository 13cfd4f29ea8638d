using System;
using System.Collections.Generic;

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

        // The values .editorconfig uses for dotnet_diagnostic keys; none turns a diagnostic off.
        private static readonly Dictionary<string, Severity?> s_values = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase)
        {
            ["none"] = null,
            ["silent"] = Diagnostics.Severity.Hidden,
            ["suggestion"] = Diagnostics.Severity.Info,
            ["warning"] = Diagnostics.Severity.Warning,
            ["error"] = Diagnostics.Severity.Error,
        };

        /// <summary>The <c>.editorconfig</c> key that sets the severity of <paramref name="id"/>.</summary>
        public static string KeyOf(string id) => KeyPrefix + id + ".severity";

        /// <summary>Reads an <c>.editorconfig</c> value: none, silent, suggestion, warning or error, in any case.</summary>
        public static bool TryParse(string id, string value, out SeverityOverride? setting)
        {
            if (!s_values.TryGetValue(value.Trim(), out var severity))
            {
                setting = null;
                return false;
            }

            setting = new SeverityOverride(id, severity);
            return true;
        }
    }
}
