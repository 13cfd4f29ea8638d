using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ErrorCodes.Model;

namespace ErrorCodes.Tool
{
    /// <summary><c>errorcodes export</c>: the catalogs as data, every field with its file and line, for decoders in other languages.</summary>
    internal static class ExportCommand
    {
        private static readonly string[] s_columns = { "catalog", "file", "language", "code", "name", "title", "message", "description", "causes", "remediation", "line", "deprecated", "inDelRegion" };

        public static int Run(IReadOnlyList<string> paths, string format, TextWriter output, TextWriter error)
        {
            var documents = Documents.LoadAll(Documents.Expand(paths), error);
            if (format == "csv")
            {
                WriteCsv(documents, output);
            }
            else
            {
                WriteJson(documents, output);
            }

            return ExitCodes.Success;
        }

        private static void WriteJson(List<LoadedDocument> documents, TextWriter output) =>
            Json.Write(output, writer =>
            {
                writer.WriteStartObject();

                // Raised when a field changes meaning or goes; a new field does not raise it.
                writer.WriteNumber("formatVersion", 1);
                writer.WriteStartArray("catalogs");
                foreach (var document in documents)
                {
                    var catalog = document.Result.Catalog;
                    if (catalog == null)
                    {
                        continue;
                    }

                    writer.WriteStartObject();
                    writer.WriteString("name", catalog.Name);
                    writer.WriteString("file", document.Path);
                    writer.WriteString("language", catalog.SpecLanguage.Language);
                    writer.WriteString("title", catalog.SpecLanguage.Title);
                    Json.StringArray(writer, "notes", catalog.SpecLanguage.Notes);
                    writer.WriteStartObject("properties");
                    foreach (var property in catalog.Properties)
                    {
                        writer.WriteString(property.Key, property.Value);
                    }

                    writer.WriteEndObject();
                    Json.StringArray(writer, "links", catalog.Links);
                    writer.WriteStartArray("errnoRules");
                    foreach (var rule in catalog.ErrnoRules)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("base", rule.Base);
                        writer.WriteString("text", rule.Text);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("codes");
                    foreach (var entry in catalog.Entries)
                    {
                        WriteEntry(writer, entry);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });

        private static void WriteEntry(Utf8JsonWriter writer, CodeEntry entry)
        {
            var texts = entry.Texts[0];
            writer.WriteStartObject();
            writer.WriteNumber("code", entry.Code);
            writer.WriteString("name", entry.MemberName);
            WriteFields(writer, texts.Title, texts.Message, texts.Description, texts.Causes, texts.Remediation, texts.Sections);
            writer.WriteNumber("line", texts.Line);
            writer.WriteBoolean("deprecated", entry.IsDeprecated);
            writer.WriteBoolean("inDelRegion", entry.InDelRegion);
            writer.WriteStartArray("scenarios");
            foreach (var scenario in texts.Scenarios)
            {
                writer.WriteStartObject();
                WriteFields(writer, scenario.Title, scenario.Message, scenario.Description, scenario.Causes, scenario.Remediation, scenario.Sections);
                writer.WriteNumber("line", scenario.Line);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteFields(Utf8JsonWriter writer, string title, string message, string description, EquatableArray<string> causes, EquatableArray<string> remediation, EquatableArray<CodeSection> sections)
        {
            writer.WriteString("title", title);
            writer.WriteString("message", message);
            Json.StringArray(writer, "placeholders", MessagePlaceholders.Names(message));
            writer.WriteString("description", description);
            Json.StringArray(writer, "causes", causes);
            Json.StringArray(writer, "remediation", remediation);
            writer.WriteStartArray("sections");
            foreach (var section in sections)
            {
                writer.WriteStartObject();
                writer.WriteString("label", section.Label);
                writer.WriteString("text", section.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; list items are one a line.
        private static void WriteCsv(List<LoadedDocument> documents, TextWriter output)
        {
            output.WriteLine(string.Join(",", s_columns));
            foreach (var document in documents)
            {
                var catalog = document.Result.Catalog;
                foreach (var entry in catalog?.Entries ?? EquatableArray<CodeEntry>.Empty)
                {
                    var texts = entry.Texts[0];
                    output.WriteLine(string.Join(",", new[]
                    {
                        catalog!.Name, document.Path, catalog.SpecLanguage.Language, entry.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.MemberName,
                        texts.Title, texts.Message, texts.Description, string.Join("\n", texts.Causes), string.Join("\n", texts.Remediation),
                        texts.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.IsDeprecated ? "true" : "false", entry.InDelRegion ? "true" : "false",
                    }.Select(Field)));
                }
            }
        }

        private static string Field(string value) =>
            value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
