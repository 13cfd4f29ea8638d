using System.Collections.Generic;
using System.Linq;

namespace ErrorCodes.Model.Comparing
{
    /// <summary>What kind of change an edition of a document makes to a code.</summary>
    public enum ChangeKind
    {
        /// <summary>A code the old edition lacks.</summary>
        Added,

        /// <summary>A code the new edition lacks: code that uses its member stops compiling.</summary>
        Removed,

        /// <summary>The code's member has another name: code that uses it stops compiling, and logs change.</summary>
        Renamed,

        /// <summary>A code gone under one number and back under another with the same text: callers that test the number break.</summary>
        Renumbered,

        /// <summary>The heading's title changed.</summary>
        Title,

        /// <summary>The message changed.</summary>
        Message,

        /// <summary>The description changed.</summary>
        Description,

        /// <summary>The possible causes changed.</summary>
        Causes,

        /// <summary>The remediation steps changed.</summary>
        Remediation,

        /// <summary>The code became deprecated, or is no longer.</summary>
        Deprecated,

        /// <summary>The code moved into a <c>&lt;!--Del--&gt;</c> region, or out of one.</summary>
        DelRegion,
    }

    /// <summary>One change between two editions of a document.</summary>
    /// <param name="Kind">What changed.</param>
    /// <param name="Code">The code (the new one, for a renumbered code).</param>
    /// <param name="Name">The code's member name in the new edition (the old one for a removed code).</param>
    /// <param name="Old">What the old edition says, or empty.</param>
    /// <param name="New">What the new edition says, or empty.</param>
    public sealed record CodeChange(ChangeKind Kind, int Code, string Name, string Old, string New)
    {
        /// <summary>A change that makes code written against the old edition stop compiling or behave differently.</summary>
        public bool IsBreaking => Kind is ChangeKind.Removed or ChangeKind.Renamed or ChangeKind.Renumbered;
    }

    /// <summary>
    /// Compares two editions of a catalog code by code: what a user of the old edition's generated code has to know
    /// before moving to the new one. Breaking changes come first, then added codes, then changed texts and marks.
    /// </summary>
    public static class CatalogDiff
    {
        /// <summary>The changes from <paramref name="old"/> to <paramref name="new"/>, breaking ones first, each group in code order.</summary>
        public static List<CodeChange> Compare(CatalogModel old, CatalogModel @new)
        {
            var before = FirstEntries(old);
            var after = FirstEntries(@new);
            var changes = new List<CodeChange>();
            var added = after.Keys.Where(code => !before.ContainsKey(code)).ToList();
            foreach (var entry in before.Values.Where(entry => !after.ContainsKey(entry.Code)))
            {
                // The same title and message under a number the old edition did not have: the code was renumbered.
                var match = added.Where(code => SameText(entry, after[code])).Select(code => (int?)code).FirstOrDefault();
                if (match is int renumbered)
                {
                    added.Remove(renumbered);
                    changes.Add(new CodeChange(ChangeKind.Renumbered, renumbered, after[renumbered].MemberName, Number(entry.Code), Number(renumbered)));
                }
                else
                {
                    changes.Add(new CodeChange(ChangeKind.Removed, entry.Code, entry.MemberName, entry.Texts[0].Message, string.Empty));
                }
            }

            foreach (var entry in after.Values.Where(entry => before.ContainsKey(entry.Code)))
            {
                var previous = before[entry.Code];
                if (previous.MemberName != entry.MemberName)
                {
                    changes.Add(new CodeChange(ChangeKind.Renamed, entry.Code, entry.MemberName, previous.MemberName, entry.MemberName));
                }
            }

            changes.AddRange(added.Select(code => new CodeChange(ChangeKind.Added, code, after[code].MemberName, string.Empty, after[code].Texts[0].Message)));
            foreach (var entry in after.Values.Where(entry => before.ContainsKey(entry.Code)))
            {
                changes.AddRange(TextChanges(before[entry.Code], entry));
            }

            return changes.OrderBy(change => change.IsBreaking ? 0 : change.Kind == ChangeKind.Added ? 1 : 2).ThenBy(change => change.Code).ThenBy(change => change.Kind).ToList();
        }

        private static IEnumerable<CodeChange> TextChanges(CodeEntry old, CodeEntry @new)
        {
            var (before, after) = (old.Texts[0], @new.Texts[0]);
            foreach (var (kind, was, now) in new[]
            {
                (ChangeKind.Title, before.Title, after.Title),
                (ChangeKind.Message, before.Message, after.Message),
                (ChangeKind.Description, before.Description, after.Description),
                (ChangeKind.Causes, Items(before.Causes), Items(after.Causes)),
                (ChangeKind.Remediation, Items(before.Remediation), Items(after.Remediation)),
                (ChangeKind.Deprecated, Mark(old.IsDeprecated, "deprecated"), Mark(@new.IsDeprecated, "deprecated")),
                (ChangeKind.DelRegion, Mark(old.InDelRegion, "in a Del region"), Mark(@new.InDelRegion, "in a Del region")),
            })
            {
                if (was != now)
                {
                    yield return new CodeChange(kind, @new.Code, @new.MemberName, was, now);
                }
            }
        }

        private static Dictionary<int, CodeEntry> FirstEntries(CatalogModel catalog)
        {
            var entries = new Dictionary<int, CodeEntry>();
            foreach (var entry in catalog.Entries)
            {
                if (!entries.ContainsKey(entry.Code))
                {
                    entries.Add(entry.Code, entry);
                }
            }

            return entries;
        }

        private static bool SameText(CodeEntry old, CodeEntry @new) =>
            old.Texts[0].Title == @new.Texts[0].Title && old.Texts[0].Message == @new.Texts[0].Message && old.Texts[0].Message.Length != 0;

        private static string Items(EquatableArray<string> items) => string.Join("\n", items);

        private static string Mark(bool set, string what) => set ? what : string.Empty;

        private static string Number(int code) => code.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
