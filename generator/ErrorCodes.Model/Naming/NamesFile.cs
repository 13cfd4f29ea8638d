using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Model.Naming
{
    /// <summary>A code and the member name a names file records for it.</summary>
    /// <param name="Code">The code.</param>
    /// <param name="Name">The member name.</param>
    /// <param name="Location">Its line in the names file.</param>
    public sealed record RecordedName(int Code, string Name, TextLocation Location);

    /// <summary>
    /// The names file beside a spec (<c>errorcode-net-socket.names</c>): the member name of every code that has shipped,
    /// one <c>CODE Name</c> a line, <c>#</c> starting a comment. A code keeps its recorded name whatever its message
    /// becomes, and a code the document drops keeps its member, marked obsolete, so that the names users compile
    /// against survive a new edition of the document.
    /// </summary>
    /// <param name="FilePath">The names file's path.</param>
    /// <param name="Entries">The valid entries, in the file's order.</param>
    /// <param name="Diagnostics">What was wrong with the file's lines.</param>
    public sealed record NamesFile(string FilePath, EquatableArray<RecordedName> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>The extension of a names file, which sits beside its spec under the spec's name.</summary>
        public const string Extension = ".names";

        /// <summary>The path of the names file a spec has by convention: <c>docs/errorcode-x.md</c> gives <c>docs/errorcode-x.names</c>.</summary>
        public static string PathFor(string specPath)
        {
            var slash = specPath.LastIndexOfAny(new[] { '/', '\\' });
            var dot = specPath.LastIndexOf('.');
            return (dot > slash ? specPath.Substring(0, dot) : specPath) + Extension;
        }

        /// <summary>A names file that could not be read: no entries, and the diagnostic that says why.</summary>
        public static NamesFile Unreadable(string filePath) =>
            new NamesFile(filePath, EquatableArray<RecordedName>.Empty, EquatableArray.Of(DiagnosticInfo.Create(DiagnosticRules.NamesFileMissing, TextLocation.StartOf(filePath), filePath)));

        /// <summary>Reads a names file; a line that is not a code and a valid, new name is reported and left out.</summary>
        public static NamesFile Parse(string filePath, string text)
        {
            var source = SpecText.Create(filePath, text);
            var lines = source.Normalized.Split('\n');
            var entries = new List<RecordedName>();
            var diagnostics = new DiagnosticBag();
            var codes = new Dictionary<int, int>();
            var names = new Dictionary<string, int>();
            var offset = 0;
            for (var i = 0; i < lines.Length; offset += lines[i].Length + 1, i++)
            {
                var content = lines[i];
                var comment = content.IndexOf('#');
                if (comment >= 0)
                {
                    content = content.Substring(0, comment);
                }

                content = content.Trim();
                if (content.Length == 0)
                {
                    continue;
                }

                var location = source.Locate(offset, offset + lines[i].Length);
                var parts = content.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
                {
                    diagnostics.Add(DiagnosticRules.NamesFileLine, location, content);
                    continue;
                }

                var name = parts[1];
                if (!CSharpIdentifiers.IsValid(name))
                {
                    diagnostics.Add(DiagnosticRules.InvalidRecordedName, location, name, code);
                }
                else if (codes.TryGetValue(code, out var codeLine))
                {
                    diagnostics.Add(DiagnosticRules.RecordedTwice, location, "Code " + code.ToString(CultureInfo.InvariantCulture), codeLine + 1);
                }
                else if (names.TryGetValue(name, out var nameLine))
                {
                    diagnostics.Add(DiagnosticRules.RecordedTwice, location, "The name '" + name + "'", nameLine + 1);
                }
                else
                {
                    codes.Add(code, i);
                    names.Add(name, i);
                    entries.Add(new RecordedName(code, name, location));
                }
            }

            return new NamesFile(filePath, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>The text of a names file that records <paramref name="names"/> (code and member name), in that order, for the spec <paramref name="specFileName"/>.</summary>
        public static string Render(string specFileName, IEnumerable<KeyValuePair<int, string>> names)
        {
            var builder = new StringBuilder();
            builder.Append("# The member names of the codes of ").Append(specFileName).Append(", kept across editions of the document:\n");
            builder.Append("# a code keeps the name recorded here whatever its message becomes. One code and its name a line; write\n");
            builder.Append("# another name to choose it. `errorcodes names` appends new codes and never changes a recorded name.\n");
            foreach (var name in names)
            {
                builder.Append(name.Key.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(name.Value).Append('\n');
            }

            return builder.ToString();
        }
    }
}
