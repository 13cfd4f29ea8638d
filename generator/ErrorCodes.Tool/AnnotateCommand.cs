using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ErrorCodes.Tool
{
    /// <summary>
    /// <c>errorcodes annotate</c>: a log written back line by line, each OpenHarmony error code it recognises followed by
    /// what it is, <c>code=2303210 [NetSocket, Network Kit: 连接超时]</c>. A number is a code where the text says so, as
    /// the analyzers decide for a literal: after a code word (<c>code</c>, <c>errCode</c>, <c>errorCode</c>,
    /// <c>BusinessError</c>, <c>errno</c>, <c>错误码</c>), and only when a module has it; other numbers (times, ids,
    /// sizes) are left as they are.
    /// </summary>
    internal static class AnnotateCommand
    {
        public static int Run(IReadOnlyList<string> files, string language, string format, TextReader input, TextWriter output, TextWriter error)
        {
            var answers = new Dictionary<int, List<PlatformEntry>>();
            var found = new List<(string File, int Line, CodeInText Code, List<PlatformEntry> Entries)>();
            var sources = files.Count == 0 ? new[] { "-" } : files;
            foreach (var file in sources)
            {
                using var reader = file == "-" ? null : new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var lines = reader ?? input;
                var number = 0;
                for (var line = lines.ReadLine(); line != null; line = lines.ReadLine())
                {
                    number++;
                    var codes = CodeText.Numbers(line)
                        .Where(code => code.Named)
                        .Select(code => (Code: code, Entries: Lookup(code.Value, language, answers)))
                        .Where(match => match.Entries.Count != 0)
                        .ToList();
                    if (format == "json")
                    {
                        found.AddRange(codes.Select(match => (file, number, match.Code, match.Entries)));
                        continue;
                    }

                    output.WriteLine(Annotated(line, codes));
                }
            }

            if (format == "json")
            {
                Json.Write(output, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var (file, line, code, entries) in found)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("file", file);
                        writer.WriteNumber("line", line);
                        writer.WriteNumber("column", code.Index + 1);
                        writer.WriteNumber("length", code.Length);
                        writer.WriteStartArray("modules");
                        foreach (var entry in entries)
                        {
                            entry.WriteJson(writer);
                        }

                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
            }

            return ExitCodes.Success;
        }

        private static List<PlatformEntry> Lookup(int code, string language, Dictionary<int, List<PlatformEntry>> answers)
        {
            if (!answers.TryGetValue(code, out var entries))
            {
                entries = Platform.Knows(code) ? Platform.Find(code, language) : new List<PlatformEntry>();
                answers.Add(code, entries);
            }

            return entries;
        }

        // Each code followed by its note, the rest of the line as it was.
        private static string Annotated(string line, List<(CodeInText Code, List<PlatformEntry> Entries)> codes)
        {
            if (codes.Count == 0)
            {
                return line;
            }

            var text = new StringBuilder(line.Length + 64 * codes.Count);
            var at = 0;
            foreach (var (code, entries) in codes)
            {
                var end = code.Index + code.Length;
                text.Append(line, at, end - at).Append(' ').Append(Note(entries));
                at = end;
            }

            return text.Append(line, at, line.Length - at).ToString();
        }

        private static string Note(List<PlatformEntry> entries)
        {
            var first = entries[0];
            var title = (first.First.Title.Length != 0 ? first.First.Title : first.First.Message).Replace('\n', ' ');
            var more = entries.Count > 1 ? $" +{entries.Count - 1} {(entries.Count == 2 ? "module" : "modules")}" : string.Empty;
            return $"[{first.Place(", ", withEdition: false)}{more}: {title}]";
        }
    }
}
