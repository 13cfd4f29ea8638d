using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ErrorCodes.Model.Comparing
{
    /// <summary>
    /// Compares two editions of a catalog: what happens to code built against the old edition's generated code when the
    /// new one replaces it. Both catalogs should be read with the names file as it will be (the old edition's, when
    /// the new one has none), so that only what really changes for a user is reported. Breaking changes come first,
    /// then changes of meaning, removed codes kept obsolete, added codes, and changed texts and marks.
    /// </summary>
    public static class CatalogDiff
    {
        /// <summary>The changes from <paramref name="old"/> to <paramref name="new"/>, by class, each class in code order.</summary>
        public static List<CodeChange> Compare(CatalogModel old, CatalogModel @new)
        {
            var before = FirstEntries(old);
            var after = FirstEntries(@new);
            var kept = new HashSet<int>(@new.Removed.Select(removed => removed.Code));
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
                    changes.Add(new CodeChange(kept.Contains(entry.Code) ? ChangeKind.KeptObsolete : ChangeKind.Removed, entry.Code, entry.MemberName, entry.Texts[0].Message, string.Empty));
                }
            }

            // A name that stood for one code and now stands for another still compiles, and means something else.
            var codeOfName = after.Values.GroupBy(entry => entry.MemberName).ToDictionary(group => group.Key, group => group.First().Code);
            foreach (var entry in before.Values)
            {
                if (codeOfName.TryGetValue(entry.MemberName, out var now) && now != entry.Code && !changes.Any(change => change.Kind == ChangeKind.Renumbered && change.Code == now))
                {
                    changes.Add(new CodeChange(ChangeKind.NameMoved, now, entry.MemberName, Number(entry.Code), Number(now)));
                }
            }

            foreach (var entry in after.Values.Where(entry => before.ContainsKey(entry.Code)))
            {
                var previous = before[entry.Code];
                if (previous.MemberName != entry.MemberName)
                {
                    changes.Add(new CodeChange(ChangeKind.Renamed, entry.Code, entry.MemberName, previous.MemberName, entry.MemberName));
                }

                changes.AddRange(TextChanges(previous, entry));
                if (ErrnoAnswer(old, entry.Code) is var was && ErrnoAnswer(@new, entry.Code) is var now && was != now)
                {
                    changes.Add(new CodeChange(ChangeKind.Errno, entry.Code, entry.MemberName, was, now));
                }
            }

            changes.AddRange(added.Select(code => new CodeChange(ChangeKind.Added, code, after[code].MemberName, string.Empty, after[code].Texts[0].Message)));
            changes.AddRange(LaterEntries(old, @new));
            changes.AddRange(MethodChanges(old, @new));
            changes.AddRange(DocumentChanges(old, @new));
            return Ordered(changes);
        }

        /// <summary>Every code of a document that only one side has: all added, or all removed (its catalog is gone).</summary>
        public static List<CodeChange> Whole(CatalogModel catalog, bool added) =>
            Ordered(FirstEntries(catalog).Values
                .Select(entry => new CodeChange(
                    added ? ChangeKind.Added : ChangeKind.Removed,
                    entry.Code,
                    entry.MemberName,
                    added ? string.Empty : entry.Texts[0].Message,
                    added ? entry.Texts[0].Message : string.Empty))
                .ToList());

        /// <summary>The generated methods and overloads of a catalog that user code may call and that depend on its document.</summary>
        public static SortedDictionary<string, string> Methods(CatalogModel catalog)
        {
            var methods = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var entry in FirstEntries(catalog).Values)
            {
                var names = MessagePlaceholders.Names(entry.Texts[0].Message);
                if (names.Count == 0)
                {
                    continue;
                }

                // One overload of each for every number of placeholders, its parameters named after the first such code's.
                var parameters = string.Join(", ", names.Select(name => "string " + name));
                var arity = names.Count.ToString(CultureInfo.InvariantCulture);
                if (!methods.ContainsKey("FormatMessage/" + arity))
                {
                    methods.Add("FormatMessage/" + arity, "FormatMessage(" + catalog.EnumName + ", " + parameters + ")");
                    methods.Add("ToException/" + arity, "ToException(" + catalog.EnumName + ", " + parameters + ", Exception?)");
                }

                if (!methods.ContainsKey("GetMessageTemplate"))
                {
                    methods.Add("GetMessageTemplate", "GetMessageTemplate(" + catalog.EnumName + ")");
                }
            }

            if (ErrnoMapping.Ranges(catalog.ErrnoRules).Count != 0)
            {
                methods.Add("FromErrno", "FromErrno(int)");
                methods.Add("TryFromSocketException", "TryFromSocketException(SocketException, out " + catalog.EnumName + ")");
                methods.Add("TryGetErrno", "TryGetErrno(int, out int)");
                methods.Add("TryGetErrno/enum", "TryGetErrno(" + catalog.EnumName + ", out int)");
            }

            return methods;
        }

        private static List<CodeChange> Ordered(List<CodeChange> changes) =>
            changes.OrderBy(change => change.Class).ThenBy(change => change.Code).ThenBy(change => change.Kind).ThenBy(change => change.Name, System.StringComparer.Ordinal).ToList();

        private static IEnumerable<CodeChange> TextChanges(CodeEntry old, CodeEntry @new)
        {
            var (before, after) = (old.Texts[0], @new.Texts[0]);

            // Both the title and the message replaced, not reworded: the number stands for another error now.
            var reused = before.Title.Length != 0 && before.Message.Length != 0 && Replaced(before.Title, after.Title) && Replaced(before.Message, after.Message);
            if (reused)
            {
                yield return new CodeChange(ChangeKind.Reused, @new.Code, @new.MemberName, before.Title + ": " + before.Message, after.Title + ": " + after.Message);
            }

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
                if (was != now && !(reused && kind is ChangeKind.Title or ChangeKind.Message))
                {
                    yield return new CodeChange(kind, @new.Code, @new.MemberName, was, now);
                }
            }
        }

        // The second and later entries of a code defined more than once, paired by their order among the code's entries.
        private static IEnumerable<CodeChange> LaterEntries(CatalogModel old, CatalogModel @new)
        {
            var before = Later(old);
            var after = Later(@new);
            foreach (var key in before.Keys.Union(after.Keys).OrderBy(key => key.Code).ThenBy(key => key.Index))
            {
                before.TryGetValue(key, out var was);
                after.TryGetValue(key, out var now);
                var oldText = was == null ? string.Empty : Summary(was);
                var newText = now == null ? string.Empty : Summary(now);
                if (oldText != newText)
                {
                    yield return new CodeChange(ChangeKind.Entry, key.Code, (now ?? was)!.MemberName, oldText, newText);
                }
            }
        }

        private static Dictionary<(int Code, int Index), CodeEntry> Later(CatalogModel catalog)
        {
            var later = new Dictionary<(int Code, int Index), CodeEntry>();
            foreach (var group in catalog.Entries.GroupBy(entry => entry.Code))
            {
                var index = 0;
                foreach (var entry in group.Skip(1))
                {
                    later.Add((group.Key, ++index), entry);
                }
            }

            return later;
        }

        private static string Summary(CodeEntry entry)
        {
            var texts = entry.Texts[0];
            return string.Join("\n", new[] { texts.Title, texts.Message, texts.Description, Items(texts.Causes), Items(texts.Remediation) }.Where(text => text.Length != 0));
        }

        private static IEnumerable<CodeChange> MethodChanges(CatalogModel old, CatalogModel @new)
        {
            var before = Methods(old);
            var after = Methods(@new);
            foreach (var method in before)
            {
                if (!after.TryGetValue(method.Key, out var now))
                {
                    yield return new CodeChange(ChangeKind.MethodRemoved, 0, method.Key.Split('/')[0], method.Value, string.Empty);
                }
                else if (now != method.Value)
                {
                    // The same overload with its parameters named otherwise: only callers that name the arguments break.
                    yield return new CodeChange(ChangeKind.MethodChanged, 0, method.Key.Split('/')[0], method.Value, now);
                }
            }

            foreach (var method in after.Where(method => !before.ContainsKey(method.Key)))
            {
                yield return new CodeChange(ChangeKind.MethodChanged, 0, method.Key.Split('/')[0], string.Empty, method.Value);
            }
        }

        private static IEnumerable<CodeChange> DocumentChanges(CatalogModel old, CatalogModel @new)
        {
            foreach (var language in old.Languages)
            {
                var other = @new.Languages.FirstOrDefault(candidate => candidate.Language == language.Language);
                if (other == null)
                {
                    continue;
                }

                var tag = old.Languages.Count > 1 ? language.Language : string.Empty;
                if (language.Title != other.Title)
                {
                    yield return new CodeChange(ChangeKind.DocumentTitle, 0, tag, language.Title, other.Title);
                }

                if (Items(language.Notes) != Items(other.Notes))
                {
                    yield return new CodeChange(ChangeKind.Notes, 0, tag, Items(language.Notes), Items(other.Notes));
                }
            }

            var (linksBefore, linksAfter) = (string.Join("\n", old.Links.OrderBy(link => link, System.StringComparer.Ordinal)), string.Join("\n", @new.Links.OrderBy(link => link, System.StringComparer.Ordinal)));
            if (linksBefore != linksAfter)
            {
                yield return new CodeChange(ChangeKind.Links, 0, string.Empty, linksBefore, linksAfter);
            }

            var (propertiesBefore, propertiesAfter) = (Properties(old), Properties(@new));
            if (propertiesBefore != propertiesAfter)
            {
                yield return new CodeChange(ChangeKind.Properties, 0, string.Empty, propertiesBefore, propertiesAfter);
            }

            var rulesBefore = old.ErrnoRules.GroupBy(rule => rule.Base).ToDictionary(group => group.Key, group => group.First().Text);
            var rulesAfter = @new.ErrnoRules.GroupBy(rule => rule.Base).ToDictionary(group => group.Key, group => group.First().Text);
            foreach (var ruleBase in rulesBefore.Keys.Union(rulesAfter.Keys).OrderBy(value => value))
            {
                rulesBefore.TryGetValue(ruleBase, out var was);
                rulesAfter.TryGetValue(ruleBase, out var now);
                if (was != now)
                {
                    yield return new CodeChange(ChangeKind.ErrnoRule, 0, Number(ruleBase) + " + errno", was ?? string.Empty, now ?? string.Empty);
                }
            }
        }

        // Rewording keeps much of a text ("tls读取错误" -> "TLS读取错误", "Error in tls reading." -> "An error occurred
        // when reading data on the TLS socket."); a replaced text shares little: under 40% of the character pairs of its
        // letters and digits, case aside (Dice's coefficient), whatever the language.
        private static bool Replaced(string old, string @new)
        {
            var (before, after) = (Pairs(old), Pairs(@new));
            if (before.Count == 0 || after.Count == 0)
            {
                return before.Count != after.Count;
            }

            var shared = 0;
            var remaining = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var pair in before)
            {
                remaining[pair] = remaining.TryGetValue(pair, out var count) ? count + 1 : 1;
            }

            foreach (var pair in after)
            {
                if (remaining.TryGetValue(pair, out var count) && count > 0)
                {
                    remaining[pair] = count - 1;
                    shared++;
                }
            }

            return 2.0 * shared / (before.Count + after.Count) < 0.4;
        }

        private static List<string> Pairs(string text)
        {
            var letters = new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            var pairs = new List<string>();
            for (var i = 0; i + 1 < letters.Length; i++)
            {
                pairs.Add(letters.Substring(i, 2));
            }

            return pairs;
        }

        private static string ErrnoAnswer(CatalogModel catalog, int code) =>
            ErrnoMapping.TryMap(catalog, code, out _, out var errno) ? "errno " + Number(errno) : "no errno";

        private static string Properties(CatalogModel catalog) => string.Join("\n", catalog.Properties.Select(property => property.Key + ": " + property.Value));

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

        private static string Number(int code) => code.ToString(CultureInfo.InvariantCulture);
    }
}
