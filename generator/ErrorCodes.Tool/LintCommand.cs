using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Model.Template;

namespace ErrorCodes.Tool
{
    /// <summary><c>errorcodes lint</c>: the diagnostics the build reports for each document, at the same lines.</summary>
    internal static class LintCommand
    {
        public static int Run(IReadOnlyList<string> paths, string format, bool warningsAsErrors, bool infos, TextWriter output, bool template = false, CultureInfo? culture = null, string? registry = null, IReadOnlyList<string>? twinMappings = null)
        {
            var files = Documents.Expand(paths);
            var mapped = Documents.TwinMappings(twinMappings);

            // A Chinese document is checked with its English twin, as upstream lays them out and a project lists them (a
            // names file records both's codes); the twin, read with it, is not checked again on its own. The template
            // profile holds twins to the same codes: a code on one side only (an info in a build) is a warning.
            var twins = new HashSet<string>(files.Select(file => Documents.TwinOf(file, mapped)).OfType<string>().Select(Path.GetFullPath), StringComparer.Ordinal);
            var documents = files.Where(file => !twins.Contains(Path.GetFullPath(file))).Select(file => Documents.Load(file, withTwin: true, twins: mapped)).ToList();
            var found = documents.Select(document => document.Result.Diagnostics).Append(OrphanedNamesFiles(documents)).ToList();
            if (template)
            {
                found.AddRange(TemplateDiagnostics(documents, registry == null ? null : RangeRegistry.Parse(registry, Documents.ReadText(registry, out _))));
            }

            var settings = template ? DiagnosticSettings.Template : DiagnosticSettings.Lint;
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var group in found)
            {
                diagnostics.AddRange(settings.Finish(group)
                    .Where(diagnostic => diagnostic.Severity >= (infos || format != "text" ? Severity.Info : Severity.Warning))
                    .Select(diagnostic => warningsAsErrors && diagnostic.Severity == Severity.Warning ? diagnostic with { Severity = Severity.Error } : diagnostic)
                    .OrderBy(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal)
                    .ThenBy(diagnostic => diagnostic.Location.StartLine)
                    .ThenBy(diagnostic => diagnostic.Location.StartColumn));
            }

            switch (format)
            {
                case "json":
                    WriteJson(diagnostics, output, culture);
                    break;
                case "sarif":
                    Sarif.Write(diagnostics, settings, output, culture);
                    break;
                case "summary":
                    WriteSummary(files.Count, diagnostics, output, culture);
                    break;
                default:
                    foreach (var diagnostic in diagnostics)
                    {
                        output.WriteLine(diagnostic.ToString(culture));
                    }

                    output.WriteLine($"{files.Count} {Plural(files.Count, "document")}: {Count(diagnostics, Severity.Error)} {Plural(Count(diagnostics, Severity.Error), "error")}, {Count(diagnostics, Severity.Warning)} {Plural(Count(diagnostics, Severity.Warning), "warning")}");
                    break;
            }

            return Count(diagnostics, Severity.Error) != 0 ? ExitCodes.Failed : ExitCodes.Success;
        }

        // The upstream template's rules: of each document and its twin, of the pair, and of every document together.
        private static IEnumerable<EquatableArray<DiagnosticInfo>> TemplateDiagnostics(List<LoadedDocument> documents, RangeRegistry? registry)
        {
            var written = new List<WrittenDocument>();
            foreach (var document in documents)
            {
                var own = new WrittenDocument(document.Document, document.Text);
                written.Add(own);
                var found = TemplateRules.CheckDocument(own);
                if (document.Twin is { } twin)
                {
                    written.Add(twin);
                    found.AddRange(TemplateRules.CheckDocument(twin));
                    found.AddRange(TemplateRules.CheckTwins(document.Document, twin.Document));
                }

                yield return found.ToEquatableArray();
            }

            yield return TemplateRules.CheckFamily(written, registry).ToEquatableArray();
        }

