using System.Collections.Generic;
using System.Globalization;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Model
{
    /// <summary>
    /// Names the codes of a catalog in document order: a code's name is the one its names file records, else the
    /// definition a table gives it, else one made of its English message, else of the code itself; a later code whose
    /// name is taken gets its code as a suffix, so that appending a code never renames an earlier one.
    /// </summary>
    internal static class EntryNames
    {
        public static List<CodeEntry> Name(List<CodeDraft> drafts, NamesFile? names, DiagnosticBag diagnostics, out List<RemovedCode> removed)
        {
            var entries = new List<CodeEntry>(drafts.Count);
            var firstNames = new Dictionary<int, string>();
            var owners = new Dictionary<string, int>();
            var recorded = new Dictionary<int, RecordedName>();
            foreach (var entry in names?.Entries ?? EquatableArray<RecordedName>.Empty)
            {
                // Recorded names are taken before any is derived, so that a derived name never takes a recorded one.
                recorded.Add(entry.Code, entry);
                owners.Add(entry.Name, entry.Code);
            }

            foreach (var draft in drafts)
            {
                if (!firstNames.TryGetValue(draft.Code, out var name))
                {
                    name = recorded.TryGetValue(draft.Code, out var record) ? record.Name : Derive(draft, owners, diagnostics);
                    if (record != null && (draft.Spec?.Name ?? draft.Twin?.Name) == null)
                    {
                        ReportMissingMessages(draft, name, diagnostics);
                    }

                    firstNames.Add(draft.Code, name);
                    owners[name] = draft.Code;
                    if (names != null && record == null)
                    {
                        diagnostics.Add(DiagnosticRules.NewCode, draft.Primary.Heading, draft.Code, name);
                    }
                }

                entries.Add(new CodeEntry(
                    draft.Code,
                    name,
                    (draft.Spec?.IsDeprecated ?? false) || (draft.Twin?.IsDeprecated ?? false),
                    (draft.Spec?.InDelRegion ?? false) || (draft.Twin?.InDelRegion ?? false),
                    draft.Texts.ToEquatableArray()));
            }

            removed = new List<RemovedCode>();
            foreach (var entry in names?.Entries ?? EquatableArray<RecordedName>.Empty)
            {
                if (!firstNames.ContainsKey(entry.Code))
                {
                    diagnostics.Add(DiagnosticRules.RemovedCode, entry.Location, entry.Code, entry.Name);
                    removed.Add(new RemovedCode(entry.Code, entry.Name, entry.Location.StartLine + 1));
                }
            }

            return entries;
        }

        // A table's definition column names the code (EPERM); a name it gives twice is reported as ECG0020.
        private static string Derive(CodeDraft draft, Dictionary<string, int> owners, DiagnosticBag diagnostics)
        {
            var defined = draft.Spec?.Name ?? draft.Twin?.Name;
            if (defined != null && CSharpIdentifiers.IsValid(defined))
            {
                return owners.ContainsKey(defined) ? MemberNames.WithCodeSuffix(defined, draft.Code, owners.Keys) : defined;
            }

            var name = FromMessage(draft, owners, diagnostics);
            ReportMissingMessages(draft, name, diagnostics);
            return name;
        }

        private static string FromMessage(CodeDraft draft, Dictionary<string, int> owners, DiagnosticBag diagnostics)
        {
            var code = draft.Primary;
            var message = draft.Texts[0].Message;
            var fromMessage = MemberNames.FromMessage(message);
            var name = fromMessage ?? MemberNames.FromCode(code.Code);
            if (message.Trim().Length != 0 && fromMessage == null)
            {
                diagnostics.Add(DiagnosticRules.NameChosen, code.Heading, code.Code, name, "its message has no English words");
            }
            else if (name[0] == '_')
            {
                diagnostics.Add(DiagnosticRules.NameChosen, code.Heading, code.Code, name, "its message starts with a digit, and a C# name cannot");
            }

            if (!owners.TryGetValue(name, out var owner))
            {
                return name;
            }

            var suffixed = MemberNames.WithCodeSuffix(name, code.Code, owners.Keys);
            diagnostics.Add(
                DiagnosticRules.NameChosen,
                code.Heading,
                code.Code,
                suffixed,
                "'" + name + "' is already the name of code " + owner.ToString(CultureInfo.InvariantCulture) + ", which has the same message");
            return suffixed;
        }

        // Each document that lacks the message is told so at its own heading, even when the other language has one.
        private static void ReportMissingMessages(CodeDraft draft, string name, DiagnosticBag diagnostics)
        {
            foreach (var code in new[] { draft.Spec, draft.Twin })
            {
                if (code != null && code.Message.Trim().Length == 0)
                {
                    diagnostics.Add(DiagnosticRules.MissingMessage, code.Heading, code.Code, name);
                }
            }
        }
    }
}
