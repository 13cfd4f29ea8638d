using System.Collections.Generic;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Model;

namespace ErrorCodes.Generator.Emitting
{
    // The errno rules ("2301000 + errno"): FromErrno, TryGetErrno, and the kernel table's entries under this catalog's codes.
    internal sealed partial class CatalogEmitter
    {
        private void WriteErrnoFields()
        {
            var ranges = _model.ErrnoRanges;
            if (ranges.Count == 0)
            {
                return;
            }

            var w = _writer;
            Separate();
            for (var i = 0; i < ranges.Count; i++)
            {
                var n = RuleSuffix(i);
                w.WriteLine("// " + Escaping.SingleLine(ranges[i].Rule.Text));
                w.WriteLine("private const int ErrnoBase" + n + " = " + Invariant(ranges[i].Rule.Base) + ";");
                w.WriteLine(ranges[i].MaxErrno == ErrnoMapping.LinuxMaxErrno
                    ? "private const int MaxErrno" + n + " = " + Invariant(ranges[i].MaxErrno) + "; // Linux's MAX_ERRNO"
                    : "private const int MaxErrno" + n + " = " + Invariant(ranges[i].MaxErrno) + "; // short of the next rule's codes");
            }

            var table = _model.ErrnoTable;
            if (table == null)
            {
                return;
            }

            var rules = new List<string>();
            foreach (var language in RuleLanguages())
            {
                foreach (var range in ranges)
                {
                    rules.Add(RuleText(language, range.Rule));
                }
            }

            Separate();
            if (PerLanguageRules)
            {
                w.WriteLine("// The rules in each language of the catalog in turn: an entry under a rule describes it in the language asked for.");
            }

            w.WriteLine("private static readonly string[] s_errnoRules = " + Escaping.StringArray(rules) + ";");
            Separate();
            w.WriteLine($$"""
                // The entries of {{table.Catalog.ClassName}} under this catalog's codes, made on first use: a slot per {{MappedSlotsPer()}}.
                private const int MappedErrnoLimit = {{Invariant(table.Limit)}}; // the table's largest errno + 1

                private static readonly {{Info}}{{Q}}[] s_mapped = new {{Info}}{{Q}}[{{MappedSize()}}];
                """);
        }

        private void WriteErrnoMethods()
        {
            var ranges = _model.ErrnoRanges;
            if (ranges.Count == 0)
            {
                return;
            }

            var w = _writer;
            var e = EnumName;
            Separate();
            w.WriteLine("/// <summary>");
            Doc("The code for a Linux kernel errno, by the document's rule: ", ranges[0].Rule.Text, string.Empty);
            w.WriteLine("/// </summary>");
            w.WriteLine($$"""
                /// <param name="errno">The errno, from 1 to {{Invariant(ranges[0].MaxErrno)}}.</param>
                /// <exception cref="global::System.ArgumentOutOfRangeException">The errno is out of that range.</exception>
                public static {{e}} FromErrno(int errno)
                {
                    if (errno < 1 || errno > MaxErrno{{RuleSuffix(0)}})
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(errno), errno, "An errno from 1 to {{Invariant(ranges[0].MaxErrno)}} maps to a code.");
                    }

                    return ({{e}})(ErrnoBase{{RuleSuffix(0)}} + errno);
                }
                """);
            Separate();
            w.WriteLine($$"""
                /// <summary>
                /// The code for a failed socket operation, by the document's errno rule: the exception's portable
                /// <see cref="global::System.Net.Sockets.SocketException.SocketErrorCode"/> as the Linux errno, which is what
                /// OpenHarmony's numbers follow on every system (the native error code is another number on macOS and Windows).
                /// False when the error has no Linux errno (see <see cref="global::ErrorCodes.LinuxErrno.TryFromSocketError"/>).
                /// </summary>
                /// <exception cref="global::System.ArgumentNullException"><paramref name="exception"/> is null.</exception>
                public static bool TryFromSocketException(global::System.Net.Sockets.SocketException exception, out {{e}} code)
                {
                    int errno;
                    if (!global::ErrorCodes.LinuxErrno.TryFromSocketException(exception, out errno) || errno > MaxErrno{{RuleSuffix(0)}})
                    {
                        code = default({{e}});
                        return false;
                    }

                    code = ({{e}})(ErrnoBase{{RuleSuffix(0)}} + errno);
                    return true;
                }
                """);
            Separate();
            var withRule = _model.ErrnoTable != null;
            w.WriteLine("/// <summary>The errno a code stands for under one of the document's errno rules; false when none maps it.</summary>");
            if (withRule)
            {
                w.WriteLine("public static bool TryGetErrno(int code, out int errno) => TryGetErrno(code, out errno, out _);");
            }
            else
            {
                WriteTryGetErrno("public static bool TryGetErrno(int code, out int errno)", withRule: false);
            }

            Separate();
            w.WriteLine($$"""
                /// <summary>The errno a code stands for under one of the document's errno rules; false when none maps it.</summary>
                public static bool TryGetErrno(this {{e}} code, out int errno) => TryGetErrno((int)code, out errno);
                """);
            if (withRule)
            {
                Separate();
                WriteTryGetErrno("private static bool TryGetErrno(int code, out int errno, out int rule)", withRule: true);
                WriteFindMapped();
            }
        }

