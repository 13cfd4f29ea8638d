using System;
using System.Collections.Generic;

namespace ErrorCodes.Model.Naming
{
    /// <summary>Spec paths as the generated code records them: relative to the project, with '/' separators.</summary>
    public static class SpecPaths
    {
        /// <summary>How file names in links compare: ignoring case, since authors write links by hand and Windows ignores it too.</summary>
        public static readonly StringComparer FileNameComparer = StringComparer.OrdinalIgnoreCase;

        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="projectDirectory"/>, such as
        /// <c>../../spec/errorcode-net-socket.md</c>; only the file name when the two share no root.
        /// </summary>
        public static string Relative(string path, string? projectDirectory)
        {
            var target = Segments(path, out var targetRoot);
            if (string.IsNullOrEmpty(projectDirectory))
            {
                return FileName(target);
            }

            var project = Segments(projectDirectory!, out var projectRoot);
            var comparison = IsWindowsRoot(targetRoot) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (!string.Equals(targetRoot, projectRoot, comparison) || target.Count == 0)
            {
                return FileName(target);
            }

            var common = 0;
            while (common < project.Count && common < target.Count - 1 && string.Equals(project[common], target[common], comparison))
            {
                common++;
            }

            var parts = new List<string>();
            for (var i = common; i < project.Count; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < target.Count; i++)
            {
                parts.Add(target[i]);
            }

            return string.Join("/", parts);
        }

        /// <summary>
        /// The full path of <paramref name="path"/> (relative ones taken from <paramref name="projectDirectory"/>) as a
        /// key that compares equal for the same file: '/' separators, "." and ".." resolved, a Windows path upper-cased.
        /// </summary>
        public static string Key(string path, string? projectDirectory)
        {
            var segments = Segments(path, out var root);
            if (root.Length == 0 && !string.IsNullOrEmpty(projectDirectory))
            {
                segments = Segments(projectDirectory + "/" + path, out root);
            }

            var key = root + string.Join("/", segments);
            return IsWindowsRoot(root) ? key.ToUpperInvariant() : key;
        }

        /// <summary>The key (see <see cref="Key"/>) of the folder that holds <paramref name="path"/>.</summary>
        public static string Folder(string path)
        {
            var key = Key(path, null);
            var slash = key.LastIndexOf('/');
            return slash < 0 ? string.Empty : key.Substring(0, slash);
        }

        /// <summary>The last segment of <paramref name="path"/>, with either separator: <c>errorcode-net-socket.md</c>.</summary>
        public static string FileName(string path) => FileName(Segments(path, out _));

        private static string FileName(List<string> segments) => segments.Count == 0 ? string.Empty : segments[segments.Count - 1];

        // Splits into segments with "." and ".." resolved; the root is "/", "C:" or "" (a relative path).
        private static List<string> Segments(string path, out string root)
        {
            var normalized = path.Replace('\\', '/');
            root = string.Empty;
            if (normalized.Length >= 2 && normalized[1] == ':')
            {
                root = normalized.Substring(0, 2).ToUpperInvariant();
                normalized = normalized.Substring(2);
            }
            else if (normalized.StartsWith("/", StringComparison.Ordinal))
            {
                root = "/";
            }

            var segments = new List<string>();
            foreach (var segment in normalized.Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == ".." && segments.Count != 0 && segments[segments.Count - 1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else
                {
                    segments.Add(segment);
                }
            }

            return segments;
        }

        private static bool IsWindowsRoot(string root) => root.Length == 2 && root[1] == ':';
    }
}
