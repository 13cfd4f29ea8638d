using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ErrorCodes.OpenHarmony;

namespace ErrorCodes.Sample
{
    /// <summary>
    /// The same code across the whole platform, from the ErrorCodes.OpenHarmony package: every module that defines it,
    /// codes found by their words, and a log line with its codes annotated. No document is listed here: the package
    /// carries OpenHarmony's.
    /// </summary>
    internal static class Platform
    {
        // A number that a log names as an error code: errCode=…, code: …, BusinessError …, 错误码: ….
        private static readonly Regex s_namedCode = new(
            @"(?:\b(?:[A-Za-z]*(?:error|err)[ _-]?code|code|businesserror)|错误码)\s*(?:[:=：]\s*)?(?<code>0[xX][0-9A-Fa-f]+|\d+)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>Prints what every module of OpenHarmony says about <paramref name="code"/>; false when none has it.</summary>
        public static bool ShowEveryModule(int code)
        {
            var entries = OpenHarmonyErrorCodes.FindAll(code);
            if (entries.Count == 0 && OpenHarmonyErrorCodes.TryGetInfo(code, out var mapped))
            {
                // No document lists it, but a module answers for it: an errno rule such as "2301000 + errno".
                entries = new[] { mapped };
            }

            Console.WriteLine(entries.Count == 0
                ? $"Across OpenHarmony ({OpenHarmonyErrorCodes.Catalogs.Count} documents, {OpenHarmonyErrorCodes.Kits.Count} kits), no module has {code}."
                : $"Across OpenHarmony ({OpenHarmonyErrorCodes.Catalogs.Count} documents, {OpenHarmonyErrorCodes.Kits.Count} kits), {(entries.Count == 1 ? "1 module says" : entries.Count + " modules say")} what {code} is:");
            foreach (var info in entries)
            {
                var catalog = OpenHarmonyErrorCodes.CatalogOf(info)!;
                Console.WriteLine();
                Console.WriteLine($"  {catalog.Name} ({string.Join(", ", new[] { OpenHarmonyErrorCodes.KitOf(catalog), OpenHarmonyErrorCodes.EditionOf(catalog) }.Where(part => !string.IsNullOrEmpty(part)))}): {info.Name}");
                Field("Title", info.Title);
                Field("Message", info.Message);
                Field("Description", info.Description);
                Field("More", info.HelpLink ?? string.Empty);
            }

            return entries.Count != 0;
        }

        // "    Label:       text", the text's later lines under its first.
        private static void Field(string label, string text)
        {
            if (text.Length != 0)
            {
                Console.WriteLine("    " + (label + ":").PadRight(13) + text.Replace("\n", "\n" + new string(' ', 17), StringComparison.Ordinal));
            }
        }

        /// <summary>Prints the codes whose title or message holds every word, in either language, titles first.</summary>
        public static int Search(IReadOnlyList<string> words)
        {
            var english = CultureInfo.GetCultureInfo("en");
            var found = new List<(int Rank, ErrorCodeInfo Info, IErrorCodeCatalog Catalog)>();
            foreach (var catalog in OpenHarmonyErrorCodes.Catalogs)
            {
                foreach (var info in catalog.All)
                {
                    var other = catalog.TryGetInfo(info.Code, english, out var translated) ? translated : info;
                    var titles = info.Title + "\n" + other.Title;
                    var texts = titles + "\n" + info.Message + "\n" + other.Message;
                    if (words.All(word => texts.Contains(word, StringComparison.OrdinalIgnoreCase)))
                    {
                        var rank = words.Count(word => titles.Contains(word, StringComparison.OrdinalIgnoreCase));
                        found.Add((rank, info, catalog));
                    }
                }
            }

            foreach (var (_, info, catalog) in found.OrderByDescending(match => match.Rank).ThenBy(match => match.Info.Code).Take(10))
            {
                Console.WriteLine($"{info.Code,9}  {info.Title}  ({catalog.Name})");
            }

            Console.WriteLine(found.Count > 10 ? $"10 of {found.Count} codes." : found.Count == 1 ? "1 code." : $"{found.Count} codes.");
            return found.Count != 0 ? 0 : 1;
        }

        /// <summary>The line with each code it names followed by its module and title.</summary>
        public static string Annotate(string line) =>
            s_namedCode.Replace(line, match =>
            {
                var text = match.Groups["code"].Value;
                var code = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                    ? unchecked((int)uint.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
                    : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
                return OpenHarmonyErrorCodes.TryGetInfo(code, out var info)
                    ? $"{match.Value} [{OpenHarmonyErrorCodes.CatalogOf(info)?.Name}: {info.Title}]"
                    : match.Value;
            });
    }
}
