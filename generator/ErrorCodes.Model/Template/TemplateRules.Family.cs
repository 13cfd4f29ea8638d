using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Model.Template
{
    // The rules over a family of documents read together: numbering across them, and the links between them.
    public static partial class TemplateRules
    {
        private static readonly Regex s_link = new Regex(@"\]\(([^)\s]+)\)", RegexOptions.CultureInvariant);

        /// <summary>
        /// The rules over every document read together (Chinese and English apart, each against its own language): the
        /// numbering rules (<see cref="CheckNumbering"/>), the <paramref name="registry"/>'s, and links between documents
        /// that lead nowhere.
        /// </summary>
        public static List<DiagnosticInfo> CheckFamily(IReadOnlyList<WrittenDocument> documents, RangeRegistry? registry = null)
        {
            var found = new DiagnosticBag();
            var readable = documents.Where(written => !written.Document.Failed).OrderBy(written => written.Document.FilePath, StringComparer.Ordinal).ToList();
            found.AddRange(CheckNumbering(readable.Select(written => written.Document).ToList(), registry));
            if (registry != null)
            {
                found.AddRange(registry.Diagnostics);
                found.AddRange(registry.Check(readable.Select(written => written.Document)));
            }

            CheckLinks(readable, found);
            return new List<DiagnosticInfo>(found.ToEquatableArray());
        }

        /// <summary>
        /// The numbering rules, which read the documents' codes and not their text, so that a build checks them too: a
        /// code two documents define with different messages, a module that defines a universal code again, and a code
        /// outside the range its document's other codes share (or, where <paramref name="registry"/> gives the
        /// document's ranges, those are checked instead).
        /// </summary>
        public static List<DiagnosticInfo> CheckNumbering(IReadOnlyList<ParsedDocument> documents, RangeRegistry? registry = null)
        {
            var found = new DiagnosticBag();
            var readable = documents.Where(document => !document.Failed).OrderBy(document => document.FilePath, StringComparer.Ordinal).ToList();

            // Each edition (ArkTS, Cangjie's cj- documents) and language apart: the editions of a module share its numbers.
            foreach (var language in readable.GroupBy(document => (document.Language, Cangjie: SpecPaths.FileName(document.FilePath).StartsWith("cj-", StringComparison.Ordinal))))
            {
                var first = new Dictionary<int, (ParsedDocument Document, ParsedCode Code)>();
                foreach (var document in language)
                {
                    var universal = IsUniversal(document);
                    foreach (var code in FirstOfEach(document).Values)
                    {
                        if (!universal && UniversalCodes.Contains(code.Code))
                        {
                            found.Add(DiagnosticRules.UniversalCodeRedefined, code.Heading, Number(code.Code));
                            continue;
                        }

                        if (!first.TryGetValue(code.Code, out var earlier))
                        {
                            first.Add(code.Code, (document, code));
                        }
                        else if (earlier.Code.Message.Length != 0 && code.Message.Length != 0 && Spaced(earlier.Code.Message) != Spaced(code.Message))
                        {
                            found.Add(DiagnosticRules.CodeInTwoDocuments, code.Heading, Number(code.Code), SpecPaths.FileName(earlier.Document.FilePath), earlier.Code.Line, earlier.Code.Message);
                        }
                    }
                }
            }

            // A registry's ranges, where it gives a document's, replace the range read from the document's own codes.
            foreach (var document in readable.Where(document => registry == null || !registry.Lists(SpecPaths.FileName(document.FilePath))))
            {
                CheckRange(document, found);
            }

            return new List<DiagnosticInfo>(found.ToEquatableArray());
        }

        // The longest prefix of digits that at least three quarters of the document's codes (four or more, of five digits
        // or more) share, short of the last three digits, which number the codes within a module and its sub-ranges
        // (17700001 and 17700201 are both bundle's); a code without it is out of the document's range.
        private static void CheckRange(ParsedDocument document, DiagnosticBag found)
        {
            var codes = FirstOfEach(document).Values.Where(code => code.Code >= 10000).ToList();
            if (codes.Count < 4 || document.IsTable)
            {
                return;
            }

            var texts = codes.Select(code => Number(code.Code)).ToList();
            string? prefix = null;
            var sharing = 0;
            for (var length = 3; length <= texts.Min(text => text.Length) - 3; length++)
            {
                var best = texts.GroupBy(text => text.Substring(0, length)).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).First();
                if (4 * best.Count() < 3 * texts.Count)
                {
                    break;
                }

                (prefix, sharing) = (best.Key, best.Count());
            }

            if (prefix == null || sharing == texts.Count)
            {
                return;
            }

            var neighbours = texts.Where(text => text.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            foreach (var code in codes.Where(code => !Number(code.Code).StartsWith(prefix, StringComparison.Ordinal)))
            {
                var range = " (" + neighbours.OrderBy(text => text, StringComparer.Ordinal).First() + " to " + neighbours.OrderBy(text => text, StringComparer.Ordinal).Last() + ")";
                found.Add(DiagnosticRules.CodeOutsideRange, code.Heading, Number(code.Code), prefix, sharing, texts.Count, range);
            }
        }

        // Links from one error-code document to another: the file must be one of the documents, or be on disk beside the
        // link's target folder, and an anchor must be a heading's, as the upstream site makes anchors from headings.
        private static void CheckLinks(List<WrittenDocument> documents, DiagnosticBag found)
        {
            var byKey = documents.ToDictionary(written => SpecPaths.Key(written.Document.FilePath, null), written => written, StringComparer.Ordinal);
            var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var written in documents)
            {
                var lines = new Lines(written.Document.FilePath, written.Text);
                for (var line = 1; line <= lines.Count; line++)
                {
                    foreach (Match match in s_link.Matches(lines.Line(line)))
                    {
                        var url = match.Groups[1].Value;
                        if (url.IndexOf("://", StringComparison.Ordinal) >= 0 || url.StartsWith("#", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        var hash = url.IndexOf('#');
                        var path = Uri.UnescapeDataString(hash < 0 ? url : url.Substring(0, hash));
                        if (!SpecPaths.FileName(path).Contains("errorcode") || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        var folder = SpecPaths.Folder(written.Document.FilePath);
                        var key = SpecPaths.Key(folder + "/" + path, null);
                        if (!byKey.TryGetValue(key, out var target))
                        {
                            // A document not read with these may still be a file; only the documents read are known here.
                            var sameName = documents.FirstOrDefault(other => SpecPaths.FileName(other.Document.FilePath) == SpecPaths.FileName(path) && other.Document.Language == written.Document.Language);
                            if (sameName == null)
                            {
                                if (!System.IO.File.Exists(key))
                                {
                                    found.Add(DiagnosticRules.LinkUnresolved, lines.Locate(line), url, "no document " + SpecPaths.FileName(path) + " is there");
                                }

                                continue;
                            }

                            target = sameName;
                        }

                        if (hash >= 0)
                        {
                            var anchor = Uri.UnescapeDataString(url.Substring(hash + 1));
                            if (!anchors.TryGetValue(target.Document.FilePath, out var headings))
                            {
                                headings = Anchors(target.Text);
                                anchors.Add(target.Document.FilePath, headings);
                            }

                            if (!headings.Contains(anchor.ToLowerInvariant()))
                            {
                                found.Add(DiagnosticRules.LinkUnresolved, lines.Locate(line), url, SpecPaths.FileName(target.Document.FilePath) + " has no heading whose anchor is '" + anchor + "'");
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The anchor the upstream site gives a heading: its text lowercased, spaces as '-', punctuation but '-' and '_' dropped.</summary>
        public static string Anchor(string heading)
        {
            var anchor = new StringBuilder();
            foreach (var c in heading.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
                {
                    anchor.Append(c);
                }
                else if (c == ' ')
                {
                    anchor.Append('-');
                }
            }

            return anchor.ToString();
        }

        private static HashSet<string> Anchors(string text)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                var level = 0;
                while (level < line.Length && line[level] == '#')
                {
                    level++;
                }

                if (level is > 0 and <= 6 && line.Length > level && line[level] == ' ')
                {
                    // Without inline HTML such as <sup>(deprecated)</sup>, which the site does not put in the anchor.
                    var heading = Regex.Replace(line.Substring(level + 1), "<[^>]*>", string.Empty);
                    anchors.Add(Anchor(heading));
                }
            }

            return anchors;
        }
    }
}
