using System;
using System.Collections.Generic;
using System.Text;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// Reads the bold labels that open a code's sections by what they say, in Chinese and English, rather than from a
    /// list of spellings: 处理步骤, 处理方法, 解决措施, Solution, Handling Steps and Measures all name the steps. A label that
    /// names two fields, or none, is not read as a field.
    /// </summary>
    internal static class SectionLabels
    {
        // Chinese words, each naming one field; 信息 (information) is the message, as in 错误信息.
        private static readonly (string Word, SectionKind Kind)[] s_chinese =
        {
            ("信息", SectionKind.Message),
            ("消息", SectionKind.Message),
            ("描述", SectionKind.Description),
            ("现象", SectionKind.Description),
            ("症状", SectionKind.Description),
            ("原因", SectionKind.Causes),
            ("步骤", SectionKind.Remediation),
            ("方法", SectionKind.Remediation),
            ("措施", SectionKind.Remediation),
            ("办法", SectionKind.Remediation),
            ("解决", SectionKind.Remediation),
            ("处理", SectionKind.Remediation),
            ("建议", SectionKind.Remediation),
        };

        // English words, each naming one field; "error" and "possible" name none.
        private static readonly Dictionary<string, SectionKind> s_english = new Dictionary<string, SectionKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["message"] = SectionKind.Message,
            ["messages"] = SectionKind.Message,
            ["information"] = SectionKind.Message,
            ["info"] = SectionKind.Message,
            ["description"] = SectionKind.Description,
            ["symptom"] = SectionKind.Description,
            ["symptoms"] = SectionKind.Description,
            ["cause"] = SectionKind.Causes,
            ["causes"] = SectionKind.Causes,
            ["reason"] = SectionKind.Causes,
            ["reasons"] = SectionKind.Causes,
            ["solution"] = SectionKind.Remediation,
            ["solutions"] = SectionKind.Remediation,
            ["procedure"] = SectionKind.Remediation,
            ["procedures"] = SectionKind.Remediation,
            ["step"] = SectionKind.Remediation,
            ["steps"] = SectionKind.Remediation,
            ["resolution"] = SectionKind.Remediation,
            ["measure"] = SectionKind.Remediation,
            ["measures"] = SectionKind.Remediation,
            ["handling"] = SectionKind.Remediation,
            ["remedy"] = SectionKind.Remediation,
            ["workaround"] = SectionKind.Remediation,
            ["troubleshooting"] = SectionKind.Remediation,
        };

        // Words of a label that speaks of the document's codes as a whole ("TCP/UDP 错误码说明", "Description of TCP/UDP
        // error codes"): such a passage after a code's last section belongs to the document, whatever else it says.
        private static readonly string[] s_documentWords = { "错误码", "error code" };

        // Words of a note, which belongs to the document when it names no field.
        private static readonly string[] s_noteWords = { "说明", "注意", "note" };

        /// <summary>
        /// The field a label opens, or <see cref="SectionKind.None"/> when it names none, or more than one, or speaks of the
        /// document's codes. A code's first label, right after its heading, is read by its field word even beside
        /// "error code" (<c>错误码信息</c>, <c>Error Code Information</c>): a note about the document's codes comes after a
        /// code's last section, never before its first.
        /// </summary>
        public static SectionKind Find(string label, bool firstOfCode = false)
        {
            var text = Normalize(label);
            if (!firstOfCode && ContainsAny(text, s_documentWords))
            {
                return SectionKind.None;
            }

            var found = SectionKind.None;
            foreach (var (word, kind) in s_chinese)
            {
                if (text.IndexOf(word, StringComparison.Ordinal) >= 0 && !Add(ref found, kind))
                {
                    return SectionKind.None;
                }
            }

            foreach (var word in Words(text))
            {
                if (s_english.TryGetValue(word, out var kind) && !Add(ref found, kind))
                {
                    return SectionKind.None;
                }
            }

            return found;
        }

        /// <summary>True for a note's label that names no field, such as <c>说明</c>, <c>注意</c> or <c>NOTE</c>.</summary>
        public static bool IsNote(string label)
        {
            var text = Normalize(label);
            return Find(text) == SectionKind.None && !ContainsAny(text, s_documentWords) && ContainsAny(text, s_noteWords);
        }

        /// <summary>True for a label of a note about the document rather than about one code, such as <c>TCP/UDP 错误码说明</c>.</summary>
        public static bool IsDocumentNote(string label)
        {
            var text = Normalize(label);
            return ContainsAny(text, s_documentWords) || (Find(text) == SectionKind.None && ContainsAny(text, s_noteWords));
        }

        private static bool ContainsAny(string text, string[] words)
        {
            foreach (var word in words)
            {
                if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The label without surrounding white space and trailing colons, which documents place inside or outside the bold.</summary>
        public static string Normalize(string label)
        {
            var text = label.Trim();
            while (text.Length > 0 && IsColon(text[text.Length - 1]))
            {
                text = text.Substring(0, text.Length - 1).TrimEnd();
            }

            return text;
        }

        public static bool IsColon(char c) => c == ':' || c == '：';

        // One kind per label: a second, different one makes it ambiguous ("原因及解决方法" names two fields).
        private static bool Add(ref SectionKind found, SectionKind kind)
        {
            if (found != SectionKind.None && found != kind)
            {
                return false;
            }

            found = kind;
            return true;
        }

        private static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            foreach (var c in text)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    word.Append(c);
                }
                else if (word.Length != 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (word.Length != 0)
            {
                yield return word.ToString();
            }
        }
    }
}
