using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Model;
using ErrorCodes.Model.Comparing;

namespace ErrorCodes.Tool
{
    /// <summary>
    /// <c>errorcodes diff</c>: what happens to code built against the old edition when the new one replaces it, with
    /// the names file as it will be: the new edition's own, else the old one's (as <c>cp</c> and <c>errorcodes names</c>
    /// leave it), so that only what changes for a user is reported. Breaking changes first, then changes of meaning.
    /// </summary>
    internal static class DiffCommand
    {
        public static int Run(string oldPath, string newPath, string format, TextWriter output, TextWriter? error = null)
        {
            var pairs = Pair(oldPath, newPath);

            // In a folder, a document that cannot be read is one line on the error output, and the others are compared.
            var skipped = 0;
            var results = new List<(string? Old, string? New, List<CodeChange> Changes)>();
            foreach (var pair in pairs)
            {
                try
                {
                    results.Add((pair.Old, pair.New, Compare(pair.Old, pair.New)));
                }
                catch (InputException exception) when (pairs.Count > 1 || Directory.Exists(oldPath))
                {
                    (error ?? Console.Error).WriteLine("errorcodes: skipped: " + exception.Message);
                    skipped++;
                }
            }

            // A folder's unchanged documents are counted, not listed; two files are listed whatever they hold.
            var unchanged = pairs.Count > 1 || Directory.Exists(oldPath) ? results.Count(result => result.Changes.Count == 0) : 0;
            var shown = unchanged == 0 ? results : results.Where(result => result.Changes.Count != 0).ToList();
            switch (format)
            {
                case "json":
                    Json.Write(output, writer =>
                    {
                        writer.WriteStartArray();
                        foreach (var (old, @new, changes) in shown)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("old", old ?? string.Empty);
                            writer.WriteString("new", @new ?? string.Empty);
                            writer.WriteNumber("breaking", changes.Count(change => change.Class == ChangeClass.Breaking));
                            writer.WriteNumber("meaning", changes.Count(change => change.Class == ChangeClass.Meaning));
                            writer.WriteStartArray("changes");
                            foreach (var change in changes)
                            {
                                writer.WriteStartObject();
                                writer.WriteString("kind", Kind(change.Kind));
                                writer.WriteString("class", Class(change.Class));
                                writer.WriteBoolean("breaking", change.IsBreaking);
                                writer.WriteNumber("code", change.Code);
                                writer.WriteString("name", change.Name);
                                writer.WriteString("old", change.Old);
                                writer.WriteString("new", change.New);
                                writer.WriteEndObject();
                            }

                            writer.WriteEndArray();
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    });
                    break;
                case "markdown":
                    foreach (var (old, @new, changes) in shown)
                    {
                        WriteMarkdown(@new ?? old!, changes, output);
                    }

                    break;
                default:
                    foreach (var (old, @new, changes) in shown)
                    {
                        WriteText(old, @new, changes, output);
                    }

                    if (unchanged != 0)
                    {
                        output.WriteLine($"{unchanged} {(unchanged == 1 ? "document" : "documents")} unchanged");
                    }

                    break;
            }

            // A gate that could not read a document cannot say the edition is safe.
            return results.Any(result => result.Changes.Any(change => change.Class is ChangeClass.Breaking or ChangeClass.Meaning)) ? ExitCodes.Breaking
                : skipped != 0 ? ExitCodes.BadInput
                : ExitCodes.Success;
        }

        // Two files, or two folders whose documents pair by their path inside the folder.
        private static List<(string? Old, string? New)> Pair(string oldPath, string newPath)
        {
            if (File.Exists(oldPath) && File.Exists(newPath))
            {
                return new List<(string?, string?)> { (oldPath, newPath) };
            }

            if (!Directory.Exists(oldPath) || !Directory.Exists(newPath))
            {
                throw new InputException($"{(File.Exists(oldPath) || Directory.Exists(oldPath) ? newPath : oldPath)}: no such file or folder, or not the same kind as the other (diff takes two files or two folders)");
            }

            var oldFiles = Relative(oldPath);
            var newFiles = Relative(newPath);
            return oldFiles.Keys.Union(newFiles.Keys).OrderBy(name => name, StringComparer.Ordinal)
                .Select(name => (oldFiles.TryGetValue(name, out var old) ? old : null, newFiles.TryGetValue(name, out var @new) ? @new : null))
                .ToList();
        }

