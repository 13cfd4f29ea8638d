using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorCodes.Model;

namespace ErrorCodes.Tool.Site
{
    // A code's page: its entries in each language, the other modules of its number, and its documents' lines.
    internal sealed partial class SitePages
    {
        private static string Marks(CodeEntry entry, string language) =>
            (entry.IsDeprecated ? $" <span class=\"mark deprecated\">{Html(Word("Deprecated", language))}</span>" : string.Empty)
            + (entry.InDelRegion ? $" <span class=\"mark del\">{Html(Word("Del", language))}</span>" : string.Empty);

        private string CodePage(SiteModule module, List<CodeEntry> entries)
        {
            var code = entries[0].Code;
            var languages = module.Catalog.Languages;
            var body = new StringBuilder();
            body.Append($"<nav class=\"crumbs\" aria-label=\"breadcrumb\"><a href=\"../index.html\">{Html(_site.Title)}</a>{(module.Kit.Length != 0 ? " › " + Html(module.Kit) : string.Empty)} › <a href=\"index.html\">{Each(module, i => Html(ModuleTitle(module, i)), "span")}</a></nav>\n");
            body.Append("<article class=\"code\">\n");
            for (var i = 0; i < languages.Count; i++)
            {
                var language = languages[i].Language;
                var attributes = languages.Count > 1 ? $" class=\"t\" lang=\"{Html(language)}\"" : $" lang=\"{Html(language)}\"";
                body.Append($"<div{attributes}>\n");
                foreach (var entry in entries)
                {
                    Entry(body, module, entry, i, language);
                }

                body.Append("</div>\n");
            }

            if (_site.Definers[code].Where(other => other != module).ToList() is { Count: > 0 } others)
            {
                body.Append($"<section class=\"others\"><h2>{Words("AlsoDefined")}</h2>\n<ul>\n");
                foreach (var other in others)
                {
                    var title = Each(other, i => Html(other.Codes.First(codes => codes[0].Code == code)[0].Texts[i].Title), "span");
                    body.Append($"<li><a href=\"../{Href(other.Slug)}/{Number(code)}.html\">{Each(other, i => Html(ModuleTitle(other, i)), "span")}</a>: {title}</li>\n");
                }

                body.Append("</ul>\n</section>\n");
            }

            body.Append($"<section class=\"source\"><h2>{Words("Source")}</h2>\n<ul>\n");
            foreach (var entry in entries)
            {
                foreach (var source in entry.Texts.Select(texts => (texts.Source, texts.Line)).Distinct())
                {
                    var document = languages[source.Source];
                    var upstream = module.Property(IsChinese(document.Language) || source.Source == 0 ? "Source" : "SourceEn");
                    body.Append($"<li lang=\"{Html(document.Language)}\"><code>{Html(upstream.Length != 0 ? upstream : _site.Shown(module, source.Source))}</code>, {Words("Line", source.Line)}</li>\n");
                }
            }

            body.Append("</ul>\n</section>\n</article>\n");
            var titles = Enumerable.Range(0, languages.Count).ToDictionary(
                i => languages[i].Language,
                i => Number(code) + " " + (entries[0].Texts[i].Title.Length != 0 ? entries[0].Texts[i].Title : entries[0].Texts[i].Message) + " · " + ModuleTitle(module, i));
            return Page(module.Slug + "/" + Number(code) + ".html", titles[languages[0].Language], body.ToString(), titles);
        }

        private static void Entry(StringBuilder body, SiteModule module, CodeEntry entry, int index, string language)
        {
            var texts = entry.Texts[index];
            body.Append($"<h1><span class=\"num\">{Number(entry.Code)}</span> {Html(texts.Title)}</h1>\n");
            if (entry.IsDeprecated || entry.InDelRegion)
            {
                body.Append($"<p class=\"marks\">{Marks(entry, language).Trim()}</p>\n");
            }

            body.Append($"<dl class=\"facts\"><dt>{Html(Word("Module", language))}</dt><dd><a href=\"index.html\">{Html(ModuleTitle(module, index))}</a>{(module.Kit.Length != 0 ? " · " + Html(module.Kit) : string.Empty)}{(module.Edition.Length != 0 ? " · " + Html(module.Edition) : string.Empty)}</dd>");
            // The member as C# names it, with its namespace where a project's Namespace metadata gives it.
            var type = (module.NamespaceKnown ? module.Catalog.Namespace + "." : string.Empty) + module.Catalog.EnumName;
            body.Append($"<dt>C#</dt><dd><code>{Html(type + "." + entry.MemberName)}</code></dd></dl>\n");
            Fields(body, texts.Message, texts.Description, texts.Causes, texts.Remediation, texts.Sections, language, "h2");
            foreach (var scenario in texts.Scenarios)
            {
                body.Append($"<section class=\"scenario\"><h2>{Html(Word("Scenario", language))}: {Html(scenario.Title)}</h2>\n");
                Fields(body, scenario.Message, scenario.Description, scenario.Causes, scenario.Remediation, scenario.Sections, language, "h3");
                body.Append("</section>\n");
            }
        }

        private static void Fields(StringBuilder body, string message, string description, EquatableArray<string> causes, EquatableArray<string> remediation, EquatableArray<CodeSection> sections, string language, string heading)
        {
            if (message.Length != 0)
            {
                body.Append($"<section class=\"message\"><{heading}>{Html(Word("Message", language))}</{heading}><p class=\"text\">{Html(message)}</p></section>\n");
            }

            if (description.Length != 0)
            {
                body.Append($"<section class=\"description\"><{heading}>{Html(Word("Description", language))}</{heading}><p class=\"text\">{Html(description)}</p></section>\n");
            }

            List(body, "causes", Word("Causes", language), causes, heading);
            List(body, "steps", Word("Steps", language), remediation, heading);
            foreach (var section in sections)
            {
                var label = section.Label.Length != 0 ? section.Label : string.Empty;
                body.Append($"<section class=\"extra\">{(label.Length != 0 ? $"<{heading}>{Html(label)}</{heading}>" : string.Empty)}<p class=\"text\">{Html(section.Text)}</p></section>\n");
            }
        }

        private static void List(StringBuilder body, string kind, string label, EquatableArray<string> items, string heading)
        {
            if (items.Count == 0)
            {
                return;
            }

            body.Append($"<section class=\"{kind}\"><{heading}>{Html(label)}</{heading}>\n<ol>\n");
            foreach (var item in items)
            {
                body.Append($"<li class=\"text\">{Html(item)}</li>\n");
            }

            body.Append("</ol>\n</section>\n");
        }
    }
}
