using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Tool
{
    /// <summary><c>errorcodes lint</c>: the diagnostics the build reports for each document, at the same lines.</summary>
    internal static class LintCommand
    {
        public static int Run(IReadOnlyList<string> paths, string format, bool warningsAsErrors, bool infos, TextWriter output)
        {
            var files = Documents.Expand(paths);

            // A Chinese document is checked with its English twin, as upstream lays them out and a project lists them (a
            // names file records both's codes); the twin, read with it, is not checked again on its own.
            var twins = new HashSet<string>(files.Select(Documents.TwinOf).OfType<string>().Select(Path.GetFullPath), StringComparer.Ordinal);
            var documents = files.Where(file => !twins.Contains(Path.GetFullPath(file))).Select(file => Documents.Load(file, withTwin: true)).ToList();
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var found in documents.Select(document => document.Result.Diagnostics).Append(OrphanedNamesFiles(documents)))
            {
                diagnostics.AddRange(DiagnosticSettings.Lint.Finish(found)
                    .Where(diagnostic => diagnostic.Severity >= (infos || format != "text" ? Severity.Info : Severity.Warning))
                    .Select(diagnostic => warningsAsErrors && diagnostic.Severity == Severity.Warning ? diagnostic with { Severity = Severity.Error } : diagnostic)
                    .OrderBy(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal)
                    .ThenBy(diagnostic => diagnostic.Location.StartLine)
                    .ThenBy(diagnostic => diagnostic.Location.StartColumn));
            }

            switch (format)
            {
                case "json":
                    WriteJson(diagnostics, output);
                    break;
                case "sarif":
                    Sarif.Write(diagnostics, output);
                    break;
                default:
                    foreach (var diagnostic in diagnostics)
                    {
                        output.WriteLine(diagnostic);
                    }

                    output.WriteLine($"{files.Count} {Plural(files.Count, "document")}: {Count(diagnostics, Severity.Error)} {Plural(Count(diagnostics, Severity.Error), "error")}, {Count(diagnostics, Severity.Warning)} {Plural(Count(diagnostics, Severity.Warning), "warning")}");
                    break;
            }

            return Count(diagnostics, Severity.Error) != 0 ? ExitCodes.Failed : ExitCodes.Success;
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

        private static void WriteJson(List<DiagnosticInfo> diagnostics, TextWriter output) =>
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
                    writer.WriteString("title", diagnostic.Rule.Title);
                    writer.WriteString("message", diagnostic.Message);
                    writer.WriteString("help", diagnostic.Rule.HelpLink);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });

        private static int Count(List<DiagnosticInfo> diagnostics, Severity severity) => diagnostics.Count(diagnostic => diagnostic.Severity == severity);

        private static string Plural(int count, string word) => count == 1 ? word : word + "s";
    }
}
