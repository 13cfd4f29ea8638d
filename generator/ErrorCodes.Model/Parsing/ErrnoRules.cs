using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Finds rules such as "TCP/UDP Socket其余错误码映射形式为：2301000 + Linux系统内核错误码errno" or "Mapping format of
    /// other TCP/UDP Socket error codes: 2301000 + Linux kernel error code (errno)" in a document's notes.
    /// </summary>
    internal static class ErrnoRules
    {
        // A base number, a plus, and, before the sentence ends, words that name the kernel's errno.
        private static readonly Regex s_rule = new Regex(
            @"(?<![0-9])([0-9]{3,9})\s*[+＋]\s*[^。\n]{0,40}?(errno|内核错误码|kernel error code)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>The rules of the notes in document order, each base once.</summary>
        public static List<ErrnoRule> Find(IEnumerable<string> notes)
        {
            var rules = new List<ErrnoRule>();
            var bases = new HashSet<int>();
            foreach (var note in notes)
            {
                foreach (Match match in s_rule.Matches(note))
                {
                    if (int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && bases.Add(value))
                    {
                        rules.Add(new ErrnoRule(value, Sentence(note, match.Index)));
                    }
                }
            }

            return rules;
        }

        // The rule's own line of the note, which is what a reader wants to see in the docs.
        private static string Sentence(string note, int index)
        {
            var start = note.LastIndexOf('\n', index) + 1;
            var end = note.IndexOf('\n', index);
            return (end < 0 ? note.Substring(start) : note.Substring(start, end - start)).Trim();
        }
    }
}
