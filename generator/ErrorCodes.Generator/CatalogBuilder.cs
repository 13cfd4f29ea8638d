using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Naming;
using ErrorCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator
{
    /// <summary>Turns one spec file and its options into a catalog model: parse, then settle names and duplicates.</summary>
    internal static class CatalogBuilder
    {
        private const string DefaultNamespace = "ErrorCodes.Generated";
        private const string Chinese = "zh-CN";
        private const string English = "en";

        public static SpecResult Build(AdditionalText file, SpecOptions options, CancellationToken cancellationToken)
        {
            var path = file.Path;
            SourceText? source;
            try
            {
                source = file.GetText(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                source = null;
            }

            if (source == null)
            {
                return Failed(path, options, DiagnosticInfo.Create(Diagnostics.Unreadable, new LocationInfo(path, default, default)));
            }

            SpecText? text = null;
            try
            {
                text = SpecText.Create(path, source.ToString());
                return Build(text, source.Encoding, path, options, cancellationToken);
            }
            catch (ArgumentException exception) when (exception.Message.IndexOf("depth limit", StringComparison.Ordinal) >= 0)
            {
                // Markdig's own guard against input nested thousands of levels deep, which would exhaust the stack.
                return Failed(path, options, DiagnosticInfo.Create(Diagnostics.TooDeeplyNested, text?.LocateStart() ?? new LocationInfo(path, default, default)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The generator must never throw: a throwing generator drops every catalog of the project.
                var diagnostic = DiagnosticInfo.Create(Diagnostics.InternalError, text?.LocateStart() ?? new LocationInfo(path, default, default), exception.GetType().Name + ": " + exception.Message);
                return Failed(path, options, diagnostic);
            }
        }

        private static SpecResult Failed(string path, SpecOptions options, DiagnosticInfo diagnostic) =>
            new SpecResult(path, null, new[] { diagnostic }.ToEquatableArray(), options.Severities);

        private static SpecResult Build(SpecText text, System.Text.Encoding? encoding, string path, SpecOptions options, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            CheckEncoding(text, encoding, diagnostics);
            var document = SpecParser.Parse(text, cancellationToken);
            diagnostics.AddRange(document.Diagnostics);

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
                    codes.ToEquatableArray(),
                    Language(options.Language, document),
                    document.Properties.Select(property => new CatalogProperty(property.Key, property.Value)).ToEquatableArray(),
                    document.Links.ToEquatableArray(),
                    ErrnoRules.Find(document.Notes).ToEquatableArray(),
                    document.IsTable)
                : null;
            return new SpecResult(
                path,
                catalog,
                Cap(diagnostics, options.MaxDiagnosticsPerId).ToEquatableArray(),
                options.Severities,
                options.Twin == null ? null : SpecPaths.Key(options.Twin, options.ProjectDirectory),
                options.IsTwin);
        }

        // The labels tell the language (错误信息 or Error Message); a document without any goes by its title.
        private static string Language(string? metadata, ParsedDocument document)
        {
            if (!string.IsNullOrWhiteSpace(metadata))
            {
                return metadata!.Trim();
            }

            if (document.ChineseLabels != document.EnglishLabels)
            {
                return document.ChineseLabels > document.EnglishLabels ? Chinese : English;
            }

            return Identifiers.ContainsCjk(document.Title) ? Chinese : English;
        }

        // A compiler that finds bytes that are not UTF-8 either decodes them as U+FFFD (the .NET compiler) or reads the
        // whole file in the system's code page (the .NET Framework compiler in Visual Studio).
        private static void CheckEncoding(SpecText text, System.Text.Encoding? encoding, List<DiagnosticInfo> diagnostics)
        {
            if (encoding != null && encoding.CodePage != 65001 && encoding.CodePage != 1200 && encoding.CodePage != 1201 && encoding.CodePage != 12000 && encoding.CodePage != 12001)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NotUtf8, text.LocateStart(), "the compiler read it as " + encoding.WebName));
                return;
            }

            var replacement = text.Normalized.IndexOf('\uFFFD');
            if (replacement >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NotUtf8, text.Locate(replacement, replacement + 1), "bytes that are not UTF-8 were read as U+FFFD here"));
            }
        }

        // A spec with thousands of the same problem would bury the build log; past the limit only a count is reported.
        private static List<DiagnosticInfo> Cap(List<DiagnosticInfo> diagnostics, int maxPerId)
        {
            var counts = new Dictionary<string, int>();
            var kept = new List<DiagnosticInfo>(diagnostics.Count);
            var firstOmitted = new Dictionary<string, DiagnosticInfo>();
            foreach (var diagnostic in diagnostics)
            {
                var id = diagnostic.Descriptor.Id;
                counts.TryGetValue(id, out var count);
                counts[id] = count + 1;
                if (count < maxPerId)
                {
                    kept.Add(diagnostic);
                }
                else if (!firstOmitted.ContainsKey(id))
                {
                    firstOmitted.Add(id, diagnostic);
                }
            }

            foreach (var omitted in firstOmitted)
            {
                kept.Add(DiagnosticInfo.Create(Diagnostics.MoreNotShown, omitted.Value.Location, counts[omitted.Key] - maxPerId, omitted.Key));
            }

            return kept;
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
                    if (!code.IsAlias)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateCode, code.Heading, code.Code, first.Line));
                    }

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
            // A table's definition column names the code (EPERM); a name it gives twice is reported as ECG0020.
            if (code.Name != null && Identifiers.IsValidIdentifier(code.Name))
            {
                return usedNames.ContainsKey(code.Name) ? Suffixed(code.Name, code.Code, usedNames) : code.Name;
            }

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
            var candidate = Suffixed(name, code.Code, usedNames);
            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.NameChosen,
                code.Heading,
                code.Code,
                candidate,
                "'" + name + "' is already the name of code " + owner.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", which has the same message"));
            return candidate;
        }

        private static string Suffixed(string name, int code, Dictionary<string, int> usedNames)
        {
            var candidate = name + "_" + Identifiers.CodeSuffix(code);
            for (var n = 2; usedNames.ContainsKey(candidate); n++)
            {
                candidate = name + "_" + Identifiers.CodeSuffix(code) + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

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
                isFirst,
                code.IsDeprecated,
                code.InDelRegion);

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
