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
            foreach (var range in ranges)
            {
                rules.Add(range.Rule.Text);
            }

            Separate();
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
            var language = multilingualKernel ? "var language = " + kernel + ".LanguageIndex(culture);\n    " : string.Empty;
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
                        info = global::ErrorCodes.GeneratedCatalogSupport.MapErrno(source, code, s_errnoRules[rule]);
                        s_mapped[{{MappedIndexName()}}] = info;
                    }

                    return info;
                }
                """);
        }

        // The cache of mapped entries: languages of the kernel table, then rules, then errno values.
        private string MappedSize()
        {
            var factors = new List<string>();
            if (_model.ErrnoTable!.Catalog.LanguageCount > 1)
            {
                factors.Add(Invariant(_model.ErrnoTable.Catalog.LanguageCount));
            }

            if (_model.ErrnoRanges.Count > 1)
            {
                factors.Add(Invariant(_model.ErrnoRanges.Count));
            }

            factors.Add("MappedErrnoLimit");
            return string.Join(" * ", factors);
        }

        private string MappedSlotsPer()
        {
            var parts = new List<string>();
            if (_model.ErrnoTable!.Catalog.LanguageCount > 1)
            {
                parts.Add("language");
            }

            if (_model.ErrnoRanges.Count > 1)
            {
                parts.Add("rule");
            }

            parts.Add("errno");
            return string.Join(", ", parts);
        }

        // With one language and one rule the errno is the index itself.
        private string MappedIndexName() => MappedIndex() == "errno" ? "errno" : "index";

        private string IndexDeclaration() => MappedIndex() == "errno" ? string.Empty : "var index = " + MappedIndex() + ";\n    ";

        private string MappedIndex()
        {
            var multilingualKernel = _model.ErrnoTable!.Catalog.LanguageCount > 1;
            var rules = _model.ErrnoRanges.Count;
            var row = multilingualKernel && rules > 1
                ? "(language * " + Invariant(rules) + ") + rule"
                : multilingualKernel ? "language" : rules > 1 ? "rule" : null;
            return row == null ? "errno" : "((" + row + ") * MappedErrnoLimit) + errno";
        }

        // ErrnoBase and MaxErrno for a document with one rule; ErrnoBase1, ErrnoBase2… when it states several.
        private string RuleSuffix(int rule) => _model.ErrnoRanges.Count == 1 ? string.Empty : Invariant(rule + 1);
    }
}
