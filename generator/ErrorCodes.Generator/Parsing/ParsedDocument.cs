using System.Collections.Generic;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Parsing
{
    /// <summary>A code as the document states it, before names and duplicates are settled.</summary>
    internal sealed class ParsedCode
    {
        public ParsedCode(int code, string title, int line, LocationInfo heading)
        {
            Code = code;
            Title = title;
            Line = line;
            Heading = heading;
        }

        public int Code { get; }

        public string Title { get; }

        /// <summary>The zero-based line of the heading.</summary>
        public int Line { get; }

        public LocationInfo Heading { get; }

        /// <summary>The message, or null when the code has no message section.</summary>
        public string? Message { get; set; }

        public string Description { get; set; } = string.Empty;

        public List<string> Causes { get; } = new List<string>();

        public List<string> Remediation { get; } = new List<string>();

        /// <summary>The name the document gives the code (a table's definition column, such as <c>EPERM</c>), or null.</summary>
        public string? Name { get; set; }

        /// <summary>A table row that gives another row's name instead of a number, already reported as such (ECG0019).</summary>
        public bool IsAlias { get; set; }

        /// <summary>The title carries a deprecation mark such as <c>&lt;sup&gt;(deprecated)&lt;/sup&gt;</c>.</summary>
        public bool IsDeprecated { get; set; }

        /// <summary>The heading sits between <c>&lt;!--Del--&gt;</c> and <c>&lt;!--DelEnd--&gt;</c>: content one edition of the docs removes.</summary>
        public bool InDelRegion { get; set; }
    }

    /// <summary>What the parser read from a spec: the title, the notes that belong to no code, the codes, and its diagnostics.</summary>
    internal sealed class ParsedDocument
    {
        public string Title { get; set; } = string.Empty;

        public List<string> Notes { get; } = new List<string>();

        public List<ParsedCode> Codes { get; } = new List<ParsedCode>();

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        /// <summary>Metadata comments such as <c>&lt;!--Kit: Network Kit--&gt;</c>, in document order, the first of a key winning.</summary>
        public List<KeyValuePair<string, string>> Properties { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>The file names of the markdown documents the notes link to, such as <c>errorcode-universal.md</c>.</summary>
        public List<string> Links { get; } = new List<string>();

        /// <summary>True when the codes come from a table (<c>错误码数值 | 错误码定义 | 错误码描述</c>) rather than from headings.</summary>
        public bool IsTable { get; set; }

        /// <summary>How many of the document's labels and table headers are Chinese, and how many English, to tell its language.</summary>
        public int ChineseLabels { get; set; }

        public int EnglishLabels { get; set; }
    }
}