        // Counts by rule, with a few examples each: what a family of documents breaks, for the people who write them.
        private static void WriteSummary(int documents, List<DiagnosticInfo> diagnostics, TextWriter output, CultureInfo? culture)
        {
            output.WriteLine($"{documents} {Plural(documents, "document")}: {Count(diagnostics, Severity.Error)} {Plural(Count(diagnostics, Severity.Error), "error")}, {Count(diagnostics, Severity.Warning)} {Plural(Count(diagnostics, Severity.Warning), "warning")}, {Count(diagnostics, Severity.Info)} {Plural(Count(diagnostics, Severity.Info), "info")}");
            output.WriteLine();
            output.WriteLine("| Rule | Severity | Count | Documents | Examples |");
            output.WriteLine("| --- | --- | ---: | ---: | --- |");
            foreach (var rule in diagnostics.GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                var first = rule.First();
                var examples = rule.Take(3).Select(diagnostic => $"`{diagnostic.Location.FilePath}:{diagnostic.Location.StartLine + 1}` {Cell(diagnostic.MessageIn(culture))}");
                output.WriteLine($"| [{rule.Key}](diagnostics.md#{rule.Key.ToLowerInvariant()}) {first.Rule.TitleIn(culture)} | {first.Severity.ToString().ToLowerInvariant()} | {rule.Count()} | {rule.Select(diagnostic => diagnostic.Location.FilePath).Distinct().Count()} | {string.Join("<br>", examples)} |");
            }
        }

        private static string Cell(string text)
        {
            var cell = text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            return cell.Length > 160 ? cell.Substring(0, 157) + "…" : cell;
        }

        // The names files beside the documents whose own document is gone (ECG0039), as the build reports them.
        private static EquatableArray<DiagnosticInfo> OrphanedNamesFiles(List<LoadedDocument> documents)
        {
            var found = new List<DiagnosticInfo>();
            foreach (var folder in documents.GroupBy(document => Path.GetDirectoryName(document.Path) ?? string.Empty, StringComparer.Ordinal))
            {
                string[] namesFiles;
                try
                {
                    namesFiles = Directory.GetFiles(folder.Key.Length == 0 ? "." : folder.Key, "*" + NamesFile.Extension);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var path in namesFiles.Select(file => folder.Key.Length == 0 ? Path.GetFileName(file) : Path.Combine(folder.Key, Path.GetFileName(file))).OrderBy(file => file, StringComparer.Ordinal))
                {
                    if (File.Exists(OrphanedNames.DocumentFor(path)) || !Documents.TryReadText(path, out var text, out _, out _))
                    {
                        continue;
                    }

                    var names = NamesFile.Parse(path, text);
                    var candidates = folder
                        .Where(document => document.Names == null && document.Result.Catalog != null)
                        .Select(document => (document.Path, (IReadOnlyCollection<int>)document.Result.Catalog!.Entries.Select(entry => entry.Code).ToList()));
                    found.Add(OrphanedNames.Diagnostic(names, OrphanedNames.RenamedDocument(names, candidates)));
                }
            }

            return found.ToEquatableArray();
        }

        private static void WriteJson(List<DiagnosticInfo> diagnostics, TextWriter output, CultureInfo? culture) =>
            Json.Write(output, writer =>
            {
                writer.WriteStartArray();
                foreach (var diagnostic in diagnostics)
                {
                    writer.WriteStartObject();
                    writer.WriteString("file", diagnostic.Location.FilePath);
                    writer.WriteNumber("line", diagnostic.Location.StartLine + 1);
                    writer.WriteNumber("column", diagnostic.Location.StartColumn + 1);
                    writer.WriteNumber("endLine", diagnostic.Location.EndLine + 1);
                    writer.WriteNumber("endColumn", diagnostic.Location.EndColumn + 1);
                    writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                    writer.WriteString("id", diagnostic.Id);
                    writer.WriteString("title", diagnostic.Rule.TitleIn(culture));
                    writer.WriteString("message", diagnostic.MessageIn(culture));
                    writer.WriteString("help", diagnostic.Rule.HelpLink);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });

        private static int Count(List<DiagnosticInfo> diagnostics, Severity severity) => diagnostics.Count(diagnostic => diagnostic.Severity == severity);

        private static string Plural(int count, string word) => count == 1 ? word : word + "s";
    }
}
