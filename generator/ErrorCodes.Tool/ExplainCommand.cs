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

        /// <summary>
        /// The code in <paramref name="text"/> as OpenHarmony's documents explain it, from the catalogs the tool bundles:
        /// every module that defines it (or answers for it by an errno rule), in <paramref name="language"/> first.
        /// </summary>
        public static int RunBundled(string text, string language, string format, TextWriter output)
        {
            var answers = new List<(int Asked, int Code, List<PlatformEntry> Entries)>();
            foreach (var asked in CodesIn(text, Platform.Knows))
            {
                var entries = Platform.Find(asked, language);

                // A negative number no module has: a C API's -errno, or a code printed with a sign; its magnitude is tried.
                var code = asked;
                if (entries.Count == 0 && asked < 0 && asked != int.MinValue)
                {
                    code = -asked;
                    entries = Platform.Find(code, language);
                }

                answers.Add((asked, entries.Count != 0 ? code : asked, entries));
            }

            if (format == "json")
            {
                Json.Write(output, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var (asked, code, entries) in answers)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("asked", asked);
                        writer.WriteNumber("code", code);
                        writer.WriteStartArray("modules");
                        foreach (var entry in entries)
                        {
                            entry.WriteJson(writer);
                        }

                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
            }
            else
            {
                // One block an answer, a blank line between blocks and between the modules of one: what the code is
                // read as, and which modules have it, lead the block.
                var blocks = 0;
                foreach (var (asked, code, entries) in answers)
                {
                    if (blocks++ != 0)
                    {
                        output.WriteLine();
                    }

                    if (entries.Count == 0)
                    {
                        output.WriteLine($"{asked} is no code of OpenHarmony's {OpenHarmony.OpenHarmonyErrorCodes.Catalogs.Count} error-code documents, and no errno rule of theirs maps it.");
                        continue;
                    }

                    if (code != asked)
                    {
                        output.WriteLine($"{asked} is no code; read as {code}, as a C API returns -errno or prints a code with a sign.");
                    }

                    if (entries.Count > 1)
                    {
                        output.WriteLine($"{code} is defined by {entries.Count} modules: {string.Join(", ", entries.Select(entry => entry.Module + " (" + entry.Edition + ")"))}.");
                    }

                    for (var i = 0; i < entries.Count; i++)
                    {
                        if (i != 0)
                        {
                            output.WriteLine();
                        }

                        Write(entries[i], output);
                    }
                }
            }

            return answers.All(answer => answer.Entries.Count != 0) ? ExitCodes.Success : ExitCodes.Failed;
        }

        /// <summary>
        /// The codes that <paramref name="text"/> asks about, as people paste them: a number (decimal, negative, hex),
        /// or text that holds one ("BusinessError 401", "errCode=0x2324EA"). Of several numbers, those a code word names
        /// are meant; of those, the known ones, else the first.
        /// </summary>
        public static List<int> CodesIn(string text, Func<int, bool> known)
        {
            var numbers = CodeText.Numbers(text);
            if (numbers.Count == 0 && CodeText.LongNumber(text) is { } tooLong)
            {
                // A code is a signed 32-bit number. One printed unsigned (4294967186) is the same bits as a negative
                // code, which hex reads: 0xFFFFFF92 is -110. Decimal is not read so, because annotate shares these rules
                // and a log's other large numbers (ids, sizes) would become codes.
                throw new InputException($"'{tooLong}' is past a code's range (a signed 32-bit number, -2147483648 to 2147483647); a code printed unsigned is read in hex, such as 0xFFFFFF92 for -110");
            }

            if (numbers.Count == 0)
            {
                throw new InputException($"'{text}' holds no code: a code is a whole number such as 2303210, -1 or 0x2324EA, or text that holds one, such as 'BusinessError 401'");
            }

            var named = numbers.Where(number => number.Named).ToList();
            var candidates = named.Count != 0 ? named : numbers;
            var knownOnes = candidates.Select(number => number.Value).Where(value => known(value) || (value < 0 && value != int.MinValue && known(-value))).Distinct().ToList();
            return knownOnes.Count != 0 ? knownOnes : new List<int> { candidates[0].Value };
        }

        private static void Write(PlatformEntry entry, TextWriter output)
        {
            var first = entry.First;
            output.WriteLine($"{first.Code} {first.Name}  {entry.Place(" · ")}{(first.IsDeprecated ? "  deprecated" : string.Empty)}");
            if (entry.ByRule)
            {
                Field("By rule", $"{entry.Module}'s document maps it to a kernel errno ({first.Name}); the kernel table's entry:", "  ", output);
            }

            Texts(entry, first, "  ", output);
            if (entry.Second is ErrorCodeInfo second)
            {
                output.WriteLine("  " + (second.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "In English:" : "In Chinese:"));
                Texts(entry, second, "    ", output);
            }

            Field("More", first.HelpLink ?? string.Empty, "  ", output);
        }

        private static void Texts(PlatformEntry entry, ErrorCodeInfo info, string indent, TextWriter output)
        {
            Field("Document", entry.DocumentOf(info) + " line " + info.Line, indent, output);
            Fields(info.Title, info.Message, info.Description, info.Causes, info.Remediation, info.Sections.Select(section => (section.Label, section.Text)), indent, output);
            foreach (var scenario in info.Scenarios)
            {
                Field("Scenario", $"{scenario.Title} (line {scenario.Line})", indent, output);
                Fields(string.Empty, scenario.Message, scenario.Description, scenario.Causes, scenario.Remediation, scenario.Sections.Select(section => (section.Label, section.Text)), indent + "  ", output);
            }
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
            Fields(texts.Title, texts.Message, texts.Description, texts.Causes, texts.Remediation, texts.Sections.Select(section => (section.Label, section.Text)), "  ", output);
            foreach (var scenario in texts.Scenarios)
            {
                Field("Scenario", $"{scenario.Title} (line {scenario.Line})", "  ", output);
                Fields(string.Empty, scenario.Message, scenario.Description, scenario.Causes, scenario.Remediation, scenario.Sections.Select(section => (section.Label, section.Text)), "    ", output);
            }
        }

        private static void Fields(string title, string message, string description, IReadOnlyList<string> causes, IReadOnlyList<string> remediation, IEnumerable<(string Label, string Text)> sections, string indent, TextWriter output)
        {
            Field("Title", title, indent, output);
            Field("Message", message, indent, output);
            Field("Description", description, indent, output);
            Items("Causes", causes, indent, output);
            Items("Steps", remediation, indent, output);
            foreach (var (label, text) in sections)
            {
                Field(label.Length == 0 ? "(untitled)" : label, text, indent, output);
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

        private static void Items(string label, IReadOnlyList<string> items, string indent, TextWriter output)
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
