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
                "All = s_all",
            };
            if (_catalog.SpecLanguage.Title.Length != 0)
            {
                fields.Add("Title = " + Escaping.Literal(_catalog.SpecLanguage.Title));
            }

            if (_catalog.SpecLanguage.Notes.Count != 0)
            {
                fields.Add("Notes = " + Escaping.StringArray(_catalog.SpecLanguage.Notes));
            }

            fields.Add("Languages = s_languages");
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

            var find = _model.HasFallback
                ? (_model.IsCultureSensitive ? ClassName + ".Find(code, culture)" : ClassName + ".Find(code)")
                : (IsMultilingual ? "FindDefined(code, LanguageIndex(culture))" : "FindDefined(code)");
            Separate();
            _writer.WriteLine($$"""
                private sealed class Catalog : global::ErrorCodes.ErrorCodeCatalog
                {
                    public Catalog()
                        : base(new global::ErrorCodes.ErrorCodeCatalogFields
                        {
                            {{string.Join(",\n", fields).Replace("\n", "\n            ")}},
                        })
                    {
                    }

                    public override bool IsDefined(int code) => {{IsDefinedExpression("code")}};

                    protected override {{Info}}{{Q}} Find(int code, {{Culture}}{{Q}} culture) => {{find}};
                }
                """);
        }
    }
}
