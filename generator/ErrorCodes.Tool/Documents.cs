using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
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
    internal static class Documents
    {
        // A document is a few hundred kilobytes; past this a file is no document, and reading it must end.
        private const int MaxBytes = 256 * 1024 * 1024;

        // A pipe or a device named *.md would block a read forever.
        private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(10);

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

        /// <summary>A file's text, decoded as the compiler decodes a spec; one that cannot be read is bad input (exit code 3).</summary>
        public static string ReadText(string path, out Encoding encoding) =>
            TryReadText(path, out var text, out encoding, out var problem) ? text : throw new InputException(path + ": cannot be read (" + problem + ")");

        /// <summary>
        /// A file's text, decoded as the compiler decodes a spec: the byte-order mark of UTF-8 or UTF-16 decides, else
        /// UTF-8 with U+FFFD for bad bytes. False, with the reason, when it cannot be read or is no text.
        /// </summary>
        public static bool TryReadText(string path, out string text, out Encoding encoding, out string problem)
        {
            text = string.Empty;
            encoding = Encoding.UTF8;
            var read = Task.Run(() => ReadBytes(path));
            if (!read.Wait(s_readTimeout))
            {
                problem = $"reading it did not end in {s_readTimeout.TotalSeconds:0} s: it is a pipe or a device, not a file";
                return false;
            }

            var (bytes, error) = read.Result;
            if (bytes == null)
            {
                problem = error!;
                return false;
            }

            // UTF-32 big-endian's mark (00 00 FE FF) is no mark to the compiler: the parser says what the build says of it.
            var (bom, length) = ByteOrderMark(bytes);
            var utf32BigEndian = bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF;
            if (bom == null && !utf32BigEndian && Utf16WithoutMark(bytes) is { } utf16)
            {
                problem = utf16;
                return false;
            }

            if (bom == null && !utf32BigEndian && LooksBinary(bytes))
            {
                problem = "it is not text: its bytes are those of an image, an archive or another binary file";
                return false;
            }

            encoding = bom ?? new UTF8Encoding(false);
            text = encoding.GetString(bytes, length, bytes.Length - length);

            // Lost to UTF-8 as the build loses it (a stray byte in a UTF-8 document is ECG0014, and read), and whole, with
            // Chinese in it, as GB18030: named here, from the bytes, which the build no longer has.
            if (bom == null && !utf32BigEndian && text.IndexOf('\uFFFD') >= 0 && LegacyEncoding.IsUnreadable(text, out _) && IsGb18030(bytes))
            {
                text = string.Empty;
                problem = "it is GBK (GB18030) text, which the compiler reads as UTF-8 and loses its Chinese; save it as UTF-8";
                return false;
            }

            problem = string.Empty;
            return true;
        }

        private static (byte[]? Bytes, string? Error) ReadBytes(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.GetFileSystemEntries(path);
                    return (null, "it is a folder");
                }

                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
                using var bytes = new MemoryStream();
                var buffer = new byte[81920];
                int count;
                while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (bytes.Length + count > MaxBytes)
                    {
                        return (null, $"it is larger than {MaxBytes / (1024 * 1024)} MB, which no document is");
                    }

                    bytes.Write(buffer, 0, count);
                }

                return (bytes.ToArray(), null);
            }
            catch (UnauthorizedAccessException)
            {
                return (null, "permission denied");
            }
            catch (IOException exception)
            {
                return (null, exception.Message.TrimEnd('.'));
            }
        }

        // The compiler knows the marks of UTF-8 and UTF-16 only (UTF-32 little-endian's starts like UTF-16's; the parser
        // reads such a document back).
        private static (Encoding? Encoding, int Length) ByteOrderMark(byte[] bytes)
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return (new UTF8Encoding(true), 3);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2);
            }

            return (null, 0);
        }

        // A document may hold a stray NUL or bell, which the build reads and reports like any text; a file whose start is
        // more than a tenth control bytes, or that has a NUL and is not UTF-8, is no document (an image, an archive, UTF-16
        // without its byte-order mark) and gets an error instead of a page of diagnostics.
        // UTF-16 without a byte-order mark: a zero byte beside most ASCII characters, and valid as UTF-16. The compiler
        // takes it for a binary file; named here, where the bytes are.
        private static string? Utf16WithoutMark(byte[] bytes)
        {
            var length = Math.Min(bytes.Length, 8000) & ~1;
            var (evenZeros, oddZeros) = (0, 0);
            for (var i = 0; i < length; i++)
            {
                if (bytes[i] == 0)
                {
                    _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
                }
            }

            var bigEndian = evenZeros > oddZeros;
            return length >= 16 && Math.Max(evenZeros, oddZeros) * 4 >= length && Math.Min(evenZeros, oddZeros) * 8 < Math.Max(evenZeros, oddZeros)
                && Strict(new UnicodeEncoding(bigEndian, false, true), bytes)
                ? "it is UTF-16 (" + (bigEndian ? "big-endian" : "little-endian") + ") text without a byte-order mark, which the compiler reads as UTF-8; save it as UTF-8"
                : null;
        }

        private static bool IsGb18030(byte[] bytes)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                return DocumentLanguage.ContainsCjk(gb18030.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static bool Strict(Encoding encoding, byte[] bytes)
        {
            try
            {
                _ = encoding.GetCharCount(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

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

        // Under the working directory a path reads best relative to it, with '/' as the build writes them.
        private static string Display(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
            return (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }
    }
}
