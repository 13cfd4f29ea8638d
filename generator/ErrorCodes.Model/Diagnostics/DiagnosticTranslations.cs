using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>
    /// Every rule's title and message in Simplified Chinese, the language most of these documents are written in; ids,
    /// locations and the holes of each message are the English one's. Kept in code rather than in satellite resource
    /// assemblies, which an analyzer package would have to carry and load for each language of the IDE.
    /// </summary>
    public static class DiagnosticTranslations
    {
        // Each fragment's pattern, made on first use.
        private static readonly Dictionary<string, Regex> s_patterns = new Dictionary<string, Regex>();

        /// <summary>The titles and message formats by id.</summary>
        public static IReadOnlyDictionary<string, (string Title, string Message)> SimplifiedChinese { get; } = new Dictionary<string, (string, string)>
        {
            ["ECG0001"] = ("规格未定义错误码", "规格未定义任何错误码：没有以数字错误码开头的标题，因此其目录为空"),
            ["ECG0002"] = ("标题中的错误码不是有效的 int", "标题中的错误码“{0}”不是 int 能容纳的整数；生成的目录中不含该错误码"),
            ["ECG0003"] = ("错误码定义了两次", "错误码 {0} 再次被定义（首次在第 {1} 行）；两个条目都保留在 All 中，但枚举成员和查找使用第一个"),
            ["ECG0004"] = ("错误码没有错误信息", "错误码 {0} 没有“错误信息 (Error Message)”一节，或该节为空；其错误信息为空，枚举成员命名为“{1}”"),
            ["ECG0005"] = ("为错误码选定的枚举成员名", "错误码 {0} 命名为“{1}”：{2}"),
            ["ECG0006"] = ("两个规格生成同一类型", "此规格将生成类型“{0}”，而规格“{1}”已生成该类型；此规格不生成目录。请在其中一个 ErrorCodeSpec 项上设置 EnumName 和 ClassName（或 Namespace）元数据。"),
            ["ECG0007"] = ("ErrorCodeSpec 元数据无效", "{0} 元数据“{1}”不是有效的 C# {2}；此规格不生成目录"),
            ["ECG0008"] = ("未引用 ErrorCodes.Runtime", "项目列出了错误码规格，但未引用生成代码所需的 ErrorCodes.Runtime；不生成目录。请引用 ErrorCodes.Generator 包，它会带来该库。"),
            ["ECG0009"] = ("错误码内出现文档说明的标签", "“{0}”不是已知的错误码章节标签；其后直到下一个标签或标题的内容作为目录说明保留"),
            ["ECG0010"] = ("错误码标题与第一个标签之间有文字", "错误码 {0} 在第一个章节标签之前有文字；它不属于任何字段，作为该错误码的无标题章节保留"),
            ["ECG0011"] = ("无法读取规格文件", "无法读取规格文件（{0}）；不为其生成目录"),
            ["ECG0012"] = ("错误码缺少章节", "错误码 {0} 没有章节 {1}；这些字段为空"),
            ["ECG0013"] = ("同一错误码中章节标签出现两次", "错误码 {0} 有第二个 {1} 章节（第一个在第 {2} 行）；其文字并入第一个"),
            ["ECG0014"] = ("规格不是有效的 UTF-8", "规格不是有效的 UTF-8（{0}）；生成的文字可能与文档不符。请将文件保存为 UTF-8。"),
            ["ECG0015"] = ("规格嵌套过深", "规格的 markdown 嵌套过深，无法解析（引用、列表或括号相互嵌套数千层）；不为其生成目录"),
            ["ECG0016"] = ("同类诊断过多", "此规格中另有 {0} 条 {1} 诊断未显示；请修正已显示的，或用 ErrorCodesMaxDiagnostics 属性提高上限以查看全部"),
            ["ECG0017"] = ("错误码标题粘在上一行", "“{0}”写在一行的末尾，markdown 不视其为标题；按其本意读作错误码标题。请让它单独成行。"),
            ["ECG0018"] = ("表格行没有错误码", "表格行的数值单元格“{0}”既不是 int 能容纳的整数，也不是前面某行的名称；该行（“{1}”）不纳入生成的目录"),
            ["ECG0019"] = ("表格行的数值单元格是名称", "表格行的数值单元格是名称“{0}”而不是数字；“{1}”按“{0}”的数值读作错误码 {2}"),
            ["ECG0020"] = ("表格中一个名称对应两个数值", "名称“{0}”在此处对应 {1}，在第 {3} 行对应 {2}；后一个枚举成员加后缀"),
            ["ECG0021"] = ("错误码只在一种语言中", "错误码 {0} 在 {1} 中，但不在其对应文档 {2} 中；其他语言的查找回退到此文字"),
            ["ECG0022"] = ("找不到对应语言的规格", "规格的 Twin 元数据指向“{0}”，它不是项目的附加文件；目录只有一种语言。请用 <ErrorCodeSpec Include=\"...\" Twin=\"...\" /> 列出它并检查路径。"),
            ["ECG0023"] = ("未知标签下的章节", "“{0}”不是已知的章节标签；其下的文字作为错误码 {1} 在该标签下的章节保留。如果它是错误信息、描述、原因或步骤，请标为 错误信息、错误描述、可能原因 或 处理步骤（Error Message、Description、Possible Causes、Solution）。"),
            ["ECG0024"] = ("代码块未闭合", "此代码块从未闭合，markdown 会把文档其余部分（包括错误码标题“{0}”）读作代码；现按没有该代码块读取。请在单独一行用 {1} 结束代码块。"),
            ["ECG0025"] = ("名称文件中不是错误码和名称的行", "“{0}”不是错误码加成员名（如“2301001 OperationNotPermitted”）；忽略此行"),
            ["ECG0026"] = ("名称文件中的名称无效", "“{0}”不是有效的 C# 名称，因此错误码 {1} 按文档命名，如同名称文件未记录它"),
            ["ECG0027"] = ("错误码或名称记录了两次", "{0} 在名称文件中再次记录（首次在第 {1} 行）；忽略此行"),
            ["ECG0028"] = ("名称文件未记录的错误码", "错误码 {0} 是新的：名称文件尚未记录它，因此按文档命名为“{1}”。运行“errorcodes names”记录它。"),
            ["ECG0029"] = ("文档中已删除的错误码", "错误码 {0}（{1}）记录在名称文件中，但文档中已没有；其枚举成员保留并标记 [Obsolete]，使用它的代码仍可编译。删除此行即移除该成员。"),
            ["ECG0030"] = ("找不到名称文件", "无法读取名称文件“{0}”，或它不是项目的附加文件；成员按文档命名"),
            ["ECG0031"] = ("目录文字超出程序集字符串字面量的容量", "项目各目录的文字需要 {0} MB 的字符串字面量，而一个程序集最多容纳 16 MB（错误 CS8103）；不为此规格（最大的一个）生成目录。请使用 C# 11 或更高版本（LangVersion 11 或 latest，并有 System.ReadOnlySpan<T>：.NET Core 2.1 起内置，或来自 System.Memory 包），大目录会改为以 UTF-8 数据保存文字；或将规格拆分到多个项目。"),
            ["ECG0032"] = ("规格是自己的对应文档", "规格的 Twin 元数据指向规格本身；目录只有一种语言。请指向另一种语言的同一文档。"),
            ["ECG0033"] = ("文件既是规格又是另一规格的对应文档", "Twin 元数据指向“{0}”，而项目也把它列为独立规格：它并入此目录，同时也生成自己的目录。请只列出一次，作为规格或作为此规格的对应文档。"),
            ["ECG0034"] = ("名称文件是一个文档", "Names 元数据指向“{0}”，项目把它列为规格或对应文档，而不是名称文件；成员按文档命名。请指向规格的 .names 文件。"),
            ["ECG0035"] = ("规格以不同元数据列出两次", "规格以不同元数据列出了 {0} 次（{1}）；只生成一个目录，使用最后一次列出的元数据。请只列出一次。"),
            ["ECG0036"] = ("错误码使用了 0-9 以外的数字", "错误码“{0}”使用了 0-9 以外的数字（如中文输入法输入的全角数字，或其他文字的数字）；读作错误码 {1}。请使用数字 0-9 书写。"),
            ["ECG0037"] = ("标题开启了错误码章节却没有错误码", "标题“{0}”开启了错误码的章节（其后是“{1}”），但不以错误码开头（{2}）；不从中读取错误码，其文字作为目录说明保留。请以错误码开头，如“## 2301001 {0}”。"),
            ["ECG0038"] = ("错误码的字段重新开始", "错误码 {0} 的字段以“{1}”重新开始：每一轮字段读作该错误产生的一种情形，此处是其无标题的第 {2} 种情形"),
            ["ECG0039"] = ("名称文件旁没有其文档", "名称文件“{0}”旁没有其文档（“{1}”），它记录的名称不作用于任何目录{2}。请随文档一起移动：errorcodes names --move {1} NEW.md"),
            ["ECG0040"] = ("文件名不符合模板", "文件名“{0}”不符合模板的 errorcode-<module>.md（仓颉为 cj-errorcode-<module>.md）：由字母和数字组成，单词以“-”连接"),
            ["ECG0041"] = ("标题不符合模板", "标题“{0}”不符合模板的 {1}"),
            ["ECG0042"] = ("错误码标题没有错误简述", "错误码 {0} 的标题没有错误简述：模板写作“## {0} <错误简述>”"),
            ["ECG0043"] = ("错误码标题不符合模板", "错误码 {0} 的标题是 {1}：模板写作“## {0} <错误简述>”，二级标题，错误码后一个空格"),
            ["ECG0044"] = ("字段顺序不符合模板", "错误码 {0} 的字段顺序是 {1}；模板的顺序是 错误信息、错误描述、可能原因、处理步骤"),
            ["ECG0045"] = ("错误信息不是英文", "错误码 {0} 的错误信息“{1}”不是英文：模板要求两种语言的文档都写经过审校的英文错误信息"),
            ["ECG0046"] = ("处理步骤少于可能原因", "错误码 {0} 有 {1} 条可能原因、{2} 条处理步骤：模板要求每个步骤依次对应一个原因（此处只计数，不判断内容）"),
            ["ECG0047"] = ("文档中残留写作说明", "“{0}”是模板的写作说明或占位符，残留在文档中；模板要求删除"),
            ["ECG0048"] = ("通用错误码之外的小于 1000 的错误码", "错误码 {0} 小于 1000，但不是任何通用错误码（{1}）：模块自己的错误码应来自其自己的号段"),
            ["ECG0049"] = ("中英文档的错误信息不同", "错误码 {0} 的错误信息在此处是“{1}”，在其对应文档 {3} 中是“{2}”：模板要求两者是同一条经过审校的英文信息"),
            ["ECG0050"] = ("中英文档的占位符不同", "错误码 {0} 的错误信息在此处有占位符 {1}，在其对应文档 {3} 中是 {2}：类型化的 FormatMessage 采用此文档的"),
            ["ECG0051"] = ("中英文档的原因或步骤数量不同", "错误码 {0} 在此处有 {1} 条原因、{2} 条步骤，在其对应文档 {5} 中是 {3} 条和 {4} 条"),
            ["ECG0052"] = ("中英文档对错误码的标记不同", "错误码 {0} 在此处是 {1}，在其对应文档 {3} 中是 {2}"),
            ["ECG0053"] = ("两个文档以不同信息定义同一错误码", "错误码 {0} 也由 {1}（第 {2} 行）定义，错误信息为“{3}”：一个数字，两种错误"),
            ["ECG0054"] = ("模块重新定义通用错误码", "错误码 {0} 是通用错误码，由 errorcode-universal.md 为所有模块定义；模板要求模块链接到它，而不是重新定义"),
            ["ECG0055"] = ("错误码超出文档的号段", "错误码 {0} 不以 {1} 开头，而文档 {3} 个错误码中有 {2} 个以它开头{4}"),
            ["ECG0056"] = ("链接指向不存在的文档或标题", "链接“{0}”无处可去：{1}"),
            ["ECG0057"] = ("错误码不在文档登记的号段内", "错误码 {0} 不在登记表为 {1} 给出的任何号段（{2}）内"),
            ["ECG0058"] = ("登记表中无法读取的行，或两个模块共用的号段", "登记表的这一行被忽略，或与另一行冲突：{0}"),
            ["ECG0059"] = ("登记表未列出的文档", "登记表 {0} 没有给出 {1} 的号段；请添加一行，如“{1} {2}”"),
            ["ECG0060"] = ("帮助链接格式无效", "HelpLinkFormat 元数据“{0}”{1}，因此此规范的错误码没有帮助链接；请写一个绝对地址，在错误码的位置写 {{code}}，例如“https://errors.example.org/errorcode-net-socket/{{code}}.html”"),
            ["ECG0099"] = ("生成器处理规格失败", "生成器处理此规格失败，没有为其生成目录：{0}。请连同规格一起报告此问题。"),
        };

        /// <summary>
        /// The arguments that hold a reason or a mark the tool writes (not a document's text), by rule id: those are
        /// translated too, by <see cref="Fragments"/>. Any other argument is the document's own, and kept as written.
        /// </summary>
        public static IReadOnlyDictionary<string, int[]> FragmentArguments { get; } = new Dictionary<string, int[]>
        {
            ["ECG0005"] = new[] { 2 },
            ["ECG0011"] = new[] { 0 },
            ["ECG0014"] = new[] { 0 },
            ["ECG0037"] = new[] { 2 },
            ["ECG0041"] = new[] { 0, 1 },
            ["ECG0043"] = new[] { 1 },
            ["ECG0050"] = new[] { 1, 2 },
            ["ECG0052"] = new[] { 1, 2 },
            ["ECG0056"] = new[] { 1 },
            ["ECG0060"] = new[] { 1 },
        };

        /// <summary>
        /// The reasons and marks the tool writes into those arguments, in English with the holes of what varies, and in
        /// Simplified Chinese. A hole's text is translated in turn (a reason that names an encoding's reason); an
        /// argument no fragment matches is kept as written.
        /// </summary>
        public static IReadOnlyList<(string English, string Chinese)> Fragments { get; } = new[]
        {
            ("it is {0}", "它是{0}"),
            ("UTF-16 ({0}) text without a byte-order mark, which the compiler reads as UTF-8; save it as UTF-8", "没有字节顺序标记的 UTF-16（{0}）文本，编译器按 UTF-8 读取；请另存为 UTF-8"),
            ("big-endian", "大端"),
            ("little-endian", "小端"),
            ("not UTF-8: {0} characters could not be decoded, as when a document is saved in a legacy encoding such as GBK (GB18030); save it as UTF-8", "不是 UTF-8：有 {0} 个字符无法解码，文档以 GBK (GB18030) 等旧编码保存时即会如此；请另存为 UTF-8"),
            ("GBK (GB18030) text, which the compiler reads as UTF-8 and loses its Chinese; save it as UTF-8", "GBK (GB18030) 文本，编译器按 UTF-8 读取会丢失其中文；请另存为 UTF-8"),
            ("UTF-32, which the compiler reads as UTF-16; read as UTF-32", "UTF-32，编译器按 UTF-16 读取；已按 UTF-32 读取"),
            ("UTF-32 big-endian, which the compiler cannot decode; save it as UTF-8", "大端 UTF-32，编译器无法解码；请另存为 UTF-8"),
            ("not text: its bytes are those of an image, an archive or another binary file", "不是文本：其字节是图片、压缩包或其他二进制文件的"),
            ("a folder", "一个文件夹"),
            ("larger than {0} MB, which no document is", "大于 {0} MB，没有文档会这么大"),
            ("no error-code document", "不是错误码文档"),
            ("reading it did not end in {0} s: it is a pipe or a device, not a file", "读取未在 {0} 秒内结束：它是管道或设备，不是文件"),
            ("permission denied", "没有权限"),
            ("the compiler could not read it", "编译器无法读取它"),
            ("it holds {0} further on", "其后含有 {0}"),
            ("it holds no number", "其中没有编号"),
            ("its message has no English words", "其错误信息没有英文单词"),
            ("its message starts with a digit, and a C# name cannot", "其错误信息以数字开头，而 C# 名称不能以数字开头"),
            ("'{0}' is already the name of code {1}, which has the same message", "“{0}”已是错误码 {1} 的名称，二者错误信息相同"),
            ("(none)", "（无）"),
            ("'# <Module> Error Codes'", "英文文档的“# <Module> Error Codes”"),
            ("'# <模块名>错误码'", "“# <模块名>错误码”"),
            ("at level {0}", "位于第 {0} 级"),
            ("written with more than one space after '##'", "在“##”后写了多个空格"),
            ("written without a space after '##'", "在“##”后没有空格"),
            ("written with other than one space after the code", "在错误码后不是恰好一个空格"),
            ("deprecated and in a <!--Del--> region", "已废弃且位于 <!--Del--> 区域"),
            ("deprecated", "已废弃"),
            ("in a <!--Del--> region", "位于 <!--Del--> 区域"),
            ("unmarked", "无标记"),
            ("no document {0} is there", "该处没有文档 {0}"),
            ("{0} has no heading whose anchor is '{1}'", "{0} 中没有锚点为“{1}”的标题"),
            ("has no place for the code", "中没有错误码的位置"),
            ("is no absolute http, https or file address", "不是 http、https 或 file 的绝对地址"),
        };

        /// <summary>
        /// <paramref name="argument"/> of rule <paramref name="id"/> in Simplified Chinese, where it is a reason or a
        /// mark the tool writes; else as written.
        /// </summary>
        public static string TranslateArgument(string id, int index, string argument) =>
            FragmentArguments.TryGetValue(id, out var indexes) && Array.IndexOf(indexes, index) >= 0 ? Translate(argument, 0) : argument;

        // The first fragment that matches the whole text, its holes translated in turn; a depth bound, as a hole's text
        // could in principle match again.
        private static string Translate(string text, int depth)
        {
            if (depth > 3)
            {
                return text;
            }

            foreach (var (english, chinese) in Fragments)
            {
                var match = FragmentPattern(english).Match(text);
                if (match.Success)
                {
                    var holes = new object[match.Groups.Count - 1];
                    for (var i = 0; i < holes.Length; i++)
                    {
                        holes[i] = Translate(match.Groups["h" + i.ToString(CultureInfo.InvariantCulture)].Value, depth + 1);
                    }

                    return string.Format(CultureInfo.InvariantCulture, chinese, holes);
                }
            }

            return text;
        }

        // "it holds {0} further on" as ^it\ holds\ (?<h0>.+?)\ further\ on$.
        private static Regex FragmentPattern(string english)
        {
            lock (s_patterns)
            {
                if (!s_patterns.TryGetValue(english, out var pattern))
                {
                    var escaped = Regex.Escape(english);
                    escaped = Regex.Replace(escaped, @"\\\{(\d)}", "(?<h$1>.+?)");
                    pattern = new Regex("^" + escaped + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
                    s_patterns.Add(english, pattern);
                }

                return pattern;
            }
        }

        /// <summary>
        /// Whether <paramref name="culture"/> reads Simplified Chinese: <c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>,
        /// <c>zh-SG</c> and their kin, not the Traditional ones (<c>zh-TW</c>, <c>zh-HK</c>, <c>zh-Hant</c>).
        /// </summary>
        public static bool IsSimplifiedChinese(CultureInfo? culture)
        {
            for (var current = culture; current != null && current.Name.Length != 0; current = current.Parent)
            {
                switch (current.Name)
                {
                    case "zh-Hant":
                    case "zh-TW":
                    case "zh-HK":
                    case "zh-MO":
                        return false;
                    case "zh":
                    case "zh-Hans":
                    case "zh-CN":
                    case "zh-SG":
                        return true;
                }
            }

            return false;
        }
    }
}