        private void WriteTryGetErrno(string signature, bool withRule)
        {
            var w = _writer;
            w.OpenBlock(signature);
            for (var i = 0; i < _model.ErrnoRanges.Count; i++)
            {
                var n = RuleSuffix(i);
                w.OpenBlock("if (code > ErrnoBase" + n + " && code - ErrnoBase" + n + " <= MaxErrno" + n + ")");
                w.WriteLine("errno = code - ErrnoBase" + n + ";");
                if (withRule)
                {
                    w.WriteLine("rule = " + Invariant(i) + ";");
                }

                w.WriteLine("return true;");
                w.CloseBlock();
                w.WriteLine();
            }

            w.WriteLine("errno = 0;");
            if (withRule)
            {
                w.WriteLine("rule = -1;");
            }

            w.WriteLine("return false;");
            w.CloseBlock();
        }

        private void WriteFindMapped()
        {
            var table = _model.ErrnoTable!;
            var kernel = Reference(table.Catalog);
            var multilingualKernel = table.Catalog.LanguageCount > 1;
            var parameters = _model.IsCultureSensitive ? "int code, " + Culture + Q + " culture" : "int code";

            // On the line of the index, so that the template keeps the method's indentation.
            var language = (multilingualKernel ? "var language = " + kernel + ".LanguageIndex(culture);\n    " : string.Empty)
                + (PerLanguageRules ? "var ruleLanguage = LanguageIndex(culture);\n    " : string.Empty);
            var source = multilingualKernel ? kernel + ".FindDefined(errno, language)" : kernel + ".FindDefined(errno)";
            Separate();
            _writer.WriteLine($$"""
                private static {{Info}}{{Q}} FindMapped({{parameters}})
                {
                    int errno;
                    int rule;
                    if (!TryGetErrno(code, out errno, out rule) || errno >= MappedErrnoLimit)
                    {
                        return null;
                    }

                    {{language}}{{IndexDeclaration()}}var info = s_mapped[{{MappedIndexName()}}];
                    if (info == null)
                    {
                        var source = {{source}};
                        if (source == null)
                        {
                            return null;
                        }

                        // Two threads may both make the entry; either copy is right.
                        info = global::ErrorCodes.GeneratedCatalogSupport.MapErrno(source, code, s_errnoRules[{{RuleTextIndex()}}]);
                        s_mapped[{{MappedIndexName()}}] = info;
                    }

                    return info;
                }
                """);
        }

