using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ErrorCodes.Model;

namespace ErrorCodes.Tool.Site
{
    /// <summary>
    /// The site's files, by path under its folder: <c>index.html</c>, each module's <c>&lt;document&gt;/index.html</c>,
    /// each code's <c>&lt;document&gt;/&lt;code&gt;.html</c>, the style, the script and the search index. Every text from a
    /// document goes through <see cref="Html"/>; nothing from a document is ever markup.
    /// </summary>
    internal sealed class SitePages
    {
        public const string SearchIndexFile = "search-index.js";

        // The words of the site itself, in Chinese and in English; a document's language picks one.
        private static readonly Dictionary<string, (string Chinese, string English)> s_words = new()
        {
            ["Message"] = ("错误信息", "Message"),
            ["Description"] = ("错误描述", "Description"),
            ["Causes"] = ("可能原因", "Possible causes"),
            ["Steps"] = ("处理步骤", "Steps"),
            ["Scenario"] = ("场景", "Scenario"),
            ["Deprecated"] = ("已废弃", "Deprecated"),
            ["Del"] = ("仅系统接口（文档的 Del 区域）", "System API only (a Del region of the document)"),
            ["Codes"] = ("错误码", "Codes"),
            ["Code"] = ("错误码", "Code"),
            ["Title"] = ("标题", "Title"),
            ["Notes"] = ("说明", "Notes"),
            ["AlsoDefined"] = ("同一错误码也由这些模块定义", "Also defined by"),
            ["Source"] = ("来源", "Source"),
            ["Line"] = ("第 {0} 行", "line {0}"),
            ["CodeCount"] = ("{0} 个错误码", "{0} codes"),
            ["OneCode"] = ("1 个错误码", "1 code"),
            ["Name"] = ("成员名", "Member name"),
            ["Module"] = ("模块", "Module"),
            ["Modules"] = ("模块", "Modules"),
            ["Other"] = ("其他", "Other"),
            ["Search"] = ("搜索错误码", "Search the codes"),
            ["SearchHint"] = ("错误码（十进制或 0x 十六进制）、含错误码的文本，或中英文关键词", "A code (decimal or 0x hex), text that holds one, or words in Chinese or English"),
            ["Placeholder"] = ("错误码或关键词", "Code or words"),
            ["Skip"] = ("跳到正文", "Skip to content"),
            ["Language"] = ("语言", "Language"),
            ["NoScript"] = ("搜索需要 JavaScript；下面按 Kit 列出了每个模块。", "Search needs JavaScript; every module is listed below by kit."),
        };

        private static readonly JsonSerializerOptions s_json = new()
        {
            // Chinese stays readable and small; the characters HTML treats specially are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };

        private readonly SiteModel _site;

        public SitePages(SiteModel site) => _site = site;

        /// <summary>Every file of the site: its path under the site's folder, with '/', and its text.</summary>
        public SortedDictionary<string, string> All()
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["index.html"] = Index(),
                ["site.css"] = Asset("site.css") + LanguageRules(),
                ["site.js"] = Asset("site.js"),
                [SearchIndexFile] = SearchIndex(),
            };
            foreach (var module in _site.Modules)
            {
                files[module.Slug + "/index.html"] = ModulePage(module);
                foreach (var entries in module.Codes)
                {
                    files[module.Slug + "/" + Number(entries[0].Code) + ".html"] = CodePage(module, entries);
                }
            }

