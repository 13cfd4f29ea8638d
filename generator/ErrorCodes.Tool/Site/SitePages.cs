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
    internal sealed partial class SitePages
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
                    var file = SharesATitle(module) ? $" <span class=\"file\">{Html(module.Slug)}</span>" : string.Empty;
                    body.Append($"<li><a href=\"{Href(module.Slug)}/index.html\">{title}</a>{edition}{file} <span class=\"count\">{(module.Codes.Count == 1 ? Words("OneCode") : Words("CodeCount", module.Codes.Count))}</span></li>\n");
                }

                body.Append("</ul>\n</section>\n");
            }

            return Page("index.html", _site.Title, body.ToString(), head: $"<script src=\"{SearchIndexFile}\" defer></script>\n");
        }

        private bool SharesATitle(SiteModule module)
        {
            var titles = Titles(module);
            return _site.Modules.Any(other => other != module && Titles(other).Overlaps(titles));
        }

        private static HashSet<string> Titles(SiteModule module) =>
            new(Enumerable.Range(0, module.Catalog.Languages.Count).Select(language => ModuleTitle(module, language)), StringComparer.Ordinal);

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
    }
}
