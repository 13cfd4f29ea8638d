using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace ErrorCodes.Tool
{
    /// <summary>A spec as a project file lists it: the document, its twin, and the metadata that name and describe its catalog.</summary>
    /// <param name="Path">The document's full path.</param>
    /// <param name="Twin">The twin's full path, or null.</param>
    /// <param name="Options">The <c>Namespace</c>, <c>EnumName</c>, <c>ClassName</c> and <c>Properties</c> metadata as written (<c>Kit=Network Kit|Edition=ArkTS</c>).</param>
    internal sealed record ProjectSpec(string Path, string? Twin, Model.CatalogOptions Options);

    /// <summary>
    /// The <c>ErrorCodeSpec</c> items of an MSBuild file (a project, or a .props it imports) as written: the tool reads
    /// the XML, it does not evaluate MSBuild, so an item whose path holds a property, a wildcard or an item transform is
    /// bad input rather than a guess.
    /// </summary>
    internal static class ProjectSpecs
    {
        public static List<ProjectSpec> Read(string project)
        {
            XDocument xml;
            try
            {
                xml = XDocument.Load(project);
            }
            catch (XmlException exception)
            {
                throw new InputException($"{project} is no MSBuild file: {exception.Message}");
            }

            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(project))!;
            var specs = new List<ProjectSpec>();
            foreach (var item in xml.Descendants().Where(element => element.Name.LocalName == "ErrorCodeSpec"))
            {
                var include = Metadata(item, "Include");
                if (include == null)
                {
                    continue;
                }

                var options = new Model.CatalogOptions(
                    Namespace: Metadata(item, "Namespace"),
                    EnumName: Metadata(item, "EnumName"),
                    ClassName: Metadata(item, "ClassName"),
                    Properties: Metadata(item, "Properties"));
                specs.Add(new ProjectSpec(Resolve(project, folder, include), Metadata(item, "Twin") is { } twin ? Resolve(project, folder, twin) : null, options));
            }

            if (specs.Count == 0)
            {
                throw new InputException($"{project} lists no ErrorCodeSpec item");
            }

            return specs;
        }

        // As an attribute or as a child element, as MSBuild allows either.
        private static string? Metadata(XElement item, string name) =>
            item.Attribute(name)?.Value ?? item.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value;

        private static string Resolve(string project, string folder, string path)
        {
            if (path.IndexOfAny(new[] { '$', '@', '%', '*', '?', ';' }) >= 0)
            {
                throw new InputException($"{project}: '{path}' is evaluated by MSBuild, which the tool does not run; list the documents themselves");
            }

            return System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, path.Replace('\\', '/')));
        }
    }
}
