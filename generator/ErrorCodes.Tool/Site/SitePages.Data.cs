using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ErrorCodes.Tool.Site
{
    // What is not a page to read: the search index, the page a host serves for a missing path, and the sitemap.
    internal sealed partial class SitePages
    {
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
    }
}
