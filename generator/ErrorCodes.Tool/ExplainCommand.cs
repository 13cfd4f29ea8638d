using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Model;

namespace ErrorCodes.Tool
{
    /// <summary><c>errorcodes explain</c>: everything the documents say about a code, in every language they have it in.</summary>
    internal static class ExplainCommand
    {
        public static int Run(int code, IReadOnlyList<string> specs, TextWriter output)
        {
            var files = Documents.Expand(specs);
            var found = 0;

            // Twins sit in language folders under one file name (zh-cn/x.md, en/x.md): shown together.
            foreach (var file in files.OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal).ThenBy(file => file, StringComparer.Ordinal))
            {
                var catalog = Documents.Load(file).Result.Catalog;
                foreach (var entry in catalog?.Entries.Where(entry => entry.Code == code) ?? Enumerable.Empty<CodeEntry>())
                {
                    if (found++ != 0)
                    {
                        output.WriteLine();
                    }

                    Write(catalog!, entry, file, output);
                }
            }

            if (found == 0)
            {
                output.WriteLine($"{code} is in none of the {files.Count} documents searched.");
                return ExitCodes.Failed;
            }

            return ExitCodes.Success;
        }

        private static void Write(CatalogModel catalog, CodeEntry entry, string file, TextWriter output)
        {
            var texts = entry.Texts[0];
            output.WriteLine($"{entry.Code} {entry.MemberName}  ({catalog.SpecLanguage.Language}, {file}:{texts.Line}){(entry.IsDeprecated ? "  deprecated" : string.Empty)}{(entry.InDelRegion ? "  in a Del region" : string.Empty)}");
            Field("Title", texts.Title, output);
            Field("Message", texts.Message, output);
            Field("Description", texts.Description, output);
            Items("Causes", texts.Causes, output);
            Items("Steps", texts.Remediation, output);
            foreach (var section in texts.Sections)
            {
                Field(section.Label.Length == 0 ? "(untitled)" : section.Label, section.Text, output);
            }

            foreach (var scenario in texts.Scenarios)
            {
                output.WriteLine($"  Scenario:    {scenario.Title} (line {scenario.Line})");
                Field("  Message", scenario.Message, output);
                Field("  Description", scenario.Description, output);
                Items("  Causes", scenario.Causes, output);
                Items("  Steps", scenario.Remediation, output);
            }
        }

        private static void Field(string label, string text, TextWriter output)
        {
            if (text.Length == 0)
            {
                return;
            }

            var lines = text.Split('\n');
            output.WriteLine($"  {label + ":",-13}{lines[0]}");
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', 15) + line);
            }
        }

        private static void Items(string label, EquatableArray<string> items, TextWriter output)
        {
            if (items.Count == 0)
            {
                return;
            }

            output.WriteLine($"  {label}:");
            for (var i = 0; i < items.Count; i++)
            {
                var lines = items[i].Split('\n');
                output.WriteLine($"    {i + 1}. {lines[0]}");
                foreach (var line in lines.Skip(1))
                {
                    output.WriteLine("       " + line);
                }
            }
        }
    }
}
