using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Model.Template
{
    /// <summary>A module's range of codes in the registry: a single code when First is Last.</summary>
    /// <param name="First">The range's first code.</param>
    /// <param name="Last">The range's last code.</param>
    public sealed record CodeRange(long First, long Last)
    {
        /// <inheritdoc/>
        public override string ToString() => First == Last ? Number(First) : Number(First) + "-" + Number(Last);

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The registry of numbers: which ranges each document's codes come from, as a family of documents agrees them, one
    /// document a line: its file name, then its ranges or single codes, with <c>#</c> comments:
    /// <code>
    /// errorcode-net-socket.md 2300000-2399999   # Network Kit's sockets
    /// errorcode-universal.md 201 202 203 401 801
    /// </code>
    /// With it, every document linted is checked against its ranges (ECG0057), a document it does not list is said
    /// (ECG0059), and the registry itself is checked: a line that is no file name and ranges, a range two documents
    /// share (ECG0058).
    /// </summary>
    public sealed class RangeRegistry
    {
        private readonly Dictionary<string, (List<CodeRange> Ranges, int Line)> _modules = new(StringComparer.Ordinal);

        private RangeRegistry(string path) => FilePath = path;

        /// <summary>The registry file's path.</summary>
        public string FilePath { get; }

        /// <summary>What is wrong with the registry's own lines.</summary>
        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        /// <summary>Reads a registry; a line it cannot read, or a range two documents share, is a diagnostic at that line.</summary>
        public static RangeRegistry Parse(string path, string text)
        {
            var registry = new RangeRegistry(path);
            var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
            var offset = 0;
            for (var i = 0; i < lines.Length; offset += lines[i].Length + 1, i++)
            {
                var content = lines[i];
                var comment = content.IndexOf('#');
                var parts = (comment < 0 ? content : content.Substring(0, comment)).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                {
                    continue;
                }

                var location = new TextLocation(path, offset, offset + lines[i].Length, i, 0, i, lines[i].Length);
                var ranges = parts.Skip(1).Select(ReadRange).ToList();
                if (parts.Length < 2 || !parts[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase) || ranges.Any(range => range == null))
                {
                    registry.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.RegistryLine, location, "'" + content.Trim() + "' is not a document's file name and its ranges, such as 'errorcode-net-socket.md 2300000-2399999'; the line is ignored"));
                    continue;
                }

                if (registry._modules.TryGetValue(parts[0], out var earlier))
                {
                    registry.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.RegistryLine, location, parts[0] + " is listed again (first at line " + (earlier.Line + 1).ToString(CultureInfo.InvariantCulture) + "); this line is ignored"));
                    continue;
                }

                foreach (var other in registry._modules)
                {
                    foreach (var range in ranges)
                    {
                        var shared = other.Value.Ranges.FirstOrDefault(mine => mine.First <= range!.Last && range.First <= mine.Last);
                        if (shared != null)
                        {
                            registry.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.RegistryLine, location, parts[0] + "'s range " + range + " overlaps " + other.Key + "'s " + shared + " (line " + (other.Value.Line + 1).ToString(CultureInfo.InvariantCulture) + "): one number would belong to two documents"));
                        }
                    }
                }

                registry._modules.Add(parts[0], (ranges.Select(range => range!).ToList(), i));
            }

            return registry;
        }

        /// <summary>Every document checked against the registry: codes outside their document's ranges, documents it does not list.</summary>
        public List<DiagnosticInfo> Check(IEnumerable<ParsedDocument> documents)
        {
            var found = new List<DiagnosticInfo>();
            foreach (var document in documents.Where(document => !document.Failed))
            {
                var name = SpecPaths.FileName(document.FilePath);
                if (!_modules.TryGetValue(name, out var module))
                {
                    var codes = document.Codes.Select(code => (long)code.Code).ToList();
                    var suggestion = codes.Count == 0 ? "1000000-1000999" : new CodeRange(codes.Min(), codes.Max()).ToString();
                    found.Add(DiagnosticInfo.Create(DiagnosticRules.NotInRegistry, document.Start, FilePath, name, suggestion));
                    continue;
                }

                foreach (var code in document.Codes.GroupBy(code => code.Code).Select(group => group.First()))
                {
                    if (!module.Ranges.Any(range => range.First <= code.Code && code.Code <= range.Last))
                    {
                        found.Add(DiagnosticInfo.Create(DiagnosticRules.CodeOutsideRegistry, code.Heading, code.Code, name, string.Join(", ", module.Ranges)));
                    }
                }
            }

            return found;
        }

        /// <summary>Whether the registry gives ranges for the document of <paramref name="fileName"/>.</summary>
        public bool Lists(string fileName) => _modules.ContainsKey(fileName);

        private static CodeRange? ReadRange(string text)
        {
            var dash = text.IndexOf('-', 1);
            if (dash < 0)
            {
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var single) ? new CodeRange(single, single) : null;
            }

            return long.TryParse(text.Substring(0, dash), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var first)
                && long.TryParse(text.Substring(dash + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var last)
                && first <= last
                ? new CodeRange(first, last)
                : null;
        }
    }
}
