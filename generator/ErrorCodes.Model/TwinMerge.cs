using System.Collections.Generic;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Model
{
    /// <summary>A code of the catalog before it is named: its entry in the spec, its entry in the twin, and their texts per language.</summary>
    internal sealed class CodeDraft
    {
        public CodeDraft(ParsedCode? spec, ParsedCode? twin, CodeTexts[] texts)
        {
            Spec = spec;
            Twin = twin;
            Texts = texts;
        }

        public ParsedCode? Spec { get; }

        public ParsedCode? Twin { get; }

        /// <summary>The entry that speaks for the code: the spec's, or the twin's when only the twin has the code.</summary>
        public ParsedCode Primary => Spec ?? Twin!;

        public int Code => Primary.Code;

        public CodeTexts[] Texts { get; }
    }

    /// <summary>
    /// Pairs the codes of a spec and its twin, the n-th entry of a code in one with the n-th in the other, so that each
    /// code is one draft with its texts in both languages; a field one language lacks is the other's.
    /// </summary>
    internal static class TwinMerge
    {
        public static List<CodeDraft> Merge(ParsedDocument spec, ParsedDocument? twin, List<CatalogLanguage> languages, DiagnosticBag diagnostics)
        {
            var drafts = new List<CodeDraft>(spec.Codes.Count);
            if (twin == null)
            {
                foreach (var code in spec.Codes)
                {
                    drafts.Add(new CodeDraft(code, null, new[] { Texts(code, null, 0) }));
                }

                return drafts;
            }

            var twinEntries = new Dictionary<int, List<ParsedCode>>();
            foreach (var code in twin.Codes)
            {
                if (!twinEntries.TryGetValue(code.Code, out var list))
                {
                    twinEntries.Add(code.Code, list = new List<ParsedCode>());
                }

                list.Add(code);
            }

            var specCounts = new Dictionary<int, int>();
            foreach (var code in spec.Codes)
            {
                specCounts.TryGetValue(code.Code, out var occurrence);
                specCounts[code.Code] = occurrence + 1;
                var partner = twinEntries.TryGetValue(code.Code, out var list) && occurrence < list.Count ? list[occurrence] : null;
                if (partner == null && occurrence == 0)
                {
                    diagnostics.Add(DiagnosticRules.OneLanguageOnly, code.Heading, code.Code, languages[0].Language, languages[1].SpecFile);
                }

                drafts.Add(partner == null
                    ? new CodeDraft(code, null, new[] { Texts(code, null, 0), Texts(code, null, 0) })
                    : new CodeDraft(code, partner, new[] { Texts(code, partner, 0), Texts(partner, code, 1) }));
            }

            // Codes, or later entries of a code, that only the twin has: their texts serve both languages.
            var twinCounts = new Dictionary<int, int>();
            foreach (var code in twin.Codes)
            {
                twinCounts.TryGetValue(code.Code, out var occurrence);
                twinCounts[code.Code] = occurrence + 1;
                specCounts.TryGetValue(code.Code, out var inSpec);
                if (occurrence < inSpec)
                {
                    continue;
                }

                if (inSpec == 0 && occurrence == 0)
                {
                    diagnostics.Add(DiagnosticRules.OneLanguageOnly, code.Heading, code.Code, languages[1].Language, languages[0].SpecFile);
                }

                drafts.Add(new CodeDraft(null, code, new[] { Texts(code, null, 1), Texts(code, null, 1) }));
            }

            return drafts;
        }

        private static CodeTexts Texts(ParsedCode own, ParsedCode? other, int source) =>
            new CodeTexts(
                Or(own.Title, other?.Title),
                Or(own.Message, other?.Message),
                Or(own.Description, other?.Description),
                own.Causes.Count != 0 || other == null ? own.Causes : other.Causes,
                own.Remediation.Count != 0 || other == null ? own.Remediation : other.Remediation,
                source,
                own.Line,
                own.Sections.Count != 0 || other == null ? own.Sections : other.Sections,
                own.Scenarios.Count != 0 || other == null ? own.Scenarios : other.Scenarios);

        private static string Or(string text, string? fallback) => text.Length != 0 || fallback == null ? text : fallback;
    }
}
