using System.Collections.Generic;
using ErrorCodes.Model;

namespace ErrorCodes.Generator.Emitting
{
    // A catalog that keeps its texts as UTF-8 data: the texts in a nested class, decoded together on first use, and
    // the entries as a table of numbers made into entries by a loop. Such catalogs are the largest of a project, so
    // nothing here grows the code with the catalog: an entry made by code of its own costs the JIT on first use (for
    // 24,000 entries, 3.8 of the 4.3 seconds the first lookup took that way).
    internal sealed partial class CatalogEmitter
    {
        private const int SameOrSpecialFlag = 4;

        // The entries of one language as a table, and the loop that makes them.
        private void WriteEntryTable(int language)
        {
            var w = _writer;
            var suffix = _model.Languages[language].Suffix;
            var special = new List<int>();
            var rows = new List<string>(_catalog.Entries.Count);
            for (var i = 0; i < _catalog.Entries.Count; i++)
            {
                var entry = _catalog.Entries[i];
                var texts = entry.Texts[language];
                var isSpecial = EarlierLanguageWithSameTexts(entry, language) >= 0 || texts.Sections.Count != 0 || texts.Scenarios.Count != 0;
                var flags = (entry.IsDeprecated ? 1 : 0) | (entry.InDelRegion ? 2 : 0) | (isSpecial ? SameOrSpecialFlag : 0);
                var row = new List<int> { entry.Code, texts.Line, flags, texts.Source };
                if (isSpecial)
                {
                    special.Add(i);
                }
                else
                {
                    row.Add(_utf8!.Number(entry.MemberName));
                    row.Add(TextNumber(texts.Title));
                    row.Add(TextNumber(texts.Message));
                    row.Add(TextNumber(texts.Description));
                    AddNumbers(row, texts.Causes);
                    AddNumbers(row, texts.Remediation);
                }

                var cells = new List<string>(row.Count);
                foreach (var cell in row)
                {
                    cells.Add(Invariant(cell));
                }

                rows.Add("    " + string.Join(", ", cells) + ",");
            }

            w.WriteLine("""
                // One row an entry, in document order: its code, line, flags (1: deprecated, 2: in a Del region, 4: made by
                // CreateOtherEntries) and the language its texts come from; then the numbers in Texts.All of its name, title,
                // message and description (-1: none), and its causes and steps, each list after its count.
                """);
            w.WriteLine("private static readonly int[] s_entryData" + suffix + " =");
            w.WriteLine("{");
            foreach (var row in rows)
            {
                w.WriteLine(row);
            }

            w.WriteLine("};");
            Separate();
            w.WriteLine("private static readonly " + Info + "[] s_all" + suffix + " = CreateEntries" + suffix + "();");
            Separate();
            var specFiles = new List<string>();
            var languages = new List<string>();
            foreach (var each in _model.Languages)
            {
                specFiles.Add("SpecFile" + each.Suffix);
                languages.Add("Language" + each.Suffix);
            }

            w.WriteLine($$"""
                private static {{Info}}[] CreateEntries{{suffix}}()
                {
                    var data = s_entryData{{suffix}};
                    var specFiles = new[] { {{string.Join(", ", specFiles)}} };
                    var languages = new[] { {{string.Join(", ", languages)}} };
                    var all = new {{Info}}[{{Invariant(_catalog.Entries.Count)}}];
                    var at = 0;
                    for (var i = 0; i < all.Length; i++)
                    {
                        var flags = data[at + 2];
                        if ((flags & {{Invariant(SameOrSpecialFlag)}}) != 0)
                        {
                            at += 4;
                            continue;
                        }

                        var remediation = at + 9 + data[at + 8];
                        all[i] = new {{Info}}(new {{Info}}Fields
                        {
                            Code = data[at],
                            Name = {{Utf8Texts.ClassName}}.At(data[at + 4]),
                            Title = {{Utf8Texts.ClassName}}.At(data[at + 5]),
                            Message = {{Utf8Texts.ClassName}}.At(data[at + 6]),
                            Description = {{Utf8Texts.ClassName}}.At(data[at + 7]),
                            Causes = {{Utf8Texts.ClassName}}.Items(data, at + 8),
                            Remediation = {{Utf8Texts.ClassName}}.Items(data, remediation),
                            SpecFile = specFiles[data[at + 3]],
                            Line = data[at + 1],
                            Language = languages[data[at + 3]],
                            IsDeprecated = (flags & 1) != 0,
                            InDelRegion = (flags & 2) != 0,{{(_catalog.HelpLinkFormat != null ? "\n            HelpLink = HelpLink(data[at])," : string.Empty)}}
                        });
                        at = remediation + 1 + data[remediation];
                    }
                {{(special.Count != 0 ? "\n    CreateOtherEntries" + suffix + "(all);" : string.Empty)}}
                    return all;
                }
                """);
            if (special.Count != 0)
            {
                WriteOtherEntries(language, special);
            }
        }

