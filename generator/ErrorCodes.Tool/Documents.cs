using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Model.Template;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ErrorCodes.Tool
{
    /// <summary>A document the command reads: where it is, as shown to the user, and its catalog, read as the build reads it.</summary>
    /// <param name="Path">The file's path as the command shows it: relative to the working directory when under it.</param>
    /// <param name="Document">What the parser read.</param>
    /// <param name="Names">The names file beside it, when there is one.</param>
    /// <param name="Result">Its catalog and every diagnostic.</param>
    /// <param name="Text">Its text as decoded, or empty when it cannot be read.</param>
    /// <param name="Twin">The twin read with it, and its text, when one was asked for and found.</param>
    internal sealed record LoadedDocument(string Path, ParsedDocument Document, NamesFile? Names, CatalogResult Result, string Text = "", WrittenDocument? Twin = null);

    /// <summary>Finds the documents the command line names and reads them with the generator's own library.</summary>
    internal static partial class Documents
    {
        /// <summary>
        /// The markdown files <paramref name="paths"/> name, in order: a file itself, every <c>*.md</c> under a folder
        /// (but README.md), or what a glob such as <c>docs/**/errorcode-*.md</c> matches. A folder is walked once
        /// however many links lead to it; one that cannot be read is listed as it is, so that reading it reports why.
        /// </summary>
        public static List<string> Expand(IEnumerable<string> paths)
        {
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (File.Exists(path))
                {
                    files.Add(path);
                }
                else if (Directory.Exists(path))
                {
                    var found = Markdown(path).OrderBy(file => file, StringComparer.Ordinal).ToList();
                    if (found.Count == 0)
                    {
                        throw new InputException(path + ": no document (*.md but README.md) in this folder");
                    }

                    files.AddRange(found);
                }
                else if (path.IndexOfAny(new[] { '*', '?' }) >= 0)
                {
                    var (root, pattern) = SplitGlob(path);
                    var matcher = new Matcher(StringComparison.Ordinal);
                    matcher.AddInclude(pattern);
                    var matched = Directory.Exists(root) ? Markdown(root, any: true).Where(file => matcher.Match(root, file).HasMatches).OrderBy(file => file, StringComparer.Ordinal).ToList() : new List<string>();
                    if (matched.Count == 0)
                    {
                        throw new InputException(path + ": no file matches this pattern");
                    }

                    files.AddRange(matched);
                }
                else if (path.StartsWith("-", StringComparison.Ordinal))
                {
                    // The parser takes an unknown option for a path, since paths are what the command takes most.
                    throw new InputException($"{path}: no such option, file or folder. Run 'errorcodes <command> --help' for the options.");
                }
                else
                {
                    throw new InputException(path + ": no such file or folder");
                }
            }

            return files.Select(Display).Distinct(StringComparer.Ordinal).ToList();
        }

        // Every *.md under root but README.md (every file, for a glob to match), each folder once by where it really is,
        // so that a link back up the tree is not followed round; a folder that cannot be listed is returned itself.
        private static List<string> Markdown(string root, bool any = false)
        {
            var found = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var folders = new Stack<(string Path, string Real)>();
            folders.Push((root, RealPath(root)));
            while (folders.Count != 0)
            {
                var (folder, real) = folders.Pop();
                if (!seen.Add(real))
                {
                    continue;
                }

                string[] entries;
                try
                {
                    entries = Directory.GetFileSystemEntries(folder);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    found.Add(folder);
                    continue;
                }

                foreach (var entry in entries)
                {
                    if (Directory.Exists(entry))
                    {
                        var link = new DirectoryInfo(entry).LinkTarget != null;
                        folders.Push((entry, link ? RealPath(entry) : real + "/" + System.IO.Path.GetFileName(entry)));
                    }
                    else if (any || (entry.EndsWith(".md", StringComparison.Ordinal) && !string.Equals(System.IO.Path.GetFileName(entry), "README.md", StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add(entry);
                    }
                }
            }

            return found;
        }

        // Where a folder really is: its full path with every link in it followed.
        private static string RealPath(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var root = System.IO.Path.GetPathRoot(full) ?? string.Empty;
            var real = root;
            foreach (var part in full.Substring(root.Length).Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = System.IO.Path.Combine(real, part);
                try
                {
                    var target = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                    real = target == null ? next : System.IO.Path.GetFullPath(target.FullName);
                }
                catch (IOException)
                {
                    // A link that leads round in itself: the path as written.
                    real = next;
                }
            }

            return real;
        }

        // The matcher takes a pattern relative to a folder: the folder is the glob's segments before the first with a wildcard.
        private static (string Root, string Pattern) SplitGlob(string glob)
        {
            var segments = glob.Replace('\\', '/').Split('/');
            var literal = 0;
            while (literal < segments.Length - 1 && segments[literal].IndexOfAny(new[] { '*', '?' }) < 0)
            {
                literal++;
            }

            var root = string.Join("/", segments.Take(literal));
            root = literal == 0 ? Directory.GetCurrentDirectory() : root.Length == 0 ? "/" : System.IO.Path.GetFullPath(root);
            return (root, string.Join("/", segments.Skip(literal)));
        }

        /// <summary>
        /// Reads and builds a document, with the names file beside it, or <paramref name="names"/> instead when given. A
        /// file that cannot be read (or is no text) is a document with no catalog and the one error that says why.
        /// </summary>
        public static LoadedDocument Load(string path, NamesFile? names = null, bool withTwin = false, IReadOnlyDictionary<string, string>? twins = null, CatalogOptions? options = null)
        {
            if (!TryReadText(path, out var text, out var encoding, out var problem))
            {
                var failed = ParsedDocument.Failure(path, DiagnosticRules.Unreadable, TextLocation.StartOf(path), problem);
                return new LoadedDocument(path, failed, null, new CatalogResult(path, null, failed.Diagnostics));
            }

            var document = SpecParser.Parse(path, text, encoding, CancellationToken.None);
            var namesPath = NamesFile.PathFor(path);
            names ??= File.Exists(namesPath) ? NamesFile.Parse(namesPath, ReadText(namesPath, out _)) : null;
            var twinPath = withTwin ? TwinOf(path, twins) : null;
            var twin = twinPath != null && TryReadText(twinPath, out var twinText, out var twinEncoding, out _)
                ? new WrittenDocument(SpecParser.Parse(twinPath, twinText, twinEncoding, CancellationToken.None), twinText)
                : null;
            var result = CatalogBuilder.Build(document, twin?.Document, names, (options ?? new CatalogOptions()) with { ProjectDirectory = Directory.GetCurrentDirectory() });
            return new LoadedDocument(path, document, names, result, text, twin);
        }

        /// <summary>
        /// The same document in English, as the OpenHarmony repositories lay them out (zh-cn/…/x.md beside en/…/x.md),
        /// when there is one: a build that lists the two as twins names codes from the English message where the
        /// Chinese document lacks one, and the names file records what the build names.
        /// </summary>
        public static string? TwinOf(string path, IReadOnlyDictionary<string, string>? twins)
        {
            // A mapping the command line gives (lint --twin ZH=EN) comes first, by full path.
            return twins != null && twins.TryGetValue(System.IO.Path.GetFullPath(path), out var mapped) ? mapped : TwinOf(path);
        }

        /// <summary>--twin zh.md=en.md: documents paired by hand where the layout does not pair them, by full path.</summary>
        public static Dictionary<string, string> TwinMappings(IReadOnlyList<string>? mappings)
        {
            var twins = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var mapping in mappings ?? Array.Empty<string>())
            {
                var equals = mapping.IndexOf('=');
                if (equals <= 0 || equals == mapping.Length - 1 || !File.Exists(mapping.Substring(0, equals)) || !File.Exists(mapping.Substring(equals + 1)))
                {
                    throw new InputException($"--twin {mapping}: give two documents, the spec and its twin, as --twin docs/errorcode-x.md=docs/en/errorcode-x.md");
                }

                twins[Path.GetFullPath(mapping.Substring(0, equals))] = mapping.Substring(equals + 1);
            }

            return twins;
        }

        /// <summary>As <see cref="TwinOf(string, IReadOnlyDictionary{string, string})"/>, by the repositories' layout alone.</summary>
        public static string? TwinOf(string path)
        {
            var parts = path.Replace('\\', '/').Split('/');
            var index = Array.FindLastIndex(parts, part => string.Equals(part, "zh-cn", StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            parts[index] = "en";
            var twin = string.Join("/", parts);
            return File.Exists(twin) ? twin : null;
        }

        /// <summary>
        /// The documents with a catalog, read in order; each that has none (it cannot be read, or is no text) is one line
        /// on <paramref name="error"/>, which says why, and the others are read on.
        /// </summary>
        public static List<LoadedDocument> LoadAll(IEnumerable<string> files, TextWriter error)
        {
            var loaded = new List<LoadedDocument>();
            foreach (var file in files)
            {
                var document = Load(file);
                if (document.Result.Catalog == null)
                {
                    error.WriteLine("errorcodes: " + file + ": skipped: " + WhyNoCatalog(document));
                }
                else
                {
                    loaded.Add(document);
                }
            }

            return loaded;
        }

        /// <summary>Why a document has no catalog: its first error, such as "cannot be read (permission denied)".</summary>
        public static string WhyNoCatalog(LoadedDocument document) =>
            document.Result.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == Severity.Error)?.Message ?? "it is no error-code document";

        // Under the working directory a path reads best relative to it, with '/' as the build writes them.
        private static string Display(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
            return (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }
    }
}
