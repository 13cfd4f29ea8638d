using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorCodes.OpenHarmony;

namespace ErrorCodes.Tool
{
    /// <summary>One module's entry for a code, in the language asked for first and in its other language.</summary>
    internal sealed record PlatformEntry(IErrorCodeCatalog Catalog, ErrorCodeInfo First, ErrorCodeInfo? Second, bool ByRule)
    {
        public string Module => Catalog.Name;

        public string Kit => OpenHarmonyErrorCodes.KitOf(Catalog) ?? string.Empty;

        public string Edition => OpenHarmonyErrorCodes.EditionOf(Catalog) ?? string.Empty;

        public string Subsystem => OpenHarmonyErrorCodes.SubsystemOf(Catalog) ?? string.Empty;

        /// <summary>The module, its kit where its document names one, and, when asked, its edition: NetSocket, Network Kit, ArkTS.</summary>
        public string Place(string separator, bool withEdition = true) =>
            string.Join(separator, new[] { Module, Kit, withEdition ? Edition : string.Empty }.Where(part => part.Length != 0));

        /// <summary>The upstream document an entry's text is from: repository, path and commit, as SOURCES.tsv records it.</summary>
        public string DocumentOf(ErrorCodeInfo info)
        {
            // An entry an errno rule takes over is the kernel table's, in that table's document.
            var catalog = OpenHarmonyErrorCodes.CatalogOf(info) ?? Catalog;
            var key = IsEnglish(info.Language) && catalog.Properties.ContainsKey("SourceEn") ? "SourceEn" : "Source";
            return catalog.Properties.TryGetValue(key, out var source) ? source : info.SpecFile;
        }

        /// <summary>The entry as the commands' JSON writes it: the module, its kit, edition and subsystem, and its texts in both languages.</summary>
        public void WriteJson(System.Text.Json.Utf8JsonWriter writer, int? score = null)
        {
            writer.WriteStartObject();
            writer.WriteNumber("code", First.Code);
            if (score is int value)
            {
                writer.WriteNumber("score", value);
            }

            writer.WriteString("module", Module);
            writer.WriteString("kit", Kit);
            writer.WriteString("edition", Edition);
            writer.WriteString("subsystem", Subsystem);
            writer.WriteString("name", First.Name);
            if (First.HelpLink != null)
            {
                writer.WriteString("helpLink", First.HelpLink);
            }

            writer.WriteBoolean("byErrnoRule", ByRule);
            writer.WriteBoolean("deprecated", First.IsDeprecated);
            writer.WriteStartArray("texts");
            foreach (var info in Second is ErrorCodeInfo second ? new[] { First, second } : new[] { First })
            {
                writer.WriteStartObject();
                writer.WriteString("language", info.Language);
                writer.WriteString("document", DocumentOf(info));
                writer.WriteNumber("line", info.Line);
                writer.WriteString("title", info.Title);
                writer.WriteString("message", info.Message);
                writer.WriteString("description", info.Description);
                Json.StringArray(writer, "causes", info.Causes);
                Json.StringArray(writer, "remediation", info.Remediation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// OpenHarmony's codes as the tool bundles them (the ErrorCodes.OpenHarmony package): what <c>explain</c> without
    /// documents, <c>search</c> and <c>annotate</c> answer from, offline.
    /// </summary>
    internal static class Platform
    {
        /// <summary>The culture of a language the tool is asked for: <c>zh</c> or <c>en</c>.</summary>
        public static CultureInfo CultureOf(string language) =>
            CultureInfo.GetCultureInfo(language == "zh" ? "zh-CN" : "en");

        /// <summary>The other of the two languages.</summary>
        public static string Other(string language) => language == "zh" ? "en" : "zh";

        /// <summary>
        /// The user's language when none is asked for: Chinese when the locale says so (LC_ALL, LC_MESSAGES, LANG, as
        /// gettext reads them), else English. The tool runs with invariant globalization, so the variables are read here.
        /// </summary>
        public static string DefaultLanguage()
        {
            foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
            {
                var value = Environment.GetEnvironmentVariable(variable);
                if (!string.IsNullOrEmpty(value))
                {
                    return value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
                }
            }

            return "en";
        }

        /// <summary>
        /// Every module's entry for <paramref name="code"/>: the modules that define it, else those that answer for it by
        /// an errno rule ("2301000 + errno"), each in <paramref name="language"/> first, in the package's order (the
        /// universal codes' document first, then the ArkTS edition's, then the Cangjie edition's).
        /// </summary>
        public static List<PlatformEntry> Find(int code, string language)
        {
            var first = CultureOf(language);
            var second = CultureOf(Other(language));
            var found = new List<PlatformEntry>();
            foreach (var info in OpenHarmonyErrorCodes.FindAll(code, first))
            {
                var catalog = OpenHarmonyErrorCodes.CatalogOf(info)!;
                found.Add(new PlatformEntry(catalog, info, OtherLanguage(catalog, code, info, second), ByRule: false));
            }

            if (found.Count != 0)
            {
                return found;
            }

            // Only the modules whose errno rule maps the code are asked, not all of them (explain 2301111: 0.46 s when every module was asked, 0.18 s now).
            foreach (var catalog in OpenHarmonyErrorCodes.Catalogs.CatalogsAnswering(code))
            {
                if (catalog.TryGetInfo(code, first, out var info) && info.Code == code)
                {
                    found.Add(new PlatformEntry(catalog, info, OtherLanguage(catalog, code, info, second), ByRule: true));
                }
            }

            return found;
        }

        /// <summary>Whether any module defines <paramref name="code"/> or answers for it.</summary>
        /// <remarks>Asked of the set, not the entry point, whose tables for hot lookups cost a one-shot run their making.</remarks>
        public static bool Knows(int code) => OpenHarmonyErrorCodes.Catalogs.TryGetInfo(code, CultureInfo.InvariantCulture, out _);

        /// <summary>Every module's every code, in both languages, for a search: made once a run.</summary>
        public static IReadOnlyList<PlatformEntry> All(string language)
        {
            var first = CultureOf(language);
            var second = CultureOf(Other(language));

            // Making the modules' entries is mostly compiling the code that makes them (a few hundred milliseconds for
            // all of them), which the machine's cores can share: each module's are made on any core first, then read in
            // order.
            System.Threading.Tasks.Parallel.ForEach(OpenHarmonyErrorCodes.Catalogs, catalog =>
            {
                if (catalog.All.Count != 0)
                {
                    catalog.TryGetInfo(catalog.All[0].Code, first, out _);
                    catalog.TryGetInfo(catalog.All[0].Code, second, out _);
                }
            });

            var all = new List<PlatformEntry>();
            foreach (var catalog in OpenHarmonyErrorCodes.Catalogs)
            {
                // A code defined twice in one document (ECG0003) is looked up as its first entry: listed once.
                var seen = new HashSet<int>();
                foreach (var entry in catalog.All)
                {
                    if (seen.Add(entry.Code) && catalog.TryGetInfo(entry.Code, first, out var info))
                    {
                        all.Add(new PlatformEntry(catalog, info, OtherLanguage(catalog, entry.Code, info, second), ByRule: false));
                    }
                }
            }

            return all;
        }

        private static ErrorCodeInfo? OtherLanguage(IErrorCodeCatalog catalog, int code, ErrorCodeInfo first, CultureInfo culture) =>
            catalog.TryGetInfo(code, culture, out var other) && !string.Equals(other.Language, first.Language, StringComparison.Ordinal) ? other : null;
    }
}
