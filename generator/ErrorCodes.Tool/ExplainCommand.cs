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
        public static int Run(int code, IReadOnlyList<string> specs, TextWriter output, TextWriter error)
        {
            // Twins sit in language folders under one file name (zh-cn/x.md, en/x.md): shown together.
            var documents = Documents.LoadAll(Documents.Expand(specs), error)
                .OrderBy(document => Path.GetFileName(document.Path), StringComparer.Ordinal).ThenBy(document => document.Path, StringComparer.Ordinal)
                .Select(document => (File: document.Path, Catalog: document.Result.Catalog))
                .ToList();
            var found = 0;
            foreach (var (file, catalog) in documents)
            {
                foreach (var entry in catalog!.Entries.Where(entry => entry.Code == code))
                {
                    Separate(ref found, output);
                    Write(catalog, entry, file, output);
                }
            }

            // As the generated GetInfo does: a code no heading has may be a kernel errno under a rule such as "2301000 + errno".
            if (found == 0)
            {
                var catalogs = documents.Select(document => document.Catalog!).ToList();
                foreach (var (file, catalog) in documents)
                {
                    if (!ErrnoMapping.TryMap(catalog!, code, out var range, out var errno))
                    {
                        continue;
                    }

                    Separate(ref found, output);
                    output.WriteLine($"{code} is {range.Rule.Base} + errno {errno}, by the rule of {file}: {range.Rule.Text}");
                    var table = ErrnoMapping.Table(catalog!, catalogs);
                    var tableFile = table == null ? null : documents.First(document => ReferenceEquals(document.Catalog, table)).File;
                    var entry = table?.Entries.FirstOrDefault(candidate => candidate.Code == errno);
                    if (entry != null)
                    {
                        Write(table!, entry, tableFile!, output);
                    }
                    else
                    {
                        output.WriteLine(table == null
                            ? "  No kernel errno table is among the documents searched: add it with --spec to see the errno's text."
                            : $"  The kernel errno table {tableFile} has no errno {errno}.");
                    }
                }
            }

            if (found == 0)
            {
                output.WriteLine($"{code} is in none of the {documents.Count} documents searched, and no errno rule of theirs maps it.");
                return ExitCodes.Failed;
            }

            return ExitCodes.Success;
        }

        private static void Separate(ref int found, TextWriter output)
        {
            if (found++ != 0)
            {
                output.WriteLine();
            }
        }

        private static void Write(CatalogModel catalog, CodeEntry entry, string file, TextWriter output)
        {
            var texts = entry.Texts[0];
            output.WriteLine($"{entry.Code} {entry.MemberName}  ({catalog.SpecLanguage.Language}, {file}:{texts.Line}){(entry.IsDeprecated ? "  deprecated" : string.Empty)}{(entry.InDelRegion ? "  in a Del region" : string.Empty)}");
            Fields(texts.Title, texts.Message, texts.Description, texts.Causes, texts.Remediation, texts.Sections, "  ", output);
            foreach (var scenario in texts.Scenarios)
            {
                Field("Scenario", $"{scenario.Title} (line {scenario.Line})", "  ", output);
                Fields(string.Empty, scenario.Message, scenario.Description, scenario.Causes, scenario.Remediation, scenario.Sections, "    ", output);
            }
        }

        private static void Fields(string title, string message, string description, EquatableArray<string> causes, EquatableArray<string> remediation, EquatableArray<CodeSection> sections, string indent, TextWriter output)
        {
            Field("Title", title, indent, output);
            Field("Message", message, indent, output);
            Field("Description", description, indent, output);
            Items("Causes", causes, indent, output);
            Items("Steps", remediation, indent, output);
            foreach (var section in sections)
            {
                Field(section.Label.Length == 0 ? "(untitled)" : section.Label, section.Text, indent, output);
            }
        }

        // "  Label:       text", later lines of the text under its first; a label too long for the column gets a line of its own.
        private static void Field(string label, string text, string indent, TextWriter output)
        {
            if (text.Length == 0)
            {
                return;
            }

            const int Column = 13;
            var lines = text.Split('\n');
            var margin = new string(' ', indent.Length + Column);
            if (label.Length + 1 < Column)
            {
                output.WriteLine(indent + (label + ":").PadRight(Column) + lines[0]);
            }
            else
            {
                output.WriteLine(indent + label + ":");
                output.WriteLine(margin + lines[0]);
            }

            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(margin + line);
            }
        }

        private static void Items(string label, EquatableArray<string> items, string indent, TextWriter output)
        {
            if (items.Count == 0)
            {
                return;
            }

            output.WriteLine(indent + label + ":");
            for (var i = 0; i < items.Count; i++)
            {
                var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
                var lines = items[i].Split('\n');
                output.WriteLine(indent + "  " + number + lines[0]);
                foreach (var line in lines.Skip(1))
                {
                    output.WriteLine(indent + "  " + new string(' ', number.Length) + line);
                }
            }
        }
    }
}
