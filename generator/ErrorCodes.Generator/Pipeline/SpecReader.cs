using System;
using System.Linq;
using ErrorCodes.Model;
using System.Threading;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Model.Template;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>Reads a spec file's text as the compiler decoded it and parses it; never throws but when cancelled.</summary>
    internal static class SpecReader
    {
        public static ParsedDocument Read(AdditionalText file, CancellationToken cancellationToken) =>
            Parse(file.Path, Text(file, cancellationToken), cancellationToken);

        /// <summary>Reads a names file; one that cannot be read records no names, and says so.</summary>
        public static NamesFile ReadNames(AdditionalText file, CancellationToken cancellationToken)
        {
            var source = Text(file, cancellationToken);
            try
            {
                return source == null ? NamesFile.Unreadable(file.Path) : NamesFile.Parse(file.Path, source.ToString());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return NamesFile.Unreadable(file.Path);
            }
        }

        private static ParsedDocument Parse(string path, SourceText? source, CancellationToken cancellationToken)
        {
            if (source == null)
            {
                return ParsedDocument.Failure(path, DiagnosticRules.Unreadable, TextLocation.StartOf(path), "the compiler could not read it");
            }

            string text;
            try
            {
                text = source.ToString();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return ParsedDocument.Failure(path, DiagnosticRules.InternalError, TextLocation.StartOf(path), exception.GetType().Name + ": " + exception.Message);
            }

            // The upstream template's rules of one document, as lint's template profile checks them: infos in a build
            // (DiagnosticRules gives them a severity of their own there), so that a writer's rule fails no user's build.
            var document = SpecParser.Parse(path, text, source.Encoding, cancellationToken);
            var template = TemplateRules.CheckDocument(new WrittenDocument(document, text));
            return template.Count == 0 ? document : document with { Diagnostics = document.Diagnostics.Concat(template).ToEquatableArray() };
        }

        private static SourceText? Text(AdditionalText file, CancellationToken cancellationToken)
        {
            try
            {
                return file.GetText(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return null;
            }
        }
    }
}
