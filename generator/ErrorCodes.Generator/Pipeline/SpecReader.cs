using System;
using System.Threading;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>Reads a spec file's text as the compiler decoded it and parses it; never throws but when cancelled.</summary>
    internal static class SpecReader
    {
        public static ParsedDocument Read(AdditionalText file, CancellationToken cancellationToken) =>
            Parse(file.Path, Text(file, cancellationToken), cancellationToken);

        private static ParsedDocument Parse(string path, SourceText? source, CancellationToken cancellationToken)
        {
            if (source == null)
            {
                return ParsedDocument.Failure(path, DiagnosticRules.Unreadable, TextLocation.StartOf(path));
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

            return SpecParser.Parse(path, text, source.Encoding, cancellationToken);
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
