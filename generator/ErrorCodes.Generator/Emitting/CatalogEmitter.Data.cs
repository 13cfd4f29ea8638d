using System.Collections.Generic;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Model;

namespace ErrorCodes.Generator.Emitting
{
    // The data: every entry in each language, the lookup table's slots, and the catalog object.
    internal sealed partial class CatalogEmitter
    {
        private const int IntsPerLine = 10;
        private const int ReferencesPerLine = 8;
        private const int MessagesPerLine = 4;

        // Entries made by one method, in a catalog that has more (see WriteEntriesInMethods).
        private const int EntriesPerMethod = 256;

        private void WriteData()
        {
            var w = _writer;
            Separate();
            foreach (var language in _model.Languages)
            {
                w.WriteLine("private const string SpecFile" + language.Suffix + " = " + Escaping.Literal(language.SpecFile) + ";");
                w.WriteLine("private const string Language" + language.Suffix + " = " + Escaping.Literal(language.Tag) + ";");
            }

            if (_catalog.HelpLinkFormat != null)
            {
                WriteHelpLink(_catalog.HelpLinkFormat);
            }

            for (var i = 0; i < _model.Languages.Count; i++)
            {
                WriteEntries(i);
            }

            Separate();
            w.WriteLine(_model.Lookup.Kind == LookupKind.BinarySearch
                ? "// The codes in ascending order, for a binary search (see FindSlot), and their entries."
                : """
                  // The slots of the lookup table (see SlotOf). Every slot holds a real code and its entry; a slot with no
                  // code of its own holds one that lands elsewhere, so the key check rejects any code it gets.
                  """);
            WriteArray("private static readonly int[] s_keys", ToStrings(_model.Lookup.Keys), IntsPerLine);
            if (_catalog.Entries.Count > EntriesPerMethod)
            {
                WriteSlotsByLoop();
            }
            else
            {
                foreach (var language in _model.Languages)
                {
                    Separate();
                    WriteArray("private static readonly " + Info + "[] s_infos" + language.Suffix, Slots("s_all" + language.Suffix, string.Empty), ReferencesPerLine);
                    Separate();
                    WriteArray("private static readonly string[] s_messages" + language.Suffix, Slots("s_all" + language.Suffix, ".Message"), MessagesPerLine);
                }
            }

            if (IsMultilingual)
            {
                Separate();
                w.WriteLine("private static readonly global::ErrorCodes.CatalogLanguages s_languageChoice = new global::ErrorCodes.CatalogLanguages(" + LanguagesArray() + ");");
            }

            Separate();
            w.WriteLine("private static readonly " + StringList + " s_noItems = new string[0];");
            if (_utf8 != null)
            {
                WriteTextsClass();
            }
        }

        // The languages' constants, the spec's own first: new string[] { Language, LanguageEn }.
        private string LanguagesArray()
        {
            var names = new List<string>();
            foreach (var language in _model.Languages)
            {
                names.Add("Language" + language.Suffix);
            }

            return "new string[] { " + string.Join(", ", names) + " }";
        }

        // A text of the spec as the entries take it: a string literal, or, for a catalog that keeps its texts as data,
        // its element of Texts.All.
        private string Text(string text) => _utf8 != null ? _utf8.Expression(text) : Escaping.Literal(text);

        private string Texts(EquatableArray<string> items)
        {
            if (_utf8 == null)
            {
                return Escaping.StringArray(items);
            }

            var expressions = new List<string>(items.Count);
            foreach (var item in items)
            {
                expressions.Add(_utf8.Expression(item));
            }

            return "new string[] { " + string.Join(", ", expressions) + " }";
        }

        private void WriteEntries(int language)
        {
            var w = _writer;
            var suffix = _model.Languages[language].Suffix;
            Separate();
            w.WriteLine(language == 0
                ? "// Every entry of the spec, in document order; made once, on first use of the class."
                : "// The entries in " + Escaping.SingleLine(_model.Languages[language].Tag) + ", from " + Escaping.SingleLine(_model.Languages[language].SpecFile) + "; a code or field that document lacks is the other language's.");
            if (_utf8 != null)
            {
                WriteEntryTable(language);
                return;
            }

            if (_catalog.Entries.Count > EntriesPerMethod)
            {
                WriteEntriesInMethods(language);
                return;
            }

            w.WriteLine("private static readonly " + Info + "[] s_all" + suffix + " =");
            w.WriteLine("{");
            for (var i = 0; i < _catalog.Entries.Count; i++)
            {
                w.WriteLine(Indent(EntryExpression(language, i)) + ",");
            }

            w.WriteLine("};");
        }

