using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>The fields of a code or of one of its scenarios while they are read.</summary>
    internal sealed class FieldsBuilder
    {
        public string Message { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public List<string> Causes { get; } = new List<string>();

        public List<string> Remediation { get; } = new List<string>();

        public List<CodeSection> Sections { get; } = new List<CodeSection>();

        /// <summary>The zero-based line of the first label of each field, for a label used twice.</summary>
        public Dictionary<SectionKind, int> LabelLines { get; } = new Dictionary<SectionKind, int>();

        /// <summary>The field labelled first, which, labelled again, starts another round of fields.</summary>
        public SectionKind FirstLabel { get; set; }

        /// <summary>Gives every field read so far to <paramref name="other"/>, which has none yet, and keeps none.</summary>
        public void MoveTo(FieldsBuilder other)
        {
            other.Message = Message;
            other.Description = Description;
            other.Causes.AddRange(Causes);
            other.Remediation.AddRange(Remediation);
            other.Sections.AddRange(Sections);
            foreach (var pair in LabelLines)
            {
                other.LabelLines.Add(pair.Key, pair.Value);
            }

            other.FirstLabel = FirstLabel;
            FirstLabel = SectionKind.None;

            Message = Description = string.Empty;
            Causes.Clear();
            Remediation.Clear();
            Sections.Clear();
            LabelLines.Clear();
        }
    }

    /// <summary>A scenario of a code while its fields are read.</summary>
    internal sealed class ScenarioBuilder
    {
        public ScenarioBuilder(string title, int line)
        {
            Title = title;
            Line = line;
        }

        public string Title { get; }

        /// <summary>The zero-based line of the sub-heading.</summary>
        public int Line { get; }

        public FieldsBuilder Fields { get; } = new FieldsBuilder();

        public CodeScenario ToScenario() =>
            new CodeScenario(
                Title,
                Fields.Message,
                Fields.Description,
                Fields.Causes.ToEquatableArray(),
                Fields.Remediation.ToEquatableArray(),
                Fields.Sections.ToEquatableArray(),
                Line + 1);
    }

    /// <summary>A code while its sections are being read; <see cref="ToParsedCode"/> freezes it.</summary>
    internal sealed class CodeBuilder
    {
        public CodeBuilder(int code, string title, int line, TextLocation heading, int level = 0)
        {
            Code = code;
            Title = title;
            Line = line;
            Heading = heading;
            Level = level;
        }

        public int Code { get; }

        public string Title { get; }

        /// <summary>The zero-based line of the heading.</summary>
        public int Line { get; }

        public TextLocation Heading { get; }

        /// <summary>The level of the code's heading; a deeper heading that is no code opens a scenario. 0 for a table row.</summary>
        public int Level { get; }

        public FieldsBuilder Fields { get; } = new FieldsBuilder();

        public List<ScenarioBuilder> Scenarios { get; } = new List<ScenarioBuilder>();

        public string? Name { get; set; }

        public bool IsAlias { get; set; }

        public bool IsDeprecated { get; set; }

        public bool InDelRegion { get; set; }

        /// <summary>Whether a label of <paramref name="kind"/> was read for the code or any of its scenarios.</summary>
        public bool HasLabel(SectionKind kind) => Fields.LabelLines.ContainsKey(kind) || Scenarios.Any(scenario => scenario.Fields.LabelLines.ContainsKey(kind));

        // A field the code itself leaves empty is its first scenario's: that is how such a code reads on its own.
        public ParsedCode ToParsedCode()
        {
            var first = Scenarios.Count != 0 ? Scenarios[0].Fields : null;
            return new ParsedCode(
                Code,
                Title,
                Or(Fields.Message, first?.Message),
                Or(Fields.Description, first?.Description),
                (Fields.Causes.Count != 0 || first == null ? Fields.Causes : first.Causes).ToEquatableArray(),
                (Fields.Remediation.Count != 0 || first == null ? Fields.Remediation : first.Remediation).ToEquatableArray(),
                Line + 1,
                Heading,
                Name,
                IsAlias,
                IsDeprecated,
                InDelRegion,
                Fields.Sections.ToEquatableArray(),
                Scenarios.Select(scenario => scenario.ToScenario()).ToEquatableArray());
        }

        private static string Or(string text, string? fallback) => text.Length != 0 || fallback == null ? text : fallback;
    }
}