        // The cache of mapped entries: languages of the kernel table, of the rules' texts, then rules, then errno values.
        private string MappedSize()
        {
            var factors = new List<string>();
            foreach (var dimension in MappedDimensions())
            {
                factors.Add(dimension.Size);
            }

            factors.Add("MappedErrnoLimit");
            return string.Join(" * ", factors);
        }

        private string MappedSlotsPer()
        {
            var parts = new List<string>();
            foreach (var dimension in MappedDimensions())
            {
                parts.Add(dimension.Name);
            }

            parts.Add("errno");
            return string.Join(", ", parts);
        }

        // With one language and one rule the errno is the index itself.
        private string MappedIndexName() => MappedIndex() == "errno" ? "errno" : "index";

        private string IndexDeclaration() => MappedIndex() == "errno" ? string.Empty : "var index = " + MappedIndex() + ";\n    ";

        private string MappedIndex()
        {
            var dimensions = MappedDimensions();
            if (dimensions.Count == 0)
            {
                return "errno";
            }

            var row = dimensions[0].Variable;
            for (var i = 1; i < dimensions.Count; i++)
            {
                row = "(" + row + " * " + dimensions[i].Size + ") + " + dimensions[i].Variable;
            }

            return "((" + row + ") * MappedErrnoLimit) + errno";
        }

        // What a mapped entry depends on besides its errno: the kernel table's language, the language of the rule's text
        // (when the catalog's documents word their rules each in its own), and the rule.
        private List<(string Name, string Variable, string Size)> MappedDimensions()
        {
            var dimensions = new List<(string Name, string Variable, string Size)>();
            if (_model.ErrnoTable!.Catalog.LanguageCount > 1)
            {
                dimensions.Add(("language", "language", Invariant(_model.ErrnoTable.Catalog.LanguageCount)));
            }

            if (PerLanguageRules)
            {
                dimensions.Add(("language of the rule", "ruleLanguage", Invariant(_model.Languages.Count)));
            }

            if (_model.ErrnoRanges.Count > 1)
            {
                dimensions.Add(("rule", "rule", Invariant(_model.ErrnoRanges.Count)));
            }

            return dimensions;
        }

        // The rule's text in s_errnoRules: in the language asked for, when the documents word it each in its own.
        private string RuleTextIndex() =>
            !PerLanguageRules ? "rule"
            : _model.ErrnoRanges.Count > 1 ? "(ruleLanguage * " + Invariant(_model.ErrnoRanges.Count) + ") + rule"
            : "ruleLanguage";

        // The documents of a catalog with a twin each state its rule in their own words: when they differ, each language
        // gets its own, so that an English entry under the rule does not describe it in Chinese.
        private bool PerLanguageRules
        {
            get
            {
                if (!IsMultilingual)
                {
                    return false;
                }

                foreach (var language in _catalog.Languages)
                {
                    foreach (var range in _model.ErrnoRanges)
                    {
                        if (RuleText(language, range.Rule) != range.Rule.Text)
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
        }

        private List<CatalogLanguage> RuleLanguages()
        {
            var languages = new List<CatalogLanguage>();
            foreach (var language in _catalog.Languages)
            {
                if (PerLanguageRules || languages.Count == 0)
                {
                    languages.Add(language);
                }
            }

            return languages;
        }

        // A language's wording of a rule, or the catalog's when that document does not state it.
        private static string RuleText(CatalogLanguage language, ErrnoRule rule)
        {
            foreach (var own in language.ErrnoRules)
            {
                if (own.Base == rule.Base)
                {
                    return own.Text;
                }
            }

            return rule.Text;
        }

        // ErrnoBase and MaxErrno for a document with one rule; ErrnoBase1, ErrnoBase2… when it states several.
        private string RuleSuffix(int rule) => _model.ErrnoRanges.Count == 1 ? string.Empty : Invariant(rule + 1);
    }
}
