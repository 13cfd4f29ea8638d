using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Tool
{
    /// <summary>
    /// <c>errorcodes names</c>: writes or updates the names file beside each spec. New codes are appended with the names
    /// the build gives them; a recorded name never changes but through <c>--rename CODE NAME</c>; comments stay. With
    /// <c>--from ASSEMBLY</c>, the codes the file does not record yet take the names an earlier build shipped first.
    /// </summary>
    internal static class NamesCommand
    {
        public static int Run(IReadOnlyList<string> specs, IReadOnlyList<string>? rename, string? from, string? enumName, TextWriter output)
        {
            if (specs.Count == 0)
            {
                throw new InputException("names takes the specs whose names files to write, or --move OLD NEW");
            }

            var (renameCode, renameName) = ReadRename(rename);
            var renamed = false;
            foreach (var spec in Documents.Expand(specs))
            {
                // Read, updated and written while no other errorcodes updates the same file, so that none is lost.
                renamed |= NamesFileWriter.Exclusively(NamesFile.PathFor(spec), () => Update(spec, renameCode, renameName, from, enumName, output));
            }

            if (renameCode != null && !renamed)
            {
                throw new InputException($"--rename: code {renameCode.Value.ToString(CultureInfo.InvariantCulture)} is in none of the specs");
            }

            return ExitCodes.Success;
        }

        // Updates the names file of one spec; true when it renamed the code --rename names.
        private static bool Update(string spec, int? renameCode, string? renameName, string? from, string? enumName, TextWriter output)
        {
            var path = NamesFile.PathFor(spec);
            var loaded = Documents.Load(spec, withTwin: true);
            var catalog = loaded.Result.Catalog ?? throw new InputException(spec + ": " + Documents.WhyNoCatalog(loaded));
            var recorded = loaded.Names?.Entries.ToDictionary(entry => entry.Code, entry => entry.Name) ?? new Dictionary<int, string>();
            var lines = loaded.Names == null
                ? NamesFile.Render(Path.GetFileName(spec), Array.Empty<KeyValuePair<int, string>>()).TrimEnd('\n').Split('\n').ToList()
                : Documents.ReadText(path, out _).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();

            // Shipped names, the codes the document dropped among them, are recorded before any name is derived, so
            // that a new code's derived name never takes one of them.
            var shipped = from == null
                ? new List<KeyValuePair<int, string>>()
                : ShippedNames.Read(from, enumName ?? catalog.EnumName).Where(entry => !recorded.ContainsKey(entry.Key)).ToList();
            if (shipped.Count != 0)
            {
                lines.AddRange(shipped.Select(Line));
                foreach (var entry in shipped)
                {
                    recorded.Add(entry.Key, entry.Value);
                }

                catalog = Documents.Load(spec, NamesFile.Parse(path, string.Join("\n", lines) + "\n"), withTwin: true).Result.Catalog!;
            }

            var added = catalog.Entries.GroupBy(entry => entry.Code).Select(group => group.First()).Where(entry => !recorded.ContainsKey(entry.Code))
                .Select(entry => new KeyValuePair<int, string>(entry.Code, entry.MemberName)).ToList();
            var renamedHere = renameCode is int code && (recorded.ContainsKey(code) || added.Any(entry => entry.Key == code));
            if (renamedHere)
            {
                Rename(renameCode!.Value, renameName!, recorded, added, lines);
            }

            NamesFileWriter.Write(path, string.Join("\n", lines.Concat(added.Select(Line))) + "\n");
            output.WriteLine($"{path}: {recorded.Count + added.Count} codes recorded, {added.Count} new"
                + (shipped.Count != 0 ? $", {shipped.Count} from {from}" : string.Empty)
                + (renamedHere ? ", " + renameCode!.Value.ToString(CultureInfo.InvariantCulture) + " renamed " + renameName : string.Empty));
            return renamedHere;
        }

        /// <summary>
        /// <c>names --move OLD NEW</c>: the names file of a document renamed from OLD to NEW goes beside NEW under NEW's
        /// name, its header naming NEW. The new file is on disk before the old one goes, so a run stopped half-way leaves
        /// both, never neither.
        /// </summary>
        public static int Move(IReadOnlyList<string> move, IReadOnlyList<string> specs, TextWriter output)
        {
            if (move.Count != 2 || specs.Count != 0)
            {
                throw new InputException("--move takes the document's old path and its new one, and nothing else: --move docs/errorcode_linkEnhance.md docs/errorcode-link-enhance.md");
            }

            var (from, to) = (NamesFile.PathFor(move[0]), NamesFile.PathFor(move[1]));
            if (!File.Exists(from))
            {
                throw new InputException($"--move: {move[0]} has no names file ({from})");
            }

            if (File.Exists(to))
            {
                throw new InputException($"--move: {move[1]} has a names file already ({to}); merge the two by hand");
            }

            NamesFileWriter.Exclusively(to, () =>
            {
                var text = Documents.ReadText(from, out _);
                var header = "# The member names of the codes of " + Path.GetFileName(move[0]) + ",";
                if (text.StartsWith(header, StringComparison.Ordinal))
                {
                    text = "# The member names of the codes of " + Path.GetFileName(move[1]) + "," + text.Substring(header.Length);
                }

                NamesFileWriter.Write(to, text);
                File.Delete(from);
                return true;
            });
            output.WriteLine($"{from} -> {to}: {NamesFile.Parse(to, File.ReadAllText(to)).Entries.Count} codes recorded; run errorcodes names {move[1]} to record the codes the document added");
            return ExitCodes.Success;
        }

        private static string Line(KeyValuePair<int, string> entry) => entry.Key.ToString(CultureInfo.InvariantCulture) + " " + entry.Value;

        private static (int? Code, string? Name) ReadRename(IReadOnlyList<string>? rename)
        {
            if (rename == null || rename.Count == 0)
            {
                return (null, null);
            }

            if (rename.Count != 2 || !int.TryParse(rename[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                throw new InputException("--rename takes a code and a name, such as --rename 2303111 ResourceUnavailable");
            }

            if (!CSharpIdentifiers.IsValid(rename[1]))
            {
                throw new InputException($"--rename: '{rename[1]}' is not a valid C# name");
            }

            return (code, rename[1]);
        }

        private static void Rename(int code, string name, Dictionary<int, string> recorded, List<KeyValuePair<int, string>> added, List<string> lines)
        {
            if (recorded.Where(entry => entry.Key != code).Any(entry => entry.Value == name) || added.Any(entry => entry.Key != code && entry.Value == name))
            {
                throw new InputException($"--rename: '{name}' is already the name of another code");
            }

            var index = added.FindIndex(entry => entry.Key == code);
            if (index >= 0)
            {
                added[index] = new KeyValuePair<int, string>(code, name);
                return;
            }

            // The recorded line keeps its place and its comment; only the name changes.
            var codeText = code.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < lines.Count; i++)
            {
                var comment = lines[i].IndexOf('#');
                var content = comment < 0 ? lines[i] : lines[i].Substring(0, comment);
                var parts = content.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2 && parts[0] == codeText)
                {
                    lines[i] = codeText + " " + name + (comment < 0 ? string.Empty : " " + lines[i].Substring(comment));
                    return;
                }
            }
        }
    }
}
