using System.Collections.Generic;

namespace ErrorCodes.Generator.Emitting
{
    // The catalog's properties on the static class: its instance, name, title, notes, entries, languages and metadata.
    internal sealed partial class CatalogEmitter
    {
        private void WriteFacade()
        {
            var languages = new List<string>();
            foreach (var language in _model.Languages)
            {
                languages.Add(language.Tag);
            }

            WriteProperty("The catalog, for code that works with any catalog through <see cref=\"global::ErrorCodes.IErrorCodeCatalog\"/>.", "global::ErrorCodes.IErrorCodeCatalog", "Instance", "Catalog.Instance");
            WriteProperty("The catalog's name: <c>" + XmlText(_catalog.Name) + "</c>.", "string", "Name", "Catalog.Instance.Name");
            WriteProperty("The spec's title, or empty when it has none.", "string", "Title", "Catalog.Instance.Title");
            WriteProperty("The spec's notes that belong to no code, in document order.", StringList, "Notes", "Catalog.Instance.Notes");
            WriteProperty("Every entry of the spec, in document order; a code the spec defines twice appears twice.", "global::System.Collections.Generic.IReadOnlyList<" + Info + ">", "All", "Catalog.Instance.All");
            WriteProperty("The languages of the texts: " + XmlText(string.Join(", ", languages)) + ", the spec's own first.", StringList, "Languages", "Catalog.Instance.Languages");
            WriteProperty("The spec's metadata comments, such as <c>Kit</c> from <c>&lt;!--Kit: Network Kit--&gt;</c>.", "global::System.Collections.Generic.IReadOnlyDictionary<string, string>", "Properties", "Catalog.Instance.Properties");
            WriteProperty("The file names of the documents the spec's notes link to, such as <c>errorcode-universal.md</c>.", StringList, "Links", "Catalog.Instance.Links");
        }

        private void WriteProperty(string summary, string type, string name, string value)
        {
            Separate();
            _writer.WriteLine("/// <summary>" + summary + "</summary>");
            _writer.WriteLine("public static " + type + " " + name + " => " + value + ";");
        }

        private static string XmlText(string text) => string.Join(" ", Escaping.XmlLines(text));
    }
}