        private static Dictionary<string, string> Relative(string folder) =>
            Documents.Expand(new[] { folder }).ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), file => file, StringComparer.Ordinal);

        private static List<CodeChange> Compare(string? old, string? @new)
        {
            var before = old == null ? null : Documents.Load(old);
            var after = @new == null ? null : Documents.Load(@new);
            if (before != null && after != null && after.Names == null && before.Names != null)
            {
                // The names file as it will be once the new edition is copied over the old: the old one's.
                after = Documents.Load(@new!, before.Names);
            }

            var oldCatalog = before == null ? null : Catalog(before);
            var newCatalog = after == null ? null : Catalog(after);
            if (oldCatalog != null && newCatalog != null)
            {
                return CatalogDiff.Compare(oldCatalog, newCatalog);
            }

            // A document only one side has: all its codes are added, or all removed with its catalog.
            return newCatalog != null ? CatalogDiff.Whole(newCatalog, added: true) : CatalogDiff.Whole(oldCatalog!, added: false);
        }

        private static CatalogModel Catalog(LoadedDocument document) =>
            document.Result.Catalog ?? throw new InputException(document.Path + ": " + Documents.WhyNoCatalog(document));

        private static void WriteText(string? old, string? @new, List<CodeChange> changes, TextWriter output)
        {
            output.WriteLine($"{old ?? "(none)"} -> {@new ?? "(none)"}: " + (changes.Count == 0
                ? "no change"
                : $"{Count(changes, ChangeClass.Breaking)} breaking, {Count(changes, ChangeClass.Meaning)} meaning changed, {Count(changes, ChangeClass.Obsolete)} kept obsolete, {Count(changes, ChangeClass.Added)} added, {Count(changes, ChangeClass.Changed)} changed"));
            foreach (var (group, members) in Groups(changes))
            {
                output.WriteLine("  " + Title(group) + ": " + Advice(group));
                foreach (var change in members)
                {
                    output.WriteLine("    " + Describe(change));
                }
            }
        }

        private static void WriteMarkdown(string document, List<CodeChange> changes, TextWriter output)
        {
            output.WriteLine("## " + Path.GetFileName(document));
            output.WriteLine();
            if (changes.Count == 0)
            {
                output.WriteLine("No change.");
                output.WriteLine();
                return;
            }

            foreach (var (group, members) in Groups(changes))
            {
                output.WriteLine("### " + Title(group));
                output.WriteLine();
                output.WriteLine(Advice(group));
                output.WriteLine();
                output.WriteLine("| Code | Name | Change | Old | New |");
                output.WriteLine("| --- | --- | --- | --- | --- |");
                foreach (var change in members)
                {
                    output.WriteLine($"| {(change.Code == 0 ? "document" : change.Code.ToString(System.Globalization.CultureInfo.InvariantCulture))} | {Cell(change.Name)} | {Kind(change.Kind)} | {Cell(change.Old)} | {Cell(change.New)} |");
                }

                output.WriteLine();
            }
        }

        private static int Count(List<CodeChange> changes, ChangeClass group) => changes.Count(change => change.Class == group);

        private static IEnumerable<(ChangeClass Class, List<CodeChange> Changes)> Groups(List<CodeChange> changes) =>
            changes.GroupBy(change => change.Class).OrderBy(group => group.Key).Select(group => (group.Key, group.ToList()));

        private static string Title(ChangeClass group) => group switch
        {
            ChangeClass.Breaking => "Breaking changes",
            ChangeClass.Meaning => "Meaning changes",
            ChangeClass.Obsolete => "Removed, kept obsolete",
            ChangeClass.Added => "Added codes",
            _ => "Changed",
        };

        // What a user does about each class, said once above its list.
        private static string Advice(ChangeClass group) => group switch
        {
            ChangeClass.Breaking => "code built against the old edition stops compiling or gets other answers; keep a names file (errorcodes names) so that names stay, and change the code that calls what is gone",
            ChangeClass.Meaning => "code still compiles, but these numbers or names stand for other errors now; check every use",
            ChangeClass.Obsolete => "the names file keeps their members, obsolete: code that uses them compiles with a warning, and lookups no longer find them",
            ChangeClass.Added => "new codes; errorcodes names records their names",
            _ => "texts, marks and the document's own parts; nothing to change in code",
        };

        private static string Describe(CodeChange change) => change.Kind switch
        {
            ChangeKind.Added => $"{change.Code} {change.Name}: added, \"{OneLine(change.New)}\"",
            ChangeKind.Removed => $"{change.Code} {change.Name}: removed (was \"{OneLine(change.Old)}\")",
            ChangeKind.Renamed => $"{change.Code}: renamed {change.Old} -> {change.New}",
            ChangeKind.Renumbered => $"{change.Name}: renumbered {change.Old} -> {change.New}",
            ChangeKind.NameMoved => $"{change.Name}: now stands for {change.New}, was {change.Old}",
            ChangeKind.Reused => $"{change.Code} {change.Name}: another error now, \"{OneLine(change.Old)}\" -> \"{OneLine(change.New)}\"",
            ChangeKind.KeptObsolete => $"{change.Code} {change.Name}: removed, kept obsolete (was \"{OneLine(change.Old)}\")",
            ChangeKind.MethodRemoved => $"{change.Old}: removed",
            ChangeKind.MethodChanged when change.Old.Length == 0 => $"{change.New}: added",
            ChangeKind.MethodChanged => $"{change.Old} -> {change.New}: parameters renamed (callers that name the arguments break)",
            ChangeKind.Errno => $"{change.Code} {change.Name}: {change.Old} -> {change.New}",
            _ when change.Code == 0 => $"document: {Kind(change.Kind)}{(change.Name.Length == 0 ? string.Empty : " " + change.Name)} \"{OneLine(change.Old)}\" -> \"{OneLine(change.New)}\"",
            _ => $"{change.Code} {change.Name}: {Kind(change.Kind)} \"{OneLine(change.Old)}\" -> \"{OneLine(change.New)}\"",
        };

        private static string Kind(ChangeKind kind) => kind switch
        {
            ChangeKind.DelRegion => "del-region",
            ChangeKind.NameMoved => "name-moved",
            ChangeKind.KeptObsolete => "kept-obsolete",
            ChangeKind.MethodRemoved => "method-removed",
            ChangeKind.MethodChanged => "method-changed",
            ChangeKind.DocumentTitle => "document-title",
            ChangeKind.ErrnoRule => "errno-rule",
            _ => kind.ToString().ToLowerInvariant(),
        };

        private static string Class(ChangeClass group) => group.ToString().ToLowerInvariant();

        private static string OneLine(string text) => text.Replace("\n", " / ", StringComparison.Ordinal);

        // A table cell is one line of markdown: a '|' would end it and a '<' could open HTML (such as a document's own <!--Del-->).
        private static string Cell(string text) =>
            text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
    }
}