            files["404.html"] = NotFound();
            if (_site.BaseUrl != null)
            {
                files["sitemap.xml"] = Sitemap(files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal) && path != "404.html"));
            }

            return files;
        }

        // What a static host (GitHub Pages, Netlify, S3 and others) serves for a path it does not have, at that path: a
        // page of its own, since its depth is unknown. The link of a code that an edition dropped, <document>/<code>.html,
        // lands on a search for the code, which finds it where another module defines it.
        private string NotFound()
        {
            var home = _site.BaseUrl != null ? Html(_site.BaseUrl) + "index.html" : "/";
            var lines = string.Join("\n", _site.Languages.Select(language => IsChinese(language)
                ? $"<p lang=\"{Html(language)}\">此页不存在。</p>"
                : $"<p lang=\"{Html(language)}\">This page is not here.</p>").Distinct());
            var baseUrl = JsonSerializer.Serialize(_site.BaseUrl ?? string.Empty, s_json);
            return "<!DOCTYPE html>\n<html lang=\"" + Html(_site.Languages[0]) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + $"<title>404 · {Html(_site.Title)}</title>\n"
                + "<style>body { font: 16px/1.6 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; }</style>\n"
                + "<script>\n"
                + "// The page of a code is <root>/<document>/<code>.html: the root is two steps up, and the search is for the code.\n"
                + "(function () {\n"
                + "  var base = " + baseUrl + ";\n"
                + "  var match = /\\/[^\\/]+\\/(-?\\d+)\\.html$/.exec(window.location.pathname);\n"
                + "  if (match) {\n"
                + "    window.location.replace((base || window.location.pathname.slice(0, match.index + 1)) + 'index.html?q=' + match[1]);\n"
                + "  }\n"
                + "})();\n"
                + "</script>\n</head>\n<body>\n"
                + lines + "\n"
                + $"<p><a href=\"{home}\">{Html(_site.Title)}</a></p>\n"
                + "</body>\n</html>\n";
        }

        // Every page, for the search engines that read a sitemap: each at its address under the site's base.
        private string Sitemap(IEnumerable<string> pages)
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var page in pages)
            {
                xml.Append("  <url><loc>").Append(Html(_site.BaseUrl + page)).Append("</loc></url>\n");
            }

            return xml.Append("</urlset>\n").ToString();
        }

        /// <summary>The text as HTML text or an attribute's value: every character markup reads is escaped.</summary>
        public static string Html(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }

        private static string Number(int code) => code.ToString(CultureInfo.InvariantCulture);

        private static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

        private static string Word(string key, string language) => IsChinese(language) ? s_words[key].Chinese : s_words[key].English;

        // A word of the site in each of its languages, the one shown following the reader's choice.
        private string Words(string key, params object[] arguments)
        {
            if (_site.Languages.Count < 2)
            {
                return Html(string.Format(CultureInfo.InvariantCulture, Word(key, _site.Languages[0]), arguments));
            }

            return string.Concat(_site.Languages.Select(language =>
                $"<span class=\"t\" lang=\"{Html(language)}\">{Html(string.Format(CultureInfo.InvariantCulture, Word(key, language), arguments))}</span>"));
        }

        // One text of a module in each of its languages: once when they read the same, else a block a language.
        private static string Each(SiteModule module, Func<int, string> text, string element, string attributes = "")
        {
            var languages = module.Catalog.Languages;
            var texts = Enumerable.Range(0, languages.Count).Select(text).ToList();
            if (texts.Distinct(StringComparer.Ordinal).Count() == 1)
            {
                var lang = languages.Count == 1 ? $" lang=\"{Html(languages[0].Language)}\"" : string.Empty;
                return $"<{element}{attributes}{lang}>{texts[0]}</{element}>";
            }

            return string.Concat(texts.Select((value, i) => $"<{element} class=\"t\" lang=\"{Html(languages[i].Language)}\"{attributes}>{value}</{element}>"));
        }

        // Shows the block of the reader's language and hides the others, for each language of the site.
        private string LanguageRules()
        {
            var rules = new StringBuilder("\n/* Written for this site's languages. */\n");
            foreach (var language in _site.Languages)
            {
                rules.Append($"html[data-show=\"{language}\"] .t:not([lang=\"{language}\"]) {{ display: none; }}\n");
            }

            return rules.ToString();
        }

        private static string Asset(string name)
        {
            using var stream = typeof(SitePages).Assembly.GetManifestResourceStream("ErrorCodes.Tool.Site." + name)
                ?? throw new InvalidOperationException("The tool lacks its resource " + name + ".");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        private string Page(string path, string title, string body, IReadOnlyDictionary<string, string>? titles = null, string head = "")
        {
            var root = path.Contains('/', StringComparison.Ordinal) ? "../" : string.Empty;
            var first = _site.Languages[0];
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n");
            html.Append($"<html lang=\"{Html(first)}\" data-show=\"{Html(first)}\" data-languages=\"{Html(string.Join(" ", _site.Languages))}\"");
            foreach (var (language, text) in titles ?? new Dictionary<string, string>())
            {
                html.Append($" data-title-{Html(language.ToLowerInvariant())}=\"{Html(text)}\"");
            }

            html.Append(">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
            html.Append("<meta name=\"generator\" content=\"errorcodes site\">\n");
            html.Append($"<title>{Html(title)}</title>\n");
            if (_site.BaseUrl != null)
            {
                html.Append($"<link rel=\"canonical\" href=\"{Html(_site.BaseUrl + path)}\">\n");
            }

            // No icon file: a browser would otherwise ask the host for /favicon.ico.
            html.Append("<link rel=\"icon\" href=\"data:,\">\n");
            html.Append($"<link rel=\"stylesheet\" href=\"{root}site.css\">\n");
            html.Append($"<script src=\"{root}site.js\"></script>\n");
            html.Append(head);
            html.Append("</head>\n<body>\n");
            html.Append($"<a class=\"skip\" href=\"#main\">{Words("Skip")}</a>\n");
            html.Append("<header class=\"bar\">\n");
            html.Append($"<a class=\"home\" href=\"{root}index.html\">{Html(_site.Title)}</a>\n");
            html.Append($"<form class=\"find\" action=\"{root}index.html\" method=\"get\" role=\"search\">");
            html.Append($"<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-label=\"{Html(string.Join(" / ", _site.Languages.Select(language => Word("Search", language))))}\" placeholder=\"{Html(string.Join(" / ", _site.Languages.Select(language => Word("Placeholder", language)).Distinct()))}\">");
            html.Append("</form>\n");
            if (_site.Languages.Count > 1)
            {
                html.Append($"<div class=\"langs\" role=\"group\" aria-label=\"{Html(string.Join(" / ", _site.Languages.Select(language => Word("Language", language)).Distinct()))}\">");
                foreach (var language in _site.Languages)
                {
                    html.Append($"<button type=\"button\" data-lang-button=\"{Html(language)}\" lang=\"{Html(language)}\" aria-pressed=\"{(language == first ? "true" : "false")}\">{(IsChinese(language) ? "中文" : Html(LanguageName(language)))}</button>");
                }

                html.Append("</div>\n");
            }

            html.Append("</header>\n<main id=\"main\">\n");
            html.Append(body);
            html.Append("</main>\n");
            if (_site.Notice.Length != 0)
            {
                html.Append($"<footer><p>{Html(_site.Notice)}</p></footer>\n");
            }

            html.Append("</body>\n</html>\n");
            return html.ToString();
        }

        private static string LanguageName(string language)
        {
            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "English";
            }

            try
            {
                return CultureInfo.GetCultureInfo(language).NativeName is { Length: > 0 } name && !name.StartsWith("Invariant", StringComparison.Ordinal) ? name : language;
            }
            catch (CultureNotFoundException)
            {
                return language;
            }
        }

        private string Index()
        {
            var body = new StringBuilder();
            body.Append($"<h1>{Html(_site.Title)}</h1>\n");
            body.Append("<section class=\"search\" aria-labelledby=\"search-title\">\n");
            body.Append($"<h2 id=\"search-title\">{Words("Search")}</h2>\n");
            body.Append($"<p class=\"hint\">{Words("SearchHint")}</p>\n");
            body.Append($"<noscript><p>{Words("NoScript")}</p></noscript>\n");
            body.Append("<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n");
            body.Append("<ol id=\"results\" class=\"results\"></ol>\n");
            body.Append("</section>\n");
            body.Append($"<h2>{Words("Modules")}</h2>\n");
            var groups = _site.Modules
                .GroupBy(module => module.Kit)
                .OrderBy(group => group.Key.Length == 0 ? 1 : 0)
                .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups)
            {
                body.Append("<section class=\"kit\">\n");
                body.Append($"<h3>{(group.Key.Length != 0 ? Html(group.Key) : Words("Other"))}</h3>\n<ul class=\"modules\">\n");
                foreach (var module in group)
                {
                    var title = Each(module, i => Html(ModuleTitle(module, i)), "span");
                    var edition = module.Edition.Length != 0 ? $" <span class=\"edition\">{Html(module.Edition)}</span>" : string.Empty;

                    // Two modules of one title (an ArkTS and a Cangjie one, say) are told apart by their documents' names.
                    var shared = _site.Modules.Count(other => Enumerable.Range(0, other.Catalog.Languages.Count).Any(i => module.Catalog.Languages.Select((_, j) => ModuleTitle(module, j)).Contains(ModuleTitle(other, i)))) > 1;
                    var file = shared ? $" <span class=\"file\">{Html(module.Slug)}</span>" : string.Empty;
                    body.Append($"<li><a href=\"{Href(module.Slug)}/index.html\">{title}</a>{edition}{file} <span class=\"count\">{(module.Codes.Count == 1 ? Words("OneCode") : Words("CodeCount", module.Codes.Count))}</span></li>\n");
                }

                body.Append("</ul>\n</section>\n");
            }

            return Page("index.html", _site.Title, body.ToString(), head: $"<script src=\"{SearchIndexFile}\" defer></script>\n");
        }

        private static string ModuleTitle(SiteModule module, int language)
        {
            var title = module.Catalog.Languages[language].Title;
            return title.Length != 0 ? title : module.Catalog.Name;
        }

        // A folder's name in a link: a document's file name may hold any character.
        private static string Href(string slug) => Html(Uri.EscapeDataString(slug));

        private string ModulePage(SiteModule module)
        {
            var languages = module.Catalog.Languages;
            var body = new StringBuilder();
            body.Append($"<nav class=\"crumbs\" aria-label=\"breadcrumb\"><a href=\"../index.html\">{Html(_site.Title)}</a>{(module.Kit.Length != 0 ? " › " + Html(module.Kit) : string.Empty)}</nav>\n");
            for (var i = 0; i < languages.Count; i++)
            {
                var language = languages[i].Language;
                var attributes = languages.Count > 1 ? $" class=\"t\" lang=\"{Html(language)}\"" : $" lang=\"{Html(language)}\"";
                body.Append($"<div{attributes}>\n");
                body.Append($"<h1>{Html(ModuleTitle(module, i))}</h1>\n");
                body.Append(Facts(module, i));
                if (languages[i].Notes.Count != 0)
                {
                    body.Append($"<section class=\"notes\"><h2>{Html(Word("Notes", language))}</h2>\n");
                    foreach (var note in languages[i].Notes)
                    {
                        body.Append($"<p class=\"text\">{Html(note)}</p>\n");
                    }

                    body.Append("</section>\n");
                }

                body.Append($"<table class=\"codes\">\n<thead><tr><th scope=\"col\">{Html(Word("Code", language))}</th><th scope=\"col\">{Html(Word("Title", language))}</th><th scope=\"col\">{Html(Word("Message", language))}</th></tr></thead>\n<tbody>\n");
                foreach (var entries in module.Codes)
                {
                    var texts = entries[0].Texts[i];
                    body.Append($"<tr><td><a href=\"{Number(entries[0].Code)}.html\">{Number(entries[0].Code)}</a></td><td>{Html(texts.Title)}{Marks(entries[0], language)}</td><td>{Html(texts.Message)}</td></tr>\n");
                }

                body.Append("</tbody>\n</table>\n</div>\n");
            }

            var titles = Enumerable.Range(0, languages.Count).ToDictionary(i => languages[i].Language, i => ModuleTitle(module, i) + " · " + _site.Title);
            return Page(module.Slug + "/index.html", titles[languages[0].Language], body.ToString(), titles);
        }

        // The module's facts: its file, kit and edition, as a list of terms.
        private string Facts(SiteModule module, int index)
        {
            var language = module.Catalog.Languages[index].Language;
            var facts = new StringBuilder("<dl class=\"facts\">");
            facts.Append($"<dt>{Html(Word("Module", language))}</dt><dd><code>{Html(module.Catalog.Name)}</code></dd>");
            facts.Append($"<dt>{Html(Word("Source", language))}</dt><dd><code>{Html(_site.Shown(module, index))}</code></dd>");
            if (module.Kit.Length != 0 || module.Edition.Length != 0)
            {
                facts.Append($"<dt>Kit</dt><dd>{Html(string.Join(" · ", new[] { module.Kit, module.Edition }.Where(part => part.Length != 0)))}</dd>");
            }

            facts.Append("</dl>\n");
            return facts.ToString();
        }

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
            body.Append($"<dt>{Html(Word("Name", language))}</dt><dd><code>{Html(entry.MemberName)}</code></dd></dl>\n");
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

        // One list of the modules and one of the codes, with the texts search reads: a code's title, message and
        // description in each language of the site (one string where the languages agree, null where a module lacks one).
        private string SearchIndex()
        {
            var modules = new List<object>();
            var codes = new List<object>();
            for (var m = 0; m < _site.Modules.Count; m++)
            {
                var module = _site.Modules[m];
                modules.Add(new object[] { module.Slug, PerLanguage(module, i => ModuleTitle(module, i)), module.Kit, module.Edition });
                foreach (var entries in module.Codes)
                {
                    var entry = entries[0];
                    codes.Add(new object?[]
                    {
                        entry.Code,
                        m,
                        PerLanguage(module, i => entry.Texts[i].Title),
                        PerLanguage(module, i => entry.Texts[i].Message),
                        PerLanguage(module, i => entry.Texts[i].Description),
                        (entry.IsDeprecated ? 1 : 0) | (entry.InDelRegion ? 2 : 0),
                    });
                }
            }

            var data = JsonSerializer.Serialize(new Dictionary<string, object> { ["languages"] = _site.Languages, ["modules"] = modules, ["codes"] = codes }, s_json);
            return "// The search index of errorcodes site: modules [folder, titles, kit, edition]; codes [code, module, titles, messages, descriptions, marks].\n"
                + "window.ERRORCODES_INDEX = " + data + ";\n";
        }

        // A module's text in the site's languages: one string where they read the same.
        private object PerLanguage(SiteModule module, Func<int, string> text)
        {
            var values = _site.Languages.Select(language =>
            {
                var index = module.Catalog.Languages.ToList().FindIndex(each => string.Equals(each.Language, language, StringComparison.OrdinalIgnoreCase));
                return index < 0 ? null : text(index);
            }).ToList();
            var known = values.Where(value => value != null).Distinct(StringComparer.Ordinal).ToList();
            return known.Count == 1 ? known[0]! : values;
        }
    }
}
