using System;
using System.Collections.Generic;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>The bold labels that open a code's sections, in Chinese and English.</summary>
    internal static class SectionLabels
    {
        private static readonly Dictionary<string, SectionKind> s_labels = new Dictionary<string, SectionKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["错误信息"] = SectionKind.Message,
            ["Error Message"] = SectionKind.Message,
            ["Error Messages"] = SectionKind.Message,
            ["Error Information"] = SectionKind.Message,
            ["Message"] = SectionKind.Message,
            ["错误描述"] = SectionKind.Description,
            ["Description"] = SectionKind.Description,
            ["Error Description"] = SectionKind.Description,
            ["可能原因"] = SectionKind.Causes,
            ["Possible Causes"] = SectionKind.Causes,
            ["Possible Cause"] = SectionKind.Causes,
            ["Causes"] = SectionKind.Causes,
            ["Cause"] = SectionKind.Causes,
            ["处理步骤"] = SectionKind.Remediation,
            ["Solution"] = SectionKind.Remediation,
            ["Solutions"] = SectionKind.Remediation,
            ["Procedure"] = SectionKind.Remediation,
            ["Resolution"] = SectionKind.Remediation,
            ["Resolution Steps"] = SectionKind.Remediation,
            ["Handling Procedure"] = SectionKind.Remediation,
            ["Steps"] = SectionKind.Remediation,
        };

        /// <summary>The section a label opens, or <see cref="SectionKind.None"/> when the label is not a section's.</summary>
        public static SectionKind Find(string label) =>
            s_labels.TryGetValue(Normalize(label), out var kind) ? kind : SectionKind.None;

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
    }
}
