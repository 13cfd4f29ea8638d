using System.Globalization;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>
    /// Where in a spec file something is: the span in the file's original text (offsets, end exclusive) and its
    /// zero-based lines and columns. Values only, so that a model holding it still caches.
    /// </summary>
    /// <param name="FilePath">The spec file's path, as the build named it.</param>
    /// <param name="Start">The offset of the first character in the file's original text.</param>
    /// <param name="End">The offset after the last character.</param>
    /// <param name="StartLine">The zero-based line of <paramref name="Start"/>.</param>
    /// <param name="StartColumn">The zero-based column of <paramref name="Start"/>.</param>
    /// <param name="EndLine">The zero-based line of <paramref name="End"/>.</param>
    /// <param name="EndColumn">The zero-based column of <paramref name="End"/>.</param>
    public sealed record TextLocation(string FilePath, int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>The start of <paramref name="filePath"/>, for diagnostics about the whole file.</summary>
        public static TextLocation StartOf(string filePath) => new TextLocation(filePath, 0, 0, 0, 0, 0, 0);

        /// <summary>The location as compilers print it: <c>path(line,column)</c>, one-based.</summary>
        public override string ToString() =>
            FilePath + "(" + (StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," + (StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
