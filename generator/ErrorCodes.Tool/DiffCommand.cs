using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Model;
using ErrorCodes.Model.Comparing;

namespace ErrorCodes.Tool
{
    /// <summary><c>errorcodes diff</c>: what changed between two editions of documents, breaking changes first.</summary>
    internal static class DiffCommand
    {
        public static int Run(string oldPath, string newPath, string format, TextWriter output)
        {
            var pairs = Pair(oldPath, newPath);
            var results = pairs.Select(pair => (pair.Old, pair.New, Changes: Compare(pair.Old, pair.New))).ToList();
            switch (format)
            {
                case "json":
                    Json.Write(output, writer =>
                    {
                        writer.WriteStartArray();
                        foreach (var (old, @new, changes) in results)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("old", old ?? string.Empty);
                            writer.WriteString("new", @new ?? string.Empty);
                            writer.WriteNumber("breaking", changes.Count(change => change.IsBreaking));
                            writer.WriteStartArray("changes");
                            foreach (var change in changes)
                            {
                                writer.WriteStartObject();
                                writer.WriteString("kind", Kind(change.Kind));
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
                    foreach (var (old, @new, changes) in results)
                    {
                        WriteMarkdown(@new ?? old!, changes, output);
                    }

                    break;
                default:
                    foreach (var (old, @new, changes) in results)
                    {
                        WriteText(old, @new, changes, output);
                    }

                    break;
            }

            return results.Any(result => result.Changes.Any(change => change.IsBreaking)) ? ExitCodes.Breaking : ExitCodes.Success;
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
            var before = old == null ? null : Catalog(old);
            var after = @new == null ? null : Catalog(@new);
            if (before != null && after != null)
            {
                return CatalogDiff.Compare(before, after);
            }

            // A document only one side has: all its codes are added, or all removed.
            var kind = after != null ? ChangeKind.Added : ChangeKind.Removed;
            return (after ?? before)!.Entries.GroupBy(entry => entry.Code).Select(group => group.First())
                .Select(entry => new CodeChange(kind, entry.Code, entry.MemberName, kind == ChangeKind.Removed ? entry.Texts[0].Message : string.Empty, kind == ChangeKind.Added ? entry.Texts[0].Message : string.Empty))
                .OrderBy(change => change.Code)
                .ToList();
        }

        private static CatalogModel Catalog(string path)
        {
            var document = Documents.Load(path);
            return document.Result.Catalog ?? throw new InputException(path + ": " + Documents.WhyNoCatalog(document));
        }

        private static void WriteText(string? old, string? @new, List<CodeChange> changes, TextWriter output)
        {
            var breaking = changes.Count(change => change.IsBreaking);
            output.WriteLine($"{old ?? "(none)"} -> {@new ?? "(none)"}: {breaking} breaking, {changes.Count(change => change.Kind == ChangeKind.Added)} added, {changes.Count(change => !change.IsBreaking && change.Kind != ChangeKind.Added)} changed");
            foreach (var (title, group) in Groups(changes))
            {
                output.WriteLine("  " + title + ":");
                foreach (var change in group)
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

            foreach (var (title, group) in Groups(changes))
            {
                output.WriteLine("### " + title);
                output.WriteLine();
                output.WriteLine("| Code | Name | Change | Old | New |");
                output.WriteLine("| --- | --- | --- | --- | --- |");
                foreach (var change in group)
                {
                    output.WriteLine($"| {change.Code} | {Cell(change.Name)} | {Kind(change.Kind)} | {Cell(change.Old)} | {Cell(change.New)} |");
                }

                output.WriteLine();
            }
        }

        private static IEnumerable<(string Title, List<CodeChange> Changes)> Groups(List<CodeChange> changes)
        {
            foreach (var (title, predicate) in new (string, Func<CodeChange, bool>)[]
            {
                ("Breaking changes", change => change.IsBreaking),
                ("Added codes", change => change.Kind == ChangeKind.Added),
                ("Changed", change => !change.IsBreaking && change.Kind != ChangeKind.Added),
            })
            {
                var group = changes.Where(predicate).ToList();
                if (group.Count != 0)
                {
                    yield return (title, group);
                }
            }
        }

        private static string Describe(CodeChange change) => change.Kind switch
        {
            ChangeKind.Added => $"{change.Code} {change.Name}: added, \"{OneLine(change.New)}\"",
            ChangeKind.Removed => $"{change.Code} {change.Name}: removed (was \"{OneLine(change.Old)}\")",
            ChangeKind.Renamed => $"{change.Code}: renamed {change.Old} -> {change.New}",
            ChangeKind.Renumbered => $"{change.Name}: renumbered {change.Old} -> {change.New}",
            _ => $"{change.Code} {change.Name}: {Kind(change.Kind)} \"{OneLine(change.Old)}\" -> \"{OneLine(change.New)}\"",
        };

        private static string Kind(ChangeKind kind) => kind switch
        {
            ChangeKind.DelRegion => "del-region",
            _ => kind.ToString().ToLowerInvariant(),
        };

        private static string OneLine(string text) => text.Replace("\n", " / ", StringComparison.Ordinal);

        // A table cell is one line of markdown: a '|' would end it and a '<' could open HTML (such as a document's own <!--Del-->).
        private static string Cell(string text) =>
            text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
    }
}
