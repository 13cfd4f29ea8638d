using System.Collections.Generic;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>A code while its sections are being read; <see cref="ToParsedCode"/> freezes it.</summary>
    internal sealed class CodeBuilder
    {
        public CodeBuilder(int code, string title, int line, TextLocation heading)
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

        public TextLocation Heading { get; }

        public string Message { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public List<string> Causes { get; } = new List<string>();

        public List<string> Remediation { get; } = new List<string>();

        public string? Name { get; set; }

        public bool IsAlias { get; set; }

        public bool IsDeprecated { get; set; }

        public bool InDelRegion { get; set; }

        public ParsedCode ToParsedCode() =>
            new ParsedCode(
                Code,
                Title,
                Message,
                Description,
                Causes.ToEquatableArray(),
                Remediation.ToEquatableArray(),
                Line + 1,
                Heading,
                Name,
                IsAlias,
                IsDeprecated,
                InDelRegion);
    }
}
