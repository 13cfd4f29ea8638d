using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Model.Naming
{
    /// <summary>
    /// A names file whose document is gone from beside it, as when upstream renames a document
    /// (<c>errorcode_linkEnhance.md</c> to <c>errorcode-link-enhance.md</c>): the build and lint say so, and which
    /// document it most likely belongs to now, before the renamed members break the build.
    /// </summary>
    public static class OrphanedNames
    {
        /// <summary>The document a names file would belong to: the same name, <c>.md</c> for <c>.names</c>.</summary>
        public static string DocumentFor(string namesPath)
        {
            var slash = namesPath.LastIndexOfAny(new[] { '/', '\\' });
            var dot = namesPath.LastIndexOf('.');
            return (dot > slash ? namesPath.Substring(0, dot) : namesPath) + ".md";
        }

        /// <summary>
        /// Of the documents beside it that have no names file of their own, the one that defines most of the codes the
        /// names file records, at least half of them; null when none does.
        /// </summary>
        public static string? RenamedDocument(NamesFile names, IEnumerable<(string Path, IReadOnlyCollection<int> Codes)> documentsWithoutNames)
        {
            var recorded = new HashSet<int>(names.Entries.Select(entry => entry.Code));
            if (recorded.Count == 0)
            {
                return null;
            }

            var best = documentsWithoutNames
                .Select(document => (document.Path, Shared: document.Codes.Count(recorded.Contains)))
                .Where(document => 2 * document.Shared >= recorded.Count)
                .OrderByDescending(document => document.Shared)
                .ThenBy(document => document.Path, System.StringComparer.Ordinal)
                .FirstOrDefault();
            return best.Path;
        }

        /// <summary>ECG0039 at the start of the names file, naming the document it probably belongs to now.</summary>
        public static DiagnosticInfo Diagnostic(NamesFile names, string? renamedDocument)
        {
            var missing = SpecPaths.FileName(DocumentFor(names.FilePath));
            var hint = renamedDocument == null
                ? string.Empty
                : "; '" + SpecPaths.FileName(renamedDocument) + "' beside it has no names file and defines most of its codes: most likely its document, renamed";
            return DiagnosticInfo.Create(DiagnosticRules.NamesFileOrphaned, TextLocation.StartOf(names.FilePath), names.FilePath, missing, hint);
        }
    }
}
