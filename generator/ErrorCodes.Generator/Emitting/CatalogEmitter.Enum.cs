using System.Collections.Generic;
using ErrorCodes.Model;

namespace ErrorCodes.Generator.Emitting
{
    // The enum of the codes, with the documents' texts as its XML docs.
    internal sealed partial class CatalogEmitter
    {
        // A member's XML docs are for the IDE's hover, and the compiler copies them into the documentation file: a text
        // past this is cut there (a description of 50 MB cost the compiler 7.4 GB), and the full text stays in the data.
        private const int MaxDocText = 2000;

        private const int MaxDocItems = 30;

        private const int MaxDocScenarios = 10;

        private void WriteEnum()
        {
            var w = _writer;
            w.WriteLine("/// <summary>");
            Doc(string.Empty, CatalogTitle() + " (" + _catalog.SpecLanguage.SpecFile + ")", ".");
            w.WriteLine("/// </summary>");
            w.WriteLine("/// <remarks>Look codes up with <see cref=\"" + ClassName + "\"/>.</remarks>");
            w.WriteLine(GeneratedCodeAttribute);
            OpenBlock(Visibility + " enum " + EnumName + " : int");
            foreach (var member in _model.Members)
            {
                Separate();
                var entry = _catalog.Entries[member.Entry];
                WriteMemberDocs(entry);
                if (entry.IsDeprecated)
                {
                    var texts = entry.Texts[0];
                    var what = texts.Title.Length != 0 ? texts.Title : texts.Message;
                    w.WriteLine("[global::System.Obsolete(" + Escaping.Literal("Deprecated in " + _model.Languages[texts.Source].SpecFile + ": " + what) + ")]");
                }

                w.WriteLine(member.Name + " = " + Invariant(member.Code) + ",");
            }

            // Codes the names file records but the document dropped: the members stay, so that code using them compiles.
            foreach (var removed in _catalog.Removed)
            {
                Separate();
                var reason = "Removed from " + _catalog.SpecLanguage.SpecFile + ": the document no longer has code " + Invariant(removed.Code) + ". Its names file keeps the member; delete its line there to remove it.";
                w.WriteLine("/// <summary>Code " + Invariant(removed.Code) + ", which the document no longer has.</summary>");
                w.WriteLine("/// <remarks>" + string.Join(" ", Escaping.XmlLines(reason)) + "</remarks>");
                w.WriteLine("[global::System.Obsolete(" + Escaping.Literal(reason) + ")]");
                w.WriteLine(removed.MemberName + " = " + Invariant(removed.Code) + ",");
            }

            w.CloseBlock();
        }

        private void WriteMemberDocs(CodeEntry entry)
        {
            var w = _writer;
            var texts = entry.Texts[0];
            _docCut = false;
            w.WriteLine("/// <summary>");
            var summary = texts.Title.Length != 0 && texts.Message.Length != 0 ? texts.Title + ": " + texts.Message : texts.Title + texts.Message;
            Doc(string.Empty, summary.Length != 0 ? Cut(summary) : "Code " + Invariant(entry.Code) + ".", string.Empty);
            w.WriteLine("/// </summary>");
            w.WriteLine("/// <remarks>");
            if (texts.Description.Length != 0)
            {
                Doc("<para>Description: ", Cut(texts.Description), "</para>");
            }

            DocList("Possible causes:", "bullet", texts.Causes);
            DocList("Steps:", "number", texts.Remediation);
            DocSections(texts.Sections);
            for (var i = 0; i < texts.Scenarios.Count && i < MaxDocScenarios; i++)
            {
                var scenario = texts.Scenarios[i];
                Doc("<para>Scenario" + (scenario.Title.Length != 0 ? ": " : " " + Invariant(i + 1) + "."), Cut(scenario.Title), "</para>");
                if (scenario.Message.Length != 0)
                {
                    Doc("<para>Message: ", Cut(scenario.Message), "</para>");
                }

                if (scenario.Description.Length != 0)
                {
                    Doc("<para>Description: ", Cut(scenario.Description), "</para>");
                }

                DocList("Possible causes:", "bullet", scenario.Causes);
                DocList("Steps:", "number", scenario.Remediation);
                DocSections(scenario.Sections);
            }

            _docCut |= texts.Scenarios.Count > MaxDocScenarios;
            if (_docCut)
            {
                w.WriteLine("/// <para>Some of the text is cut short here; the entry (<see cref=\"" + ClassName + ".TryGetInfo(int, out global::ErrorCodes.ErrorCodeInfo)\"/>) has all of it.</para>");
            }

            if (entry.InDelRegion)
            {
                w.WriteLine("/// <para>In a &lt;!--Del--&gt; region: one edition of the docs leaves this code out.</para>");
            }

            Doc("<para>", string.Join("; ", Sources(entry)) + ".", "</para>");
            if (_catalog.HelpLink(entry.Code) is { } link)
            {
                w.WriteLine("/// <para>More: <see href=\"" + XmlText(link) + "\">" + XmlText(link) + "</see></para>");
            }

            w.WriteLine("/// </remarks>");
        }

        // Where each document that has the code states it: "../zh/x.md, line 7; ../en/x.md, line 9".
        private List<string> Sources(CodeEntry entry)
        {
            var sources = new List<string>();
            var seen = new HashSet<int>();
            foreach (var texts in entry.Texts)
            {
                if (seen.Add(texts.Source))
                {
                    sources.Add(_model.Languages[texts.Source].SpecFile + ", line " + Invariant(texts.Line));
                }
            }

            return sources;
        }

        private void DocSections(EquatableArray<CodeSection> sections)
        {
            foreach (var section in sections)
            {
                Doc("<para>" + (section.Label.Length != 0 ? XmlText(Cut(section.Label)) + ": " : string.Empty), Cut(section.Text), "</para>");
            }
        }

        private void DocList(string label, string type, EquatableArray<string> items)
        {
            if (items.Count == 0)
            {
                return;
            }

            var w = _writer;
            w.WriteLine("/// <para>" + label + "</para>");
            w.WriteLine("/// <list type=\"" + type + "\">");
            for (var i = 0; i < items.Count && i < MaxDocItems; i++)
            {
                Doc("<item><description>", Cut(items[i]), "</description></item>");
            }

            _docCut |= items.Count > MaxDocItems;
            w.WriteLine("/// </list>");
        }

        // A text as the XML docs show it: at most MaxDocText characters, cut before a surrogate pair's second half.
        private string Cut(string text)
        {
            if (text.Length <= MaxDocText)
            {
                return text;
            }

            _docCut = true;
            var length = char.IsHighSurrogate(text[MaxDocText - 1]) ? MaxDocText - 1 : MaxDocText;
            return text.Substring(0, length) + " …";
        }
    }
}
