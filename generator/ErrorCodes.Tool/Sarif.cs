using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Tool
{
    /// <summary>Diagnostics as SARIF 2.1.0, the format code-scanning services read.</summary>
    internal static class Sarif
    {
        public static void Write(IReadOnlyList<DiagnosticInfo> diagnostics, DiagnosticSettings settings, TextWriter output, System.Globalization.CultureInfo? culture = null)
        {
            var rules = DiagnosticRules.All.ToList();
            Json.Write(output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                writer.WriteString("version", "2.1.0");
                writer.WriteStartArray("runs");
                writer.WriteStartObject();
                writer.WriteStartObject("tool");
                writer.WriteStartObject("driver");
                writer.WriteString("name", "errorcodes");
                writer.WriteString("version", typeof(Sarif).Assembly.GetName().Version?.ToString() ?? "0.0.0.0");
                writer.WriteStartArray("rules");
                foreach (var rule in rules)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", rule.Id);
                    writer.WriteString("name", Name(rule.Title));
                    writer.WriteStartObject("shortDescription");
                    writer.WriteString("text", rule.TitleIn(culture));
                    writer.WriteEndObject();
                    writer.WriteStartObject("help");
                    writer.WriteString("text", "See " + rule.HelpLink + " in the ErrorCodes repository.");
                    writer.WriteEndObject();
                    writer.WriteStartObject("defaultConfiguration");
                    writer.WriteString("level", Level(settings.SeverityOf(rule)));
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartArray("results");
                foreach (var diagnostic in diagnostics)
                {
                    writer.WriteStartObject();
                    writer.WriteString("ruleId", diagnostic.Id);
                    writer.WriteNumber("ruleIndex", rules.IndexOf(diagnostic.Rule));
                    writer.WriteString("level", Level(diagnostic.Severity));
                    writer.WriteStartObject("message");
                    writer.WriteString("text", diagnostic.MessageIn(culture));
                    writer.WriteEndObject();
                    writer.WriteStartArray("locations");
                    writer.WriteStartObject();
                    writer.WriteStartObject("physicalLocation");
                    writer.WriteStartObject("artifactLocation");
                    writer.WriteString("uri", Uri(diagnostic.Location.FilePath));
                    writer.WriteEndObject();
                    writer.WriteStartObject("region");
                    writer.WriteNumber("startLine", diagnostic.Location.StartLine + 1);
                    writer.WriteNumber("startColumn", diagnostic.Location.StartColumn + 1);
                    writer.WriteNumber("endLine", diagnostic.Location.EndLine + 1);
                    writer.WriteNumber("endColumn", diagnostic.Location.EndColumn + 1);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }

        private static string Level(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Info => "note",
            _ => "none",
        };

        // A rule's name in SARIF is an identifier-like word: its title in PascalCase.
        private static string Name(string title) =>
            string.Concat(title.Split(new[] { ' ', '\'', '-', '\u2019' }, StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));

        // A relative path stays relative, its segments escaped; an absolute one becomes a file URI.
        private static string Uri(string path) =>
            Path.IsPathRooted(path)
                ? new Uri(path).AbsoluteUri
                : string.Join("/", path.Split('/').Select(System.Uri.EscapeDataString));
    }
}
