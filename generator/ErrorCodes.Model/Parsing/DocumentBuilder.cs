using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>What the parser has read of a document so far; <see cref="ToDocument"/> freezes it.</summary>
    internal sealed class DocumentBuilder
    {
        private readonly List<CatalogProperty> _properties = new List<CatalogProperty>();
        private readonly List<string> _links = new List<string>();
        private int _chineseLabels;
        private int _englishLabels;

        public DocumentBuilder(string filePath) => FilePath = filePath;

        public string FilePath { get; }

        public string Title { get; set; } = string.Empty;

        public List<string> Notes { get; } = new List<string>();

        public List<CodeBuilder> Codes { get; } = new List<CodeBuilder>();

        public DiagnosticBag Diagnostics { get; } = new DiagnosticBag();

        public bool IsTable { get; set; }

        /// <summary>Keeps the first value of a metadata comment's key.</summary>
        public void AddProperty(string key, string value)
        {
            if (!_properties.Any(property => string.Equals(property.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                _properties.Add(new CatalogProperty(key, value));
            }
        }

        public void AddLink(string fileName)
        {
            if (!_links.Contains(fileName, SpecPaths.FileNameComparer))
            {
                _links.Add(fileName);
            }
        }

        /// <summary>Counts a label or table header towards the document's language.</summary>
        public void CountLanguage(bool chinese)
        {
            if (chinese)
            {
                _chineseLabels++;
            }
            else
            {
                _englishLabels++;
            }
        }

        public ParsedDocument ToDocument() =>
            new ParsedDocument(
                FilePath,
                Title,
                Notes.ToEquatableArray(),
                Codes.Select(code => code.ToParsedCode()).ToEquatableArray(),
                _properties.ToEquatableArray(),
                _links.ToEquatableArray(),
                Parsing.ErrnoRules.Find(Notes).ToEquatableArray(),
                IsTable,
                DocumentLanguage.Decide(_chineseLabels, _englishLabels, Title),
                Diagnostics.ToEquatableArray());
    }
}
