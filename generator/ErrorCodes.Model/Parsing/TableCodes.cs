using System;
using System.Collections.Generic;
using ErrorCodes.Model.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Reads the codes of a table spec such as the kernel errno document (<c>错误码数值 | 错误码定义 | 错误码描述</c>):
    /// one code per row, its name from the definition column and its message from the description column.
    /// </summary>
    internal static class TableCodes
    {
        private static readonly string[] s_numberHeaders = { "数值", "错误码id", "错误码", "error code", "code", "value", "errno", "number" };
        private static readonly string[] s_nameHeaders = { "定义", "名称", "name", "definition", "macro", "symbol" };
        private static readonly string[] s_messageHeaders = { "描述", "信息", "说明", "description", "message", "meaning" };

        /// <summary>The table's columns, when its header names a number, a name and a description column.</summary>
        public static bool TryGetColumns(Table table, out int number, out int name, out int message, out bool chineseHeader)
        {
            number = name = message = -1;
            chineseHeader = false;
            if (table.Count == 0 || table[0] is not TableRow { IsHeader: true } header)
            {
                return false;
            }

            for (var i = 0; i < header.Count; i++)
            {
                var text = PlainText.Of(header[i]).ToLowerInvariant();
                chineseHeader |= DocumentLanguage.ContainsCjk(text);

                // The name column first: "错误码定义" also contains "错误码".
                if (name < 0 && Matches(text, s_nameHeaders))
                {
                    name = i;
                }
                else if (message < 0 && Matches(text, s_messageHeaders))
                {
                    message = i;
                }
                else if (number < 0 && Matches(text, s_numberHeaders))
                {
                    number = i;
                }
            }

            return number >= 0 && name >= 0 && message >= 0;
        }

        /// <summary>
        /// Adds a code per body row. A row whose number cell holds a name defined by an earlier row (upstream has
        /// <c>| EAGAIN | EWOULDBLOCK |</c>) takes that row's number; any other row that is not a code is reported.
        /// </summary>
        public static void Read(Table table, int numberColumn, int nameColumn, int messageColumn, SpecText text, DocumentBuilder document, bool inDelRegion)
        {
            var numbersByName = new Dictionary<string, int>(StringComparer.Ordinal);
            var linesByName = new Dictionary<string, (int Number, int Line)>(StringComparer.Ordinal);
            foreach (var code in document.Codes)
            {
                if (code.Name != null && !numbersByName.ContainsKey(code.Name))
                {
                    numbersByName.Add(code.Name, code.Code);
                    linesByName.Add(code.Name, (code.Code, code.Line));
                }
            }

            foreach (var block in table)
            {
                if (block is not TableRow row || row.IsHeader)
                {
                    continue;
                }

                var location = text.Locate(row.Span.Start, row.Span.End + 1);
                var numberText = Cell(row, numberColumn);
                var name = Cell(row, nameColumn);
                var message = Cell(row, messageColumn);
                int number;
                var isAlias = false;
                if (numberText.Length == 0 && name.Length == 0 && message.Length == 0)
                {
                    continue;
                }

                if (CodeHeading.TryParse(numberText, out number, out var rest, out _) != CodeHeadingKind.Code || rest.Length != 0)
                {
                    if (!numbersByName.TryGetValue(numberText, out number))
                    {
                        document.Diagnostics.Add(DiagnosticRules.TableRowNotACode, location, numberText, name);
                        continue;
                    }

                    document.Diagnostics.Add(DiagnosticRules.TableNumberIsAName, location, numberText, name, number);
                    isAlias = true;
                }

                if (name.Length != 0 && linesByName.TryGetValue(name, out var earlier) && earlier.Number != number)
                {
                    document.Diagnostics.Add(DiagnosticRules.TableNameReused, location, name, number, earlier.Number, earlier.Line + 1);
                }

                var code = new CodeBuilder(number, name, row.Line, location)
                {
                    Name = name.Length != 0 ? name : null,
                    InDelRegion = inDelRegion,
                    IsAlias = isAlias,
                };
                code.Fields.Message = message;
                document.Codes.Add(code);
                if (name.Length != 0 && !numbersByName.ContainsKey(name))
                {
                    numbersByName.Add(name, number);
                    linesByName.Add(name, (number, row.Line));
                }
            }
        }

        /// <summary>
        /// The columns of a document written as one table of codes (<c>错误码 ID | 错误信息 | 说明 | 可能原因 | 处理建议</c>,
        /// upstream's update document): a code column and at least two columns whose headers name fields, read as the
        /// section labels are (说明 and description name the description here).
        /// </summary>
        public static bool TryGetFieldColumns(Table table, out int number, out Dictionary<SectionKind, int> fields, out bool chineseHeader)
        {
            number = -1;
            fields = new Dictionary<SectionKind, int>();
            chineseHeader = false;
            if (table.Count == 0 || table[0] is not TableRow { IsHeader: true } header)
            {
                return false;
            }

            for (var i = 0; i < header.Count; i++)
            {
                var text = PlainText.Of(header[i]);
                chineseHeader |= DocumentLanguage.ContainsCjk(text);
                var kind = text.Trim() is "说明" or "Description" or "description" ? SectionKind.Description : SectionLabels.Find(text, firstOfCode: true);
                if (kind != SectionKind.None && !fields.ContainsKey(kind))
                {
                    fields.Add(kind, i);
                }
                else if (number < 0 && kind == SectionKind.None && Matches(text.ToLowerInvariant(), s_numberHeaders))
                {
                    number = i;
                }
            }

            return number >= 0 && fields.Count >= 2 && fields.ContainsKey(SectionKind.Message);
        }

        /// <summary>Adds a code per body row of a table of codes and their fields; a row whose code cell is no code is reported.</summary>
        public static void ReadFields(Table table, int numberColumn, Dictionary<SectionKind, int> fields, SpecText text, DocumentBuilder document, bool inDelRegion)
        {
            foreach (var block in table)
            {
                if (block is not TableRow row || row.IsHeader)
                {
                    continue;
                }

                var location = text.Locate(row.Span.Start, row.Span.End + 1);
                var numberText = Cell(row, numberColumn);
                if (CodeHeading.TryParse(numberText, out var number, out var rest, out _) != CodeHeadingKind.Code || rest.Length != 0)
                {
                    document.Diagnostics.Add(DiagnosticRules.TableRowNotACode, location, numberText, Cell(row, fields[SectionKind.Message]));
                    continue;
                }

                var code = new CodeBuilder(number, string.Empty, row.Line, location) { InDelRegion = inDelRegion };
                foreach (var field in fields)
                {
                    var value = Cell(row, field.Value);
                    switch (field.Key)
                    {
                        case SectionKind.Message:
                            code.Fields.Message = value;
                            break;
                        case SectionKind.Description:
                            code.Fields.Description = value;
                            break;
                        case SectionKind.Causes:
                            Items.AddTo(code.Fields.Causes, Pieces(value));
                            break;
                        case SectionKind.Remediation:
                            Items.AddTo(code.Fields.Remediation, Pieces(value));
                            break;
                    }
                }

                document.Codes.Add(code);
            }
        }

        // A cell's lines ("1. 服务启动失败。<br>2. 进程崩溃。") as the text of a section, whose numbered lines are items.
        private static List<Piece> Pieces(string cell)
        {
            var pieces = new List<Piece>();
            Piece.AddText(pieces, cell);
            return pieces;
        }

        private static string Cell(TableRow row, int column) =>
            column < row.Count ? PlainText.Of(row[column]) : string.Empty;

        private static bool Matches(string header, string[] words)
        {
            foreach (var word in words)
            {
                if (header.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
