using System.Collections.Generic;
using System.Globalization;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Model
{
    /// <summary>
    /// Names the codes of a catalog in document order: a code's name comes from the definition a table gives it, else
    /// from its English message, else from the code itself; a later code whose name is taken gets its code as a suffix,
    /// so that appending a code never renames an earlier one.
    /// </summary>
    internal static class EntryNames
    {
        public static List<CodeEntry> Name(List<CodeDraft> drafts, DiagnosticBag diagnostics)
        {
            var entries = new List<CodeEntry>(drafts.Count);
            var firstNames = new Dictionary<int, string>();
            var owners = new Dictionary<string, int>();
            foreach (var draft in drafts)
            {
                if (!firstNames.TryGetValue(draft.Code, out var name))
                {
                    // A table's definition column names the code (EPERM); a name it gives twice is reported as ECG0020.
                    var defined = draft.Spec?.Name ?? draft.Twin?.Name;
                    if (defined != null && CSharpIdentifiers.IsValid(defined))
                    {
                        name = owners.ContainsKey(defined) ? MemberNames.WithCodeSuffix(defined, draft.Code, owners.Keys) : defined;
                    }
                    else
                    {
                        name = FromMessage(draft, owners, diagnostics);
                        ReportMissingMessages(draft, name, diagnostics);
                    }

                    owners.Add(name, draft.Code);
                    firstNames.Add(draft.Code, name);
                }

                entries.Add(new CodeEntry(
                    draft.Code,
                    name,
                    (draft.Spec?.IsDeprecated ?? false) || (draft.Twin?.IsDeprecated ?? false),
                    (draft.Spec?.InDelRegion ?? false) || (draft.Twin?.InDelRegion ?? false),
                    draft.Texts.ToEquatableArray()));
            }

            return entries;
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
