using System.Collections.Generic;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>Every rule of a spec's diagnostics, each once. docs/diagnostics.md explains each, with its fix.</summary>
    public static class DiagnosticRules
    {
        // First, so that it exists when the rules below are created, in the order they are written.
        private static readonly List<DiagnosticRule> s_all = new List<DiagnosticRule>();

        /// <summary>ECG0001: Spec defines no error codes.</summary>
        public static readonly DiagnosticRule NoCodes = Create(
            "ECG0001",
            "Spec defines no error codes",
            "The spec defines no error codes: no heading starts with a numeric code, so its catalog is empty",
            Severity.Warning);

        /// <summary>ECG0002: Heading's code is not a valid int.</summary>
        public static readonly DiagnosticRule InvalidCode = Create(
            "ECG0002",
            "Heading's code is not a valid int",
            "The heading's code '{0}' is not an integer that fits in an int; the code is left out of the generated catalog",
            Severity.Error);

        /// <summary>ECG0003: Code defined twice.</summary>
        public static readonly DiagnosticRule DuplicateCode = Create(
            "ECG0003",
            "Code defined twice",
            "Code {0} is defined again (first at line {1}); both entries stay in All, but the enum member and lookups use the first",
            Severity.Warning);

        /// <summary>ECG0004: Code has no message.</summary>
        public static readonly DiagnosticRule MissingMessage = Create(
            "ECG0004",
            "Code has no message",
            "Code {0} has no 错误信息 (Error Message) section, or it is empty; its message is empty and its enum member is named '{1}'",
            Severity.Warning);

        /// <summary>ECG0005: Enum member name chosen for a code.</summary>
        public static readonly DiagnosticRule NameChosen = Create(
            "ECG0005",
            "Enum member name chosen for a code",
            "Code {0} is named '{1}': {2}",
            Severity.Info);

        /// <summary>ECG0006: Two specs generate the same type.</summary>
        public static readonly DiagnosticRule TypeNameConflict = Create(
            "ECG0006",
            "Two specs generate the same type",
            "This spec would generate type '{0}', which the spec '{1}' already generates; no catalog is generated for this spec. Set the EnumName and ClassName (or Namespace) metadata on one of the ErrorCodeSpec items.",
            Severity.Error);

        /// <summary>ECG0007: Invalid ErrorCodeSpec metadata.</summary>
        public static readonly DiagnosticRule InvalidMetadata = Create(
            "ECG0007",
            "Invalid ErrorCodeSpec metadata",
            "The {0} metadata '{1}' is not a valid C# {2}; no catalog is generated for this spec",
            Severity.Error);

        /// <summary>ECG0008: ErrorCodes.Runtime is not referenced.</summary>
        public static readonly DiagnosticRule RuntimeMissing = Create(
            "ECG0008",
            "ErrorCodes.Runtime is not referenced",
            "The project lists error-code specs but does not reference ErrorCodes.Runtime, which the generated code needs; no catalog is generated. Reference the ErrorCodes.Generator package, which brings it.",
            Severity.Error);

        /// <summary>ECG0009: Label of a document's note inside a code.</summary>
        public static readonly DiagnosticRule UnknownLabel = Create(
            "ECG0009",
            "Label of a document's note inside a code",
            "'{0}' is not a known section label of a code; what follows it, up to the next label or heading, is kept as a catalog note",
            Severity.Info);

        /// <summary>ECG0010: Text between a code's heading and its first label.</summary>
        public static readonly DiagnosticRule TextBeforeFirstLabel = Create(
            "ECG0010",
            "Text between a code's heading and its first label",
            "Code {0} has text before its first section label; it belongs to no field and is kept as an untitled section of the code",
            Severity.Warning);

        /// <summary>ECG0011: Spec file cannot be read.</summary>
        public static readonly DiagnosticRule Unreadable = Create(
            "ECG0011",
            "Spec file cannot be read",
            "The spec file cannot be read ({0}); no catalog is generated for it",
            Severity.Error);

        /// <summary>ECG0012: Code lacks sections.</summary>
        public static readonly DiagnosticRule MissingSection = Create(
            "ECG0012",
            "Code lacks sections",
            "Code {0} has no section {1}; those fields are empty",
            Severity.Info);

        /// <summary>ECG0013: Section label used twice in one code.</summary>
        public static readonly DiagnosticRule RepeatedLabel = Create(
            "ECG0013",
            "Section label used twice in one code",
            "Code {0} has a second {1} section (the first is at line {2}); its text is added to the first's",
            Severity.Warning);

        /// <summary>ECG0014: Spec is not valid UTF-8.</summary>
        public static readonly DiagnosticRule NotUtf8 = Create(
            "ECG0014",
            "Spec is not valid UTF-8",
            "The spec is not valid UTF-8 ({0}); the text it generates may not be what the document says. Save the file as UTF-8.",
            Severity.Warning);

        /// <summary>ECG0015: Spec nested too deeply.</summary>
        public static readonly DiagnosticRule TooDeeplyNested = Create(
            "ECG0015",
            "Spec nested too deeply",
            "The spec's markdown is nested too deeply to parse (quotes, lists or brackets inside each other thousands of levels deep); no catalog is generated for it",
            Severity.Error);

        /// <summary>ECG0016: More diagnostics of one kind.</summary>
        public static readonly DiagnosticRule MoreNotShown = Create(
            "ECG0016",
            "More diagnostics of one kind",
            "{0} more {1} diagnostics in this spec are not shown; fix the ones shown, or see them all by raising the limit with the ErrorCodesMaxDiagnostics property",
            Severity.Warning);

        /// <summary>ECG0017: Code heading glued to the previous line.</summary>
        public static readonly DiagnosticRule GluedHeading = Create(
            "ECG0017",
            "Code heading glued to the previous line",
            "'{0}' is written at the end of a line, so markdown does not see a heading; it is read as the code heading it was meant to be. Start it on a line of its own.",
            Severity.Warning);

        /// <summary>ECG0018: Table row has no code.</summary>
        public static readonly DiagnosticRule TableRowNotACode = Create(
            "ECG0018",
            "Table row has no code",
            "The table row's number cell '{0}' is not an integer that fits in an int, nor the name of an earlier row; the row ('{1}') is left out of the generated catalog",
            Severity.Warning);

        /// <summary>ECG0019: Table row's number cell holds a name.</summary>
        public static readonly DiagnosticRule TableNumberIsAName = Create(
            "ECG0019",
            "Table row's number cell holds a name",
            "The table row's number cell holds the name '{0}' rather than a number; '{1}' is read as code {2}, the number of '{0}'",
            Severity.Info,
            lintSeverity: Severity.Warning);

        /// <summary>ECG0020: One name for two numbers in a table.</summary>
        public static readonly DiagnosticRule TableNameReused = Create(
            "ECG0020",
            "One name for two numbers in a table",
            "The name '{0}' is given to {1} here and to {2} at line {3}; the later enum member gets a suffix",
            Severity.Info,
            lintSeverity: Severity.Warning);

        /// <summary>ECG0021: Code in one language only.</summary>
        public static readonly DiagnosticRule OneLanguageOnly = Create(
            "ECG0021",
            "Code in one language only",
            "Code {0} is in {1} but not in its twin {2}; lookups in the other language fall back to this text",
            Severity.Info,
            templateSeverity: Severity.Warning);

        /// <summary>ECG0022: Twin spec not found.</summary>
        public static readonly DiagnosticRule TwinNotFound = Create(
            "ECG0022",
            "Twin spec not found",
            "The spec's Twin metadata names '{0}', which is not an additional file of the project; the catalog has one language only. List it with <ErrorCodeSpec Include=\"...\" Twin=\"...\" /> and check the path.",
            Severity.Warning);

        /// <summary>ECG0023: Section under an unknown label.</summary>
        public static readonly DiagnosticRule OtherSection = Create(
            "ECG0023",
            "Section under an unknown label",
            "'{0}' is no known section label; the text under it is kept as a section of code {1} under that label. If it is the message, description, causes or steps, label it 错误信息, 错误描述, 可能原因 or 处理步骤 (Error Message, Description, Possible Causes, Solution).",
            Severity.Warning);

        /// <summary>ECG0024: Code fence never closed.</summary>
        public static readonly DiagnosticRule UnclosedFence = Create(
            "ECG0024",
            "Code fence never closed",
            "This code fence is never closed, so markdown reads the rest of the document as code, code heading '{0}' included; it is read as if the fence were not there. End the fence with {1} on a line of its own.",
            Severity.Warning);

        /// <summary>ECG0025: Line of a names file that is not a code and a name.</summary>
        public static readonly DiagnosticRule NamesFileLine = Create(
            "ECG0025",
            "Line of a names file that is not a code and a name",
            "'{0}' is not a code and a member name, such as '2301001 OperationNotPermitted'; the line is ignored",
            Severity.Warning);

        /// <summary>ECG0026: Invalid name in a names file.</summary>
        public static readonly DiagnosticRule InvalidRecordedName = Create(
            "ECG0026",
            "Invalid name in a names file",
            "'{0}' is not a valid C# name, so code {1} is named from the document as if the names file did not record it",
            Severity.Warning);

        /// <summary>ECG0027: Code or name recorded twice.</summary>
        public static readonly DiagnosticRule RecordedTwice = Create(
            "ECG0027",
            "Code or name recorded twice",
            "{0} is recorded again in the names file (first at line {1}); this line is ignored",
            Severity.Warning);

        /// <summary>ECG0028: Code not recorded in the names file.</summary>
        public static readonly DiagnosticRule NewCode = Create(
            "ECG0028",
            "Code not recorded in the names file",
            "Code {0} is new: the names file does not record it yet, so it is named '{1}' from the document. 'errorcodes names' records it.",
            Severity.Info);

        /// <summary>ECG0029: Code removed from the document.</summary>
        public static readonly DiagnosticRule RemovedCode = Create(
            "ECG0029",
            "Code removed from the document",
            "Code {0} ({1}) is recorded in the names file but no longer in the document; its enum member stays, marked [Obsolete], so that code that uses it still compiles. Delete this line to remove the member.",
            Severity.Warning);

        /// <summary>ECG0030: Names file not found.</summary>
        public static readonly DiagnosticRule NamesFileMissing = Create(
            "ECG0030",
            "Names file not found",
            "The names file '{0}' cannot be read or is not an additional file of the project; members are named from the document",
            Severity.Warning);

        /// <summary>ECG0031: The catalogs' texts exceed what an assembly's string literals can hold.</summary>
        public static readonly DiagnosticRule TextsTooLarge = Create(
            "ECG0031",
            "The catalogs' texts exceed what an assembly's string literals can hold",
            "The texts of the project's catalogs would take {0} MB of string literals, and an assembly holds at most 16 MB of them (error CS8103); no catalog is generated for this spec, the largest. Use C# 11 or later (LangVersion 11 or latest, with System.ReadOnlySpan<T>, built in from .NET Core 2.1 or from the System.Memory package) and large catalogs keep their texts as UTF-8 data instead, or split the spec across projects.",
            Severity.Error);

        /// <summary>ECG0032: A spec is its own twin.</summary>
        public static readonly DiagnosticRule TwinIsTheSpec = Create(
            "ECG0032",
            "A spec is its own twin",
            "The spec's Twin metadata names the spec itself; the catalog has one language only. Name the same document in the other language.",
            Severity.Warning);

        /// <summary>ECG0033: A file is a spec and another spec's twin.</summary>
        public static readonly DiagnosticRule TwinIsASpec = Create(
            "ECG0033",
            "A file is a spec and another spec's twin",
            "The Twin metadata names '{0}', which the project also lists as a spec of its own: it is merged into this catalog and makes a catalog of its own too. List it once, as a spec or as this spec's twin.",
            Severity.Warning);

        /// <summary>ECG0034: The names file is a document.</summary>
        public static readonly DiagnosticRule NamesFileIsADocument = Create(
            "ECG0034",
            "The names file is a document",
            "The Names metadata names '{0}', which the project lists as a spec or a twin, not a names file; members are named from the document. Name the spec's .names file.",
            Severity.Warning);

        /// <summary>ECG0035: A spec listed twice with different metadata.</summary>
        public static readonly DiagnosticRule ListedTwice = Create(
            "ECG0035",
            "A spec listed twice with different metadata",
            "The spec is listed {0} times with different metadata ({1}); one catalog is generated, with the metadata of the last listing. List it once.",
            Severity.Warning);

        /// <summary>ECG0036: A code written with digits other than 0-9.</summary>
        public static readonly DiagnosticRule OtherDigits = Create(
            "ECG0036",
            "A code written with digits other than 0-9",
            "The code '{0}' is written with digits other than 0-9 (full-width ones, as a Chinese input method types them, or another script's); it is read as code {1}. Write it with the digits 0-9.",
            Severity.Warning);

        /// <summary>ECG0037: A heading opens a code's sections without its code.</summary>
        public static readonly DiagnosticRule HeadingWithoutCode = Create(
            "ECG0037",
            "A heading opens a code's sections without its code",
            "The heading '{0}' opens a code's sections ('{1}' follows it) but does not start with a code ({2}); no code is read from it, and its text is kept as a catalog note. Start the heading with the code, as '## 2301001 {0}'.",
            Severity.Warning);

        /// <summary>ECG0038: A code's fields start again.</summary>
        public static readonly DiagnosticRule FieldsAgain = Create(
            "ECG0038",
            "A code's fields start again",
            "Code {0}'s fields start again with '{1}': each round of fields is read as one way the error arises, here its scenario {2}, without a title",
            Severity.Info);

        /// <summary>ECG0039: A names file without its document.</summary>
        public static readonly DiagnosticRule NamesFileOrphaned = Create(
            "ECG0039",
            "A names file without its document",
            "The names file '{0}' has no document beside it ('{1}'), so the names it records keep no catalog{2}. Move it with its document: errorcodes names --move {1} NEW.md",
            Severity.Warning);

        // The rules of the upstream template (zh-cn/contribute/template/errorcodes-template.md of openharmony/docs), for the
        // documents' writers: errorcodes lint checks them (its template profile, the default); they are about how a
        // document is written, never about what the generated code holds.

        /// <summary>ECG0040: File name off the template.</summary>
        public static readonly DiagnosticRule FileNameOffTemplate = Create(
            "ECG0040",
            "File name off the template",
            "The file name '{0}' is not the template's errorcode-<module>.md (Cangjie's cj-errorcode-<module>.md): letters and digits, words joined by '-'",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0041: Title off the template.</summary>
        public static readonly DiagnosticRule TitleOffTemplate = Create(
            "ECG0041",
            "Title off the template",
            "The title '{0}' is not the template's {1}",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0042: Code heading without a short description.</summary>
        public static readonly DiagnosticRule HeadingWithoutSummary = Create(
            "ECG0042",
            "Code heading without a short description",
            "Code {0}'s heading has no short description: the template writes '## {0} <错误简述>'",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0043: Code heading off the template.</summary>
        public static readonly DiagnosticRule HeadingOffTemplate = Create(
            "ECG0043",
            "Code heading off the template",
            "Code {0}'s heading is {1}: the template writes '## {0} <错误简述>', at level 2 with one space after the code",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0044: Fields out of the template's order.</summary>
        public static readonly DiagnosticRule FieldsOutOfOrder = Create(
            "ECG0044",
            "Fields out of the template's order",
            "Code {0}'s fields come as {1}; the template orders them 错误信息, 错误描述, 可能原因, 处理步骤",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0045: Message not in English.</summary>
        public static readonly DiagnosticRule MessageNotEnglish = Create(
            "ECG0045",
            "Message not in English",
            "Code {0}'s 错误信息 '{1}' is not English: the template has the reviewed English message in both languages' documents",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0046: Fewer steps than causes.</summary>
        public static readonly DiagnosticRule FewerStepsThanCauses = Create(
            "ECG0046",
            "Fewer steps than causes",
            "Code {0} gives {1} possible causes and {2} steps: the template has a step answer each cause, in order (counted here, not read)",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0047: A writing instruction left in the document.</summary>
        public static readonly DiagnosticRule WritingInstructionLeft = Create(
            "ECG0047",
            "A writing instruction left in the document",
            "'{0}' is the template's writing instruction or placeholder, left in the document; the template says to delete it",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0048: A code under 1000 outside the universal set.</summary>
        public static readonly DiagnosticRule NotAUniversalCode = Create(
            "ECG0048",
            "A code under 1000 outside the universal set",
            "Code {0} is under 1000 but is none of the universal codes ({1}): a module's own codes come from its own range",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0049: The twins' messages differ.</summary>
        public static readonly DiagnosticRule TwinMessagesDiffer = Create(
            "ECG0049",
            "The twins' messages differ",
            "Code {0}'s 错误信息 is '{1}' here and '{2}' in its twin {3}: the template has one reviewed English message in both",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0050: The twins' placeholders differ.</summary>
        public static readonly DiagnosticRule TwinPlaceholdersDiffer = Create(
            "ECG0050",
            "The twins' placeholders differ",
            "Code {0}'s message has the placeholders {1} here and {2} in its twin {3}: the typed FormatMessage takes this document's",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0051: The twins count other causes or steps.</summary>
        public static readonly DiagnosticRule TwinCountsDiffer = Create(
            "ECG0051",
            "The twins count other causes or steps",
            "Code {0} has {1} causes and {2} steps here, {3} and {4} in its twin {5}",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0052: The twins mark a code otherwise.</summary>
        public static readonly DiagnosticRule TwinMarksDiffer = Create(
            "ECG0052",
            "The twins mark a code otherwise",
            "Code {0} is {1} here and {2} in its twin {3}",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0053: A code two documents define with different messages.</summary>
        public static readonly DiagnosticRule CodeInTwoDocuments = Create(
            "ECG0053",
            "A code two documents define with different messages",
            "Code {0} is also defined by {1} (line {2}), with the message '{3}': one number, two errors",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0054: A module redefines a universal code.</summary>
        public static readonly DiagnosticRule UniversalCodeRedefined = Create(
            "ECG0054",
            "A module redefines a universal code",
            "Code {0} is a universal code, which errorcode-universal.md defines for every module; the template has a module link to it rather than define it again",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0055: A code outside its document's range.</summary>
        public static readonly DiagnosticRule CodeOutsideRange = Create(
            "ECG0055",
            "A code outside its document's range",
            "Code {0} does not start with {1}, which {2} of the document's {3} codes start with{4}",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0056: A link to a document or heading that is not there.</summary>
        public static readonly DiagnosticRule LinkUnresolved = Create(
            "ECG0056",
            "A link to a document or heading that is not there",
            "The link '{0}' leads nowhere: {1}",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0057: A code outside its document's registered ranges.</summary>
        public static readonly DiagnosticRule CodeOutsideRegistry = Create(
            "ECG0057",
            "A code outside its document's registered ranges",
            "Code {0} is in none of the ranges the registry gives {1} ({2})",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0058: A line of the registry that cannot be read, or ranges two modules share.</summary>
        public static readonly DiagnosticRule RegistryLine = Create(
            "ECG0058",
            "A line of the registry that cannot be read, or ranges two modules share",
            "This line of the registry is ignored or conflicts with another: {0}",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0059: A document the registry does not list.</summary>
        public static readonly DiagnosticRule NotInRegistry = Create(
            "ECG0059",
            "A document the registry does not list",
            "The registry {0} gives no ranges for {1}; add a line such as '{1} {2}'",
            Severity.Info,
            Severity.Warning);

        /// <summary>ECG0060: A HelpLinkFormat that gives no address of a code.</summary>
        public static readonly DiagnosticRule InvalidHelpLinkFormat = Create(
            "ECG0060",
            "Invalid help link format",
            "The HelpLinkFormat metadata '{0}' {1}, so this spec's codes get no help link; write an absolute address with {{code}} where the code goes, such as 'https://errors.example.org/errorcode-net-socket/{{code}}.html'",
            Severity.Warning);

        /// <summary>ECG0099: The generator failed on a spec.</summary>
        public static readonly DiagnosticRule InternalError = Create(
            "ECG0099",
            "The generator failed on a spec",
            "The generator failed on this spec and generated no catalog for it: {0}. Please report this with the spec.",
            Severity.Error);

        /// <summary>Every rule, in the order of their ids: each rule is added here as it is created, so none can be missing.</summary>
        public static IReadOnlyList<DiagnosticRule> All => s_all;

        /// <summary>
        /// The upstream template's rules (ECG0040–ECG0059): warnings in lint's template profile, infos in a build. A build
        /// checks each document, each document against its twin and the numbering of the project's documents; the rules
        /// in <see cref="LintOnly"/> are lint's alone.
        /// </summary>
        public static IReadOnlyList<DiagnosticRule> Template => s_all.FindAll(rule => string.CompareOrdinal(rule.Id, FileNameOffTemplate.Id) >= 0 && string.CompareOrdinal(rule.Id, NotInRegistry.Id) <= 0);

        /// <summary>
        /// The template's rules only lint checks: links between documents (a link may name a document the project does
        /// not list, and a build reads no file it is not given) and the registry of ranges, a file lint is given.
        /// </summary>
        public static IReadOnlyList<DiagnosticRule> LintOnly => new[] { LinkUnresolved, CodeOutsideRegistry, RegistryLine, NotInRegistry };

        // A rule whose lint severity differs is about the document's quality only: see DiagnosticRule.LintSeverity. One
        // whose template severity differs is held to the upstream template: see DiagnosticRule.TemplateSeverity.
        private static DiagnosticRule Create(string id, string title, string messageFormat, Severity severity, Severity? lintSeverity = null, Severity? templateSeverity = null)
        {
            var rule = new DiagnosticRule(id, title, messageFormat, severity) { LintSeverity = lintSeverity ?? severity, TemplateSeverity = templateSeverity ?? lintSeverity ?? severity };
            s_all.Add(rule);
            return rule;
        }
    }
}
