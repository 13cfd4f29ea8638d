using System;
using System.IO;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The repository's files as they are in the working tree (what git tracks, and new files it would track), copied
    /// to another folder: a clone that keeps the uncommitted work a test is about.
    /// </summary>
    internal static class RepositoryCopy
    {
        /// <summary>The files that packing the runtime, the generator and the tool reads.</summary>
        public static readonly string[] PackInputs = { "Directory.Build.props", "Directory.Packages.props", "global.json", "generator", "runtime", "docs/release-notes.txt", "docs/images" };

        /// <summary>Copies the files under <paramref name="paths"/> (every file when none is given) to <paramref name="target"/>.</summary>
        public static void Make(string target, params string[] paths)
        {
            var pathspec = paths.Length == 0 ? string.Empty : " -- " + string.Join(" ", paths);
            var files = ProcessRunner.Run("git", "ls-files --cached --others --exclude-standard" + pathspec, Paths.RepositoryRoot).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var file in files)
            {
                var source = Path.Combine(Paths.RepositoryRoot, file);
                if (File.Exists(source))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
                    File.Copy(source, Path.Combine(target, file));
                }
            }
        }
    }
}
