using System.Collections.Generic;
using System.Text;
using ErrorCodes.Model;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>Takes the last decisions for one catalog (its members, lookup table, errno ranges and field names) and finishes its diagnostics.</summary>
    internal static class EmitModelBuilder
    {
        public static CatalogOutput Build(CatalogPlan plan)
        {
            var diagnostics = plan.Settings.Finish(plan.Diagnostics).ToEquatableArray();
            if (plan.HintName == null || plan.Catalog == null)
            {
                return new CatalogOutput(null, diagnostics);
            }

            var catalog = plan.Catalog;
            var members = Members(catalog);
            var cultureSensitive = catalog.Languages.Count > 1 || (plan.ErrnoTable?.Catalog.LanguageCount ?? 1) > 1;
            foreach (var linked in plan.Linked)
            {
                cultureSensitive |= linked.LanguageCount > 1;
            }

            var model = new CatalogEmitModel(
                plan.HintName,
                plan.SpecStart,
                catalog,
                Languages(catalog),
                members.ToEquatableArray(),
                LookupTable.Create(members),
                ErrnoRanges(catalog.ErrnoRules),
                plan.ErrnoTable,
                plan.Linked,
                cultureSensitive,
                plan.Options,
                plan.TextsAsData);
            return new CatalogOutput(model, diagnostics);
        }

        // A code's later entries stay in All, but the enum member and the lookups are the first's.
        private static List<EnumMember> Members(CatalogModel catalog)
        {
            var members = new List<EnumMember>(catalog.Entries.Count);
            var seen = new HashSet<int>();
            for (var i = 0; i < catalog.Entries.Count; i++)
            {
                var entry = catalog.Entries[i];
                if (seen.Add(entry.Code))
                {
                    members.Add(new EnumMember(entry.MemberName, entry.Code, i));
                }
            }

            return members;
        }

        private static EquatableArray<EmitLanguage> Languages(CatalogModel catalog)
        {
            var languages = new List<EmitLanguage>(catalog.Languages.Count);
            var suffixes = new HashSet<string>();
            for (var i = 0; i < catalog.Languages.Count; i++)
            {
                var language = catalog.Languages[i];
                var suffix = i == 0 ? string.Empty : Suffix(language.Language);
                if (!suffixes.Add(suffix))
                {
                    suffix += i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    suffixes.Add(suffix);
                }

                languages.Add(new EmitLanguage(language.Language, language.SpecFile, suffix));
            }

            return languages.ToEquatableArray();
        }

        // "en" gives En, "zh-CN" gives ZhCn: the tag's letters and digits, each part capitalised.
        private static string Suffix(string tag)
        {
            var builder = new StringBuilder();
            var startsPart = true;
            foreach (var c in tag)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                {
                    builder.Append(startsPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                    startsPart = false;
                }
                else
                {
                    startsPart = true;
                }
            }

            return builder.Length != 0 && !char.IsDigit(builder[0]) ? builder.ToString() : "Language" + builder;
        }

        private static EquatableArray<ErrnoRange> ErrnoRanges(EquatableArray<ErrnoRule> rules) =>
            ErrnoMapping.Ranges(rules).ToEquatableArray();
    }
}
