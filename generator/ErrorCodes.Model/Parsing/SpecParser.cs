using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ErrorCodes.Model.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Reads an OpenHarmony-style error-code document from its Markdig syntax tree: every heading that starts with an
    /// integer is a code, and bold labels open the code's sections.
    /// </summary>
    public static class SpecParser
    {
        private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

        // Each repair re-parses the document; a document would need this many unclosed fences to exhaust it.
        private const int MaxFenceRepairs = 16;

        /// <summary>Parses a spec file's text.</summary>
        /// <param name="path">The file's path, which every diagnostic names.</param>
        /// <param name="text">The file's text, as decoded.</param>
        /// <param name="cancellationToken">Stops the parse; the only exception it lets out.</param>
        public static ParsedDocument Parse(string path, string text, CancellationToken cancellationToken) =>
            Parse(path, text, encoding: null, cancellationToken);

        /// <summary>
        /// Parses a spec file's text, decoded with <paramref name="encoding"/>: text that was not UTF-8 is reported.
        /// Never throws but when cancelled: a document that cannot be parsed gives a failed document with its diagnostic.
        /// </summary>
        public static ParsedDocument Parse(string path, string text, Encoding? encoding, CancellationToken cancellationToken)
        {
            try
            {
                string? readAs = null;
                if (Utf32.TryRecover(text, encoding, out var recovered, out var what))
                {
                    if (recovered == null)
                    {
                        return ParsedDocument.Failure(path, DiagnosticRules.Unreadable, TextLocation.StartOf(path), "it is " + what);
                    }

                    (text, encoding, readAs) = (recovered, null, "it is " + what);
                }
                else if (LegacyEncoding.IsUnreadable(text, out var legacy))
                {
                    return ParsedDocument.Failure(path, DiagnosticRules.Unreadable, TextLocation.StartOf(path), "it is " + legacy);
                }

                return Parse(SpecText.Create(path, text), encoding, readAs, cancellationToken);
            }
            catch (ArgumentException exception) when (exception.Message.IndexOf("depth limit", StringComparison.Ordinal) >= 0)
            {
                // Markdig's own guard against input nested thousands of levels deep, which would exhaust the stack.
                return ParsedDocument.Failure(path, DiagnosticRules.TooDeeplyNested, TextLocation.StartOf(path));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A build must go on: a throwing generator drops every catalog of the project.
                return ParsedDocument.Failure(path, DiagnosticRules.InternalError, TextLocation.StartOf(path), exception.GetType().Name + ": " + exception.Message);
            }
        }

        private static ParsedDocument Parse(SpecText text, Encoding? encoding, string? readAs, CancellationToken cancellationToken)
        {
            var document = new DocumentBuilder(text.Path);
            if (readAs != null)
            {
                document.Diagnostics.Add(DiagnosticRules.NotUtf8, text.LocateStart(), readAs);
            }

            CheckEncoding(text, encoding, document.Diagnostics);
            var markdown = ParseClosingFences(ref text, document.Diagnostics, cancellationToken);
            var reader = new BlockReader(text, document, CodeLevels(markdown));
            foreach (var block in markdown)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Read(block);
            }

            reader.Finish();
            return document.ToDocument();
        }

        // A fence that never closes makes markdown read the rest of the document as code. When code headings stand in it,
        // the author meant no fence (upstream has "```## 7600901 Unknown Error"): the fence's opening is taken away, as
        // a heading glued to a line is read as the heading it was meant to be.
        private static MarkdownDocument ParseClosingFences(ref SpecText text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            for (var repairs = 0; ; repairs++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var markdown = Markdown.Parse(text.Normalized, s_pipeline);
                if (repairs == MaxFenceRepairs || !TryFindUnclosedFenceWithCodes(markdown, text, out var fence, out var heading))
                {
                    return markdown;
                }

                var start = fence.Span.Start;
                var lineEnd = text.Normalized.IndexOf('\n', start);
                diagnostics.Add(DiagnosticRules.UnclosedFence, text.Locate(start, lineEnd < 0 ? text.Normalized.Length : lineEnd), heading, new string(fence.FencedChar, fence.OpeningFencedCharCount));
                text = text.WithoutCharacters(start, fence.OpeningFencedCharCount);
            }
        }

        private static bool TryFindUnclosedFenceWithCodes(MarkdownDocument markdown, SpecText text, out FencedCodeBlock fence, out string heading)
        {
            foreach (var block in markdown.Descendants<FencedCodeBlock>())
            {
                if (block.ClosingFencedCharCount != 0)
                {
                    continue;
                }

                // The opening line's text after the fence, then the lines the fence swallowed.
                var start = block.Span.Start + block.OpeningFencedCharCount;
                var lineEnd = text.Normalized.IndexOf('\n', start);
                var lines = new List<string> { lineEnd < 0 ? text.Normalized.Substring(start) : text.Normalized.Substring(start, lineEnd - start) };
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    lines.Add(block.Lines.Lines[i].ToString());
                }

                foreach (var line in lines)
                {
                    if (CodeHeading.TryReadHeadingLine(line, out heading))
                    {
                        fence = block;
                        return true;
                    }
                }
            }

            fence = null!;
            heading = string.Empty;
            return false;
        }

        // A compiler that finds bytes that are not UTF-8 either decodes them as U+FFFD (the .NET compiler) or reads the
        // whole file in the system's code page (the .NET Framework compiler in Visual Studio).
        private static void CheckEncoding(SpecText text, Encoding? encoding, DiagnosticBag diagnostics)
        {
            if (encoding != null && !IsUnicode(encoding.CodePage))
            {
                diagnostics.Add(DiagnosticRules.NotUtf8, text.LocateStart(), "the compiler read it as " + encoding.WebName);
                return;
            }

            var replacement = text.Normalized.IndexOf('\uFFFD');
            if (replacement >= 0)
            {
                diagnostics.Add(DiagnosticRules.NotUtf8, text.Locate(replacement, replacement + 1), "bytes that are not UTF-8 were read as U+FFFD here");
            }
        }

        // UTF-8, UTF-16 and UTF-32, either byte order.
        private static bool IsUnicode(int codePage) =>
            codePage == 65001 || codePage == 1200 || codePage == 1201 || codePage == 12000 || codePage == 12001;

        // The heading levels at which the document puts its codes: a heading at such a level that starts with a
        // digit but is no valid code is most likely a broken code, not a section title.
        private static HashSet<int> CodeLevels(MarkdownDocument markdown)
        {
            var levels = new HashSet<int>();
            foreach (var block in markdown)
            {
                if (block is HeadingBlock heading && CodeHeading.TryParse(PlainText.Of(heading.Inline), out _, out _, out _) == CodeHeadingKind.Code)
                {
                    levels.Add(heading.Level);
                }
            }

            return levels;
        }
    }
}
