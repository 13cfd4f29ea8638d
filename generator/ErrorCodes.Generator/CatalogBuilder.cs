using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Naming;
using ErrorCodes.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator
{
    /// <summary>Turns one spec file and its options into a catalog model: parse, then settle names and duplicates.</summary>
    internal static class CatalogBuilder
    {
        private const string DefaultNamespace = "ErrorCodes.Generated";

        public static SpecResult Build(string path, SourceText? source, SpecOptions options, CancellationToken cancellationToken)
        {
            if (source == null)
            {
                var location = new LocationInfo(path, default, default);
                return new SpecResult(path, null, new[] { DiagnosticInfo.Create(Diagnostics.Unreadable, location) }.ToEquatableArray());
            }

            var text = SpecText.Create(path, source.ToString());
            try
            {
                return Build(text, path, options, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The generator must never throw: a throwing generator drops every catalog of the project.
                var diagnostic = DiagnosticInfo.Create(Diagnostics.InternalError, text.LocateStart(), exception.GetType().Name + ": " + exception.Message);
                return new SpecResult(path, null, new[] { diagnostic }.ToEquatableArray());
            }
        }

        private static SpecResult Build(SpecText text, string path, SpecOptions options, CancellationToken cancellationToken)
        {
            var document = SpecParser.Parse(text, cancellationToken);
            var diagnostics = new List<DiagnosticInfo>(document.Diagnostics);

            var name = Identifiers.FromFileName(SpecPaths.FileName(path));
            var namespaceName = Choose(options.Namespace, options.RootNamespace, DefaultNamespace);
            var enumName = Choose(options.EnumName, name + "ErrorCode");
            var className = Choose(options.ClassName, name + "ErrorCodes");
            var metadataValid =
                CheckMetadata(diagnostics, text, "Namespace", namespaceName, "namespace", Identifiers.IsValidNamespace(namespaceName))
                & CheckMetadata(diagnostics, text, "EnumName", enumName, "type name", Identifiers.IsValidIdentifier(enumName))
                & CheckMetadata(diagnostics, text, "ClassName", className, "type name", Identifiers.IsValidIdentifier(className) && className != enumName);

            if (document.Codes.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NoCodes, text.LocateStart()));
            }

            var codes = Name(document.Codes, diagnostics, text, cancellationToken);
            var catalog = metadataValid
                ? new CatalogSpec(
                    name,
                    namespaceName,
                    enumName,
                    className,
                    SpecPaths.Relative(path, options.ProjectDirectory),
                    document.Title,
                    document.Notes.ToEquatableArray(),
                    codes.ToEquatableArray())
                : null;
            return new SpecResult(path, catalog, diagnostics.ToEquatableArray());
        }

        // Names are settled in document order, so that appending a code never renames an earlier one.
        private static List<ErrorCodeSpec> Name(List<ParsedCode> parsed, List<DiagnosticInfo> diagnostics, SpecText text, CancellationToken cancellationToken)
        {
            var codes = new List<ErrorCodeSpec>(parsed.Count);
            var firstByCode = new Dictionary<int, ErrorCodeSpec>();
            var usedNames = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var code in parsed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var message = code.Message ?? string.Empty;
                if (firstByCode.TryGetValue(code.Code, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateCode, code.Heading, code.Code, first.Line));
                    codes.Add(Spec(code, first.MemberName, message, isFirst: false));
                    continue;
                }

                var memberName = MemberName(code, message, usedNames, diagnostics);
                usedNames.Add(memberName, code.Code);
                var spec = Spec(code, memberName, message, isFirst: true);
                firstByCode.Add(code.Code, spec);
                codes.Add(spec);
            }

            return codes;
        }

        private static string MemberName(ParsedCode code, string message, Dictionary<string, int> usedNames, List<DiagnosticInfo> diagnostics)
        {
            var fromMessage = Identifiers.FromMessage(message);
            var name = fromMessage ?? Identifiers.FromCode(code.Code);
            if (message.Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MissingMessage, code.Heading, code.Code, name));
            }
            else if (fromMessage == null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NameChosen, code.Heading, code.Code, name, "its message has no English words"));
            }
            else if (name[0] == '_')
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NameChosen, code.Heading, code.Code, name, "its message starts with a digit, and a C# name cannot"));
            }

            if (!usedNames.TryGetValue(name, out var owner))
            {
                return name;
            }

            // The later code takes its number as a suffix; the first keeps the plain name, so adding a
            // code with a message that is already used never renames the existing member.
            var candidate = name + "_" + Identifiers.CodeSuffix(code.Code);
            for (var n = 2; usedNames.ContainsKey(candidate); n++)
            {
                candidate = name + "_" + Identifiers.CodeSuffix(code.Code) + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.NameChosen,
                code.Heading,
                code.Code,
                candidate,
                "'" + name + "' is already the name of code " + owner.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", which has the same message"));
            return candidate;
        }

        private static ErrorCodeSpec Spec(ParsedCode code, string memberName, string message, bool isFirst) =>
            new ErrorCodeSpec(
                code.Code,
                memberName,
                code.Title,
                message,
                code.Description,
                code.Causes.ToEquatableArray(),
                code.Remediation.ToEquatableArray(),
                code.Line + 1,
                isFirst);

        private static bool CheckMetadata(List<DiagnosticInfo> diagnostics, SpecText text, string metadata, string value, string kind, bool valid)
        {
            if (!valid)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidMetadata, text.LocateStart(), metadata, value, kind));
            }

            return valid;
        }

        private static string Choose(params string?[] candidates) =>
            candidates.First(candidate => !string.IsNullOrWhiteSpace(candidate))!.Trim();
    }
}