        // The entries the table leaves out: those with sections or scenarios, and those that are an earlier language's.
        private void WriteOtherEntries(int language, List<int> indexes)
        {
            var suffix = _model.Languages[language].Suffix;
            Separate();
            OpenBlock("private static void CreateOtherEntries" + suffix + "(" + Info + "[] all)");
            WritePartCalls(indexes.Count, "CreateOtherEntries" + suffix);
            _writer.CloseBlock();
            WriteParts(language, indexes, "CreateOtherEntries" + suffix);
        }

        private int TextNumber(string text) => text.Length == 0 ? -1 : _utf8!.Number(text);

        private void AddNumbers(List<int> row, EquatableArray<string> items)
        {
            row.Add(items.Count);
            foreach (var item in items)
            {
                row.Add(_utf8!.Number(item));
            }
        }

        // Written after everything that numbers texts.
        private void WriteTextsClass()
        {
            var w = _writer;
            var literals = _utf8!.Literals();
            var lengths = new List<string>();
            foreach (var length in _utf8.Lengths())
            {
                lengths.Add(Invariant(length));
            }

            Separate();
            w.WriteLine("""
                // The entries' texts, each distinct text once, decoded on first use of the catalog. They are kept as UTF-8 data
                // rather than string literals because an assembly holds at most 16 MB of string literals, and the project's
                // catalogs have more text than that allows.
                """);
            OpenBlock("private static class " + Utf8Texts.ClassName);
            _separate = false;
            Separate();
            w.WriteLine("// The length in bytes of each text in Utf8, in order.");
            WriteArray("private static readonly int[] s_lengths", lengths, IntsPerLine);
            Separate();
            w.WriteLine("public static readonly string[] All = Decode();");
            Separate();
            w.WriteLine("private static global::System.ReadOnlySpan<byte> Utf8 =>");
            for (var i = 0; i < literals.Count; i++)
            {
                w.WriteLine("    " + literals[i] + (i == literals.Count - 1 ? ";" : " +"));
            }

            var fixUps = new List<string>();
            for (var i = 0; i < _utf8.All.Count; i++)
            {
                if (!Utf8Texts.HasUtf8(_utf8.All[i]))
                {
                    fixUps.Add("all[" + Invariant(i) + "] = " + Escaping.Literal(_utf8.All[i]) + ";");
                }
            }

            Separate();
            w.WriteLine($$"""
                // A text by its number, or empty for -1.
                public static string At(int number) => number < 0 ? string.Empty : All[number];

                // The texts whose count is at data[index] and whose numbers follow it.
                public static string[] Items(int[] data, int index)
                {
                    var items = new string[data[index]];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = All[data[index + 1 + i]];
                    }

                    return items;
                }

                private static string[] Decode()
                {
                    var utf8 = Utf8;
                    var all = new string[s_lengths.Length];
                    var offset = 0;
                    for (var i = 0; i < all.Length; i++)
                    {
                        all[i] = global::System.Text.Encoding.UTF8.GetString(utf8.Slice(offset, s_lengths[i]){{(_model.Options.SpanDecoding ? string.Empty : ".ToArray()")}});
                        offset += s_lengths[i];
                    }
                {{(fixUps.Count != 0 ? "\n    // Texts with an unpaired surrogate, which UTF-8 cannot hold.\n    " + string.Join("\n    ", fixUps) + "\n" : string.Empty)}}
                    return all;
                }
                """);
            w.CloseBlock();
        }
    }
}
