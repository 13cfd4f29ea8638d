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
                return Parse(SpecText.Create(path, text), encoding, cancellationToken);
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

        private static ParsedDocument Parse(SpecText text, Encoding? encoding, CancellationToken cancellationToken)
        {
            var document = new DocumentBuilder(text.Path);
            CheckEncoding(text, encoding, document.Diagnostics);
            var markdown = Markdown.Parse(text.Normalized, s_pipeline);
            var reader = new BlockReader(text, document, CodeLevels(markdown));
            foreach (var block in markdown)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Read(block);
            }

            reader.Finish();
            return document.ToDocument();
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
