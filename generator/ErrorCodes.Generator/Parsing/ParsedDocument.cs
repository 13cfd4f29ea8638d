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
    }

    /// <summary>What the parser read from a spec: the title, the notes that belong to no code, the codes, and its diagnostics.</summary>
    internal sealed class ParsedDocument
    {
        public string Title { get; set; } = string.Empty;

        public List<string> Notes { get; } = new List<string>();

        public List<ParsedCode> Codes { get; } = new List<ParsedCode>();

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();
    }
}
