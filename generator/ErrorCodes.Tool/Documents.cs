using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodes.Model;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ErrorCodes.Tool
{
    /// <summary>A document the command reads: where it is, as shown to the user, and its catalog, read as the build reads it.</summary>
    /// <param name="Path">The file's path as the command shows it: relative to the working directory when under it.</param>
    /// <param name="Document">What the parser read.</param>
    /// <param name="Names">The names file beside it, when there is one.</param>
    /// <param name="Result">Its catalog and every diagnostic.</param>
    internal sealed record LoadedDocument(string Path, ParsedDocument Document, NamesFile? Names, CatalogResult Result);

    /// <summary>Finds the documents the command line names and reads them with the generator's own library.</summary>
    internal static class Documents
    {
        /// <summary>
        /// The markdown files <paramref name="paths"/> name, in order: a file itself, every <c>*.md</c> under a folder
        /// (but README.md), or what a glob such as <c>docs/**/errorcode-*.md</c> matches.
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
                    files.AddRange(Directory.GetFiles(path, "*.md", SearchOption.AllDirectories)
                        .Where(file => !string.Equals(System.IO.Path.GetFileName(file), "README.md", StringComparison.OrdinalIgnoreCase))
                        .OrderBy(file => file, StringComparer.Ordinal));
                }
                else if (path.IndexOfAny(new[] { '*', '?' }) >= 0)
                {
                    var (root, pattern) = SplitGlob(path);
                    var matcher = new Matcher(StringComparison.Ordinal);
                    matcher.AddInclude(pattern);
                    var matched = Directory.Exists(root) ? matcher.GetResultsInFullPath(root).OrderBy(file => file, StringComparer.Ordinal).ToList() : new List<string>();
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

        /// <summary>Reads and builds a document, with the names file beside it, or <paramref name="names"/> instead when given.</summary>
        public static LoadedDocument Load(string path, NamesFile? names = null)
        {
            var document = SpecParser.Parse(path, ReadText(path, out var encoding), encoding, CancellationToken.None);
            var namesPath = NamesFile.PathFor(path);
            names ??= File.Exists(namesPath) ? NamesFile.Parse(namesPath, ReadText(namesPath, out _)) : null;
            var result = CatalogBuilder.Build(document, null, names, new CatalogOptions(ProjectDirectory: Directory.GetCurrentDirectory()));
            return new LoadedDocument(path, document, names, result);
        }

        /// <summary>A file's text, decoded as the compiler decodes a spec: a byte-order mark decides, else UTF-8 with U+FFFD for bad bytes.</summary>
        public static string ReadText(string path, out Encoding encoding)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new InputException(path + ": cannot be read (" + exception.Message + ")");
            }

            if (!HasUnicodeByteOrderMark(bytes) && LooksBinary(bytes))
            {
                throw new InputException(path + ": is not a text file");
            }

            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            encoding = reader.CurrentEncoding;
            return text;
        }

        // A document may hold a stray NUL or bell, which the build reads and reports like any text; a file whose start is
        // more than a tenth control bytes, or that has a NUL and is not UTF-8, is no document (an image, an archive, UTF-16
        // without its byte-order mark) and gets an error instead of a page of diagnostics.
        private static bool LooksBinary(byte[] bytes)
        {
            var length = Math.Min(bytes.Length, 8000);
            var controls = 0;
            for (var i = 0; i < length; i++)
            {
                var b = bytes[i];
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B)
                {
                    controls++;
                }
            }

            if (controls * 10 > length)
            {
                return true;
            }

            if (Array.IndexOf(bytes, (byte)0) < 0)
            {
                return false;
            }

            try
            {
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
                return false;
            }
            catch (DecoderFallbackException)
            {
                return true;
            }
        }

        private static bool HasUnicodeByteOrderMark(byte[] bytes) =>
            bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

        // Under the working directory a path reads best relative to it, with '/' as the build writes them.
        private static string Display(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
            return (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }
    }
}