        // A large catalog's entries are made by methods of EntriesPerMethod entries each, called in turn: in one array
        // initializer, the class's static constructor would grow with the catalog, and its stack frame with it. A
        // catalog of 100,000 codes overflowed the stack on first use that way.
        private void WriteEntriesInMethods(int language)
        {
            var w = _writer;
            var suffix = _model.Languages[language].Suffix;
            var count = _catalog.Entries.Count;
            var indexes = new List<int>(count);
            for (var i = 0; i < count; i++)
            {
                indexes.Add(i);
            }

            w.WriteLine("private static readonly " + Info + "[] s_all" + suffix + " = CreateEntries" + suffix + "();");
            Separate();
            OpenBlock("private static " + Info + "[] CreateEntries" + suffix + "()");
            w.WriteLine("var all = new " + Info + "[" + Invariant(count) + "];");
            WritePartCalls(indexes.Count, "CreateEntries" + suffix);
            w.WriteLine("return all;");
            w.CloseBlock();
            WriteParts(language, indexes, "CreateEntries" + suffix);
        }

        // Calls, in turn, the methods WriteParts writes.
        private void WritePartCalls(int count, string name)
        {
            for (var start = 0; start < count; start += EntriesPerMethod)
            {
                _writer.WriteLine(name + "_" + Invariant(start / EntriesPerMethod) + "(all);");
            }
        }

        // Methods name_0, name_1, … that each make EntriesPerMethod of the entries at indexes, into all.
        private void WriteParts(int language, List<int> indexes, string name)
        {
            for (var start = 0; start < indexes.Count; start += EntriesPerMethod)
            {
                Separate();
                OpenBlock("private static void " + name + "_" + Invariant(start / EntriesPerMethod) + "(" + Info + "[] all)");
                for (var i = start; i < indexes.Count && i < start + EntriesPerMethod; i++)
                {
                    _writer.WriteLine("all[" + Invariant(indexes[i]) + "] = " + EntryExpression(language, indexes[i]) + ";");
                }

                _writer.CloseBlock();
            }

            _separate = true;
        }

        // A large catalog's slots are filled by a loop over the entry of each slot, for the reason its entries are made
        // by methods of their own (see WriteEntriesInMethods).
        private void WriteSlotsByLoop()
        {
            var w = _writer;
            var entries = new List<string>(_model.Lookup.Entries.Count);
            foreach (var entry in _model.Lookup.Entries)
            {
                entries.Add(Invariant(entry));
            }

            Separate();
            w.WriteLine("// The index in s_all of each slot's entry.");
            WriteArray("private static readonly int[] s_slotEntries", entries, IntsPerLine);
            foreach (var language in _model.Languages)
            {
                Separate();
                w.WriteLine("private static readonly " + Info + "[] s_infos" + language.Suffix + " = EntriesBySlot(s_all" + language.Suffix + ");");
                Separate();
                w.WriteLine("private static readonly string[] s_messages" + language.Suffix + " = MessagesBySlot(s_infos" + language.Suffix + ");");
            }

            Separate();
            w.WriteLine($$"""
                private static {{Info}}[] EntriesBySlot({{Info}}[] all)
                {
                    var bySlot = new {{Info}}[s_slotEntries.Length];
                    for (var slot = 0; slot < bySlot.Length; slot++)
                    {
                        bySlot[slot] = all[s_slotEntries[slot]];
                    }

                    return bySlot;
                }

                private static string[] MessagesBySlot({{Info}}[] infos)
                {
                    var messages = new string[infos.Length];
                    for (var slot = 0; slot < messages.Length; slot++)
                    {
                        messages[slot] = infos[slot].Message;
                    }

                    return messages;
                }
                """);
        }

        // The HelpLinkFormat metadata as a method, so that a catalog holds the address once rather than once a code.
        private void WriteHelpLink(string format)
        {
            var parts = new List<string>();
            var pieces = format.Split(new[] { CatalogOptions.HelpLinkCode }, System.StringSplitOptions.None);
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i != 0)
                {
                    parts.Add("code.ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
                }

                if (pieces[i].Length != 0)
                {
                    parts.Add(Escaping.Literal(pieces[i]));
                }
            }

            Separate();
            _writer.WriteLine("// The page of a code in the error index, from the HelpLinkFormat metadata.");
            _writer.WriteLine("private static string HelpLink(int code) => " + string.Join(" + ", parts) + ";");
        }

        // An entry in one language: made here, or the earlier language's when the texts are the same.
        private string EntryExpression(int language, int index)
        {
            var entry = _catalog.Entries[index];
            var earlier = EarlierLanguageWithSameTexts(entry, language);
            return earlier >= 0 ? "s_all" + _model.Languages[earlier].Suffix + "[" + Invariant(index) + "]" : NewInfo(entry, entry.Texts[language]);
        }

