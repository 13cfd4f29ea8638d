using System.Collections.Generic;

namespace ErrorCodes.Generator.Emitting
{
    // The catalog object behind Instance: the runtime's base class over this class's entries and lookups.
    internal sealed partial class CatalogEmitter
    {
        private void WriteCatalogClass()
        {
            var fields = new List<string>
            {
                "Name = " + Escaping.Literal(_catalog.Name),
                "Codes = " + CodesArray(),
            };
            if (_catalog.SpecLanguage.Title.Length != 0)
            {
                fields.Add("Title = " + Escaping.Literal(_catalog.SpecLanguage.Title));
            }

            if (_catalog.SpecLanguage.Notes.Count != 0)
            {
                fields.Add("Notes = " + Escaping.StringArray(_catalog.SpecLanguage.Notes));
            }

            fields.Add("Languages = " + LanguagesArray());
            if (_catalog.Properties.Count != 0)
            {
                var properties = new List<string>();
                foreach (var property in _catalog.Properties)
                {
                    properties.Add("    [" + Escaping.Literal(property.Key) + "] = " + Escaping.Literal(property.Value) + ",");
                }

                fields.Add("Properties = new global::System.Collections.Generic.Dictionary<string, string>\n{\n" + string.Join("\n", properties) + "\n}");
            }

            if (_catalog.Links.Count != 0)
            {
                fields.Add("Links = " + Escaping.StringArray(_catalog.Links));
            }

            // The fallbacks of Find, asked without making an entry: the errno rules' range, and the linked catalogs' codes.
            var answers = new List<string>();
            if (_model.HasFallback)
            {
                if (_model.ErrnoTable != null)
                {
                    answers.Add("(TryGetErrno(code, out var errno, out _) && errno < MappedErrnoLimit)");
                }

                foreach (var linked in _model.Linked)
                {
                    answers.Add("global::ErrorCodes.GeneratedCatalogSupport.Defines(" + Reference(linked) + ".Instance, code)");
                }
            }

            // A set asks this of a code no catalog of it defines, without making the entries.
            var mayAnswerFor = answers.Count == 0
                ? "    // The catalog answers only for the codes its document defines.\n    protected override bool MayAnswerFor(int code) => false;"
                : "    // A code the document does not define: the catalog answers for one only through its errno rules and\n    // as a code of the catalogs it links to.\n    protected override bool MayAnswerFor(int code) =>\n        "
                    + string.Join("\n        || ", answers) + ";";
            var find = _model.HasFallback
                ? (_model.IsCultureSensitive ? ClassName + ".Find(code, culture)" : ClassName + ".Find(code)")
                : (IsMultilingual ? "FindDefined(code, LanguageIndex(culture))" : "FindDefined(code)");
            Separate();
            _writer.WriteLine($$"""
                // The catalog object, made without the entries: a program that reads its name or properties, or a set
                // of catalogs that indexes its codes, does not run the initialisers of the entries, which are most of
                // this class's code. They are made on the first lookup or read of All.
                private sealed class Catalog : global::ErrorCodes.ErrorCodeCatalog
                {
                    internal static readonly Catalog Instance = new Catalog();

                    private Catalog()
                        : base(new global::ErrorCodes.ErrorCodeCatalogFields
                        {
                            {{string.Join(",\n", fields).Replace("\n", "\n            ")}},
                        })
                    {
                    }

                    public override bool IsDefined(int code) => {{IsDefinedExpression("code")}};

                    protected override global::System.Collections.Generic.IReadOnlyList<{{Info}}> CreateAll() => s_all;

                    protected override {{Info}}{{Q}} Find(int code, {{Culture}}{{Q}} culture) => {{find}};

                {{mayAnswerFor}}
                }
                """);
        }

        // The codes the document defines, each once, in document order, as the catalog object gives them to a set.
        private string CodesArray()
        {
            var seen = new HashSet<int>();
            var codes = new List<string>();
            foreach (var entry in _catalog.Entries)
            {
                if (seen.Add(entry.Code))
                {
                    codes.Add(Invariant(entry.Code));
                }
            }

            if (codes.Count == 0)
            {
                return "new int[0]";
            }

            var lines = new List<string>();
            for (var i = 0; i < codes.Count; i += IntsPerLine)
            {
                lines.Add("    " + string.Join(", ", codes.GetRange(i, System.Math.Min(IntsPerLine, codes.Count - i))) + ",");
            }

            return "new int[]\n{\n" + string.Join("\n", lines) + "\n}";
        }
    }
}
