using System.Collections.Generic;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Merges a spec with its twin, the same document in another language: each code gets the twin's texts (a field the
    /// twin lacks falls back to the spec's), and a code only the twin has joins the catalog.
    /// </summary>
    internal static class Twins
    {
        public static CatalogSpec Merge(CatalogSpec spec, string specPath, CatalogSpec twin, string twinPath, List<DiagnosticInfo> diagnostics)
        {
            var twinEntries = new Dictionary<int, List<ErrorCodeSpec>>();
            foreach (var code in twin.Codes)
            {
                if (!twinEntries.TryGetValue(code.Code, out var list))
                {
                    twinEntries.Add(code.Code, list = new List<ErrorCodeSpec>());
                }

                list.Add(code);
            }

            var merged = new List<ErrorCodeSpec>(spec.Codes.Count);
            var used = new Dictionary<int, int>();
            var names = new HashSet<string>();
            foreach (var code in spec.Codes)
            {
                names.Add(code.MemberName);
            }

            foreach (var code in spec.Codes)
            {
                used.TryGetValue(code.Code, out var occurrence);
                used[code.Code] = occurrence + 1;
                if (twinEntries.TryGetValue(code.Code, out var list) && occurrence < list.Count)
                {
                    merged.Add(code with { Twin = Texts(list[occurrence], code) });
                    continue;
                }

                if (occurrence == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.OneLanguageOnly, AtLine(specPath, code.Line), code.Code, spec.Language, twin.SpecFile));
                }

                merged.Add(code);
            }

            // Codes (or later entries of a code) only the twin has: their texts serve both languages.
            var seen = new Dictionary<int, int>();
            foreach (var code in twin.Codes)
            {
                seen.TryGetValue(code.Code, out var occurrence);
                seen[code.Code] = occurrence + 1;
                used.TryGetValue(code.Code, out var inSpec);
                if (occurrence < inSpec)
                {
                    continue;
                }

                var isFirst = inSpec == 0 && occurrence == 0;
                if (isFirst)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.OneLanguageOnly, AtLine(twinPath, code.Line), code.Code, twin.Language, spec.SpecFile));
                }

                var name = isFirst ? UniqueName(code, names) : merged.Find(entry => entry.Code == code.Code && entry.IsFirstOfItsCode)?.MemberName ?? code.MemberName;
                if (isFirst && name != code.MemberName)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NameChosen, AtLine(twinPath, code.Line), code.Code, name, "'" + code.MemberName + "' is already the name of a code of the spec"));
                }

                merged.Add(code with { MemberName = name, IsFirstOfItsCode = isFirst, FromTwin = true, Twin = Texts(code, code) });
            }

            return spec with
            {
                Codes = merged.ToEquatableArray(),
                Twin = new CatalogTwin(twin.Language, twin.SpecFile, twin.Title),
            };
        }

        private static string UniqueName(ErrorCodeSpec code, HashSet<string> names)
        {
            var name = code.MemberName;
            for (var n = 1; !names.Add(name); n++)
            {
                name = code.MemberName + "_" + Naming.Identifiers.CodeSuffix(code.Code)
                    + (n == 1 ? string.Empty : "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return name;
        }

        private static ErrorCodeTexts Texts(ErrorCodeSpec twin, ErrorCodeSpec fallback) =>
            new ErrorCodeTexts(
                Or(twin.Title, fallback.Title),
                Or(twin.Message, fallback.Message),
                Or(twin.Description, fallback.Description),
                twin.Causes.Count != 0 ? twin.Causes : fallback.Causes,
                twin.Remediation.Count != 0 ? twin.Remediation : fallback.Remediation,
                twin.Line);

        private static string Or(string text, string fallback) => text.Length != 0 ? text : fallback;

        private static LocationInfo AtLine(string path, int line)
        {
            var position = new LinePosition(line - 1 < 0 ? 0 : line - 1, 0);
            return new LocationInfo(path, default, new LinePositionSpan(position, position));
        }
    }
}