        // A code a document lacks has the other document's texts: the same entry serves both languages.
        private static int EarlierLanguageWithSameTexts(CodeEntry entry, int language)
        {
            for (var earlier = 0; earlier < language; earlier++)
            {
                if (entry.Texts[earlier] == entry.Texts[language])
                {
                    return earlier;
                }
            }

            return -1;
        }

        // Through the runtime's fields struct, which lets the runtime add a field without a new constructor: each field
        // on its line, and none left at its default.
        private string NewInfo(CodeEntry entry, CodeTexts texts)
        {
            var source = _model.Languages[texts.Source].Suffix;
            var fields = new List<string>
            {
                "Code = " + Invariant(entry.Code),
                "Name = " + Text(entry.MemberName),
            };
            AddText(fields, "Title", texts.Title);
            AddText(fields, "Message", texts.Message);
            AddText(fields, "Description", texts.Description);
            AddItems(fields, "Causes", texts.Causes);
            AddItems(fields, "Remediation", texts.Remediation);
            fields.Add("SpecFile = SpecFile" + source);
            fields.Add("Line = " + Invariant(texts.Line));
            fields.Add("Language = Language" + source);
            if (entry.IsDeprecated)
            {
                fields.Add("IsDeprecated = true");
            }

            if (entry.InDelRegion)
            {
                fields.Add("InDelRegion = true");
            }

            AddSections(fields, texts.Sections);
            if (_catalog.HelpLinkFormat != null)
            {
                fields.Add("HelpLink = HelpLink(" + Invariant(entry.Code) + ")");
            }

            if (texts.Scenarios.Count != 0)
            {
                var scenarios = new List<string>();
                foreach (var scenario in texts.Scenarios)
                {
                    scenarios.Add(NewScenario(scenario));
                }

                fields.Add("Scenarios = " + ArrayOf("global::ErrorCodes.ErrorCodeScenario", scenarios));
            }

            return New(Info, fields);
        }

        private string NewScenario(CodeScenario scenario)
        {
            var fields = new List<string> { "Title = " + Text(scenario.Title) };
            AddText(fields, "Message", scenario.Message);
            AddText(fields, "Description", scenario.Description);
            AddItems(fields, "Causes", scenario.Causes);
            AddItems(fields, "Remediation", scenario.Remediation);
            AddSections(fields, scenario.Sections);
            fields.Add("Line = " + Invariant(scenario.Line));
            return New("global::ErrorCodes.ErrorCodeScenario", fields);
        }

        private void AddSections(List<string> fields, EquatableArray<CodeSection> sections)
        {
            if (sections.Count == 0)
            {
                return;
            }

            var items = new List<string>();
            foreach (var section in sections)
            {
                items.Add("new global::ErrorCodes.ErrorCodeSection(" + Text(section.Label) + ", " + Text(section.Text) + ")");
            }

            fields.Add("Sections = " + ArrayOf("global::ErrorCodes.ErrorCodeSection", items));
        }

        // A runtime object made from its fields struct (the type's name with Fields after it), one field a line.
        private static string New(string type, List<string> fields) =>
            "new " + type + "(new " + type + "Fields\n{\n    " + string.Join(",\n", fields).Replace("\n", "\n    ") + ",\n})";

        private static string ArrayOf(string type, List<string> items) => "new " + type + "[]\n{\n    " + string.Join(",\n", items).Replace("\n", "\n    ") + ",\n}";

        private void AddText(List<string> fields, string name, string text)
        {
            if (text.Length != 0)
            {
                fields.Add(name + " = " + Text(text));
            }
        }

        private void AddItems(List<string> fields, string name, EquatableArray<string> items)
        {
            if (items.Count != 0)
            {
                fields.Add(name + " = " + Texts(items));
            }
        }

        private List<string> Slots(string entries, string member)
        {
            var items = new List<string>(_model.Lookup.Entries.Count);
            foreach (var entry in _model.Lookup.Entries)
            {
                items.Add(entries + "[" + Invariant(entry) + "]" + member);
            }

            return items;
        }

        private void WriteArray(string declaration, IReadOnlyList<string> items, int perLine)
        {
            var w = _writer;
            if (items.Count == 0)
            {
                w.WriteLine(declaration + " = { };");
                return;
            }

            w.WriteLine(declaration + " =");
            w.WriteLine("{");
            for (var start = 0; start < items.Count; start += perLine)
            {
                var line = new List<string>();
                for (var i = start; i < items.Count && i < start + perLine; i++)
                {
                    line.Add(items[i]);
                }

                w.WriteLine("    " + string.Join(", ", line) + ",");
            }

            w.WriteLine("};");
        }

        private static List<string> ToStrings(EquatableArray<int> values)
        {
            var items = new List<string>(values.Count);
            foreach (var value in values)
            {
                items.Add(Invariant(value));
            }

            return items;
        }

        private static string Indent(string text) => "    " + text.Replace("\n", "\n    ");
    }
}
