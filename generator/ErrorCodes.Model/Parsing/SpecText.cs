using System.Collections.Generic;
using System.Text;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// A spec's text with line endings made LF and a stray byte-order mark removed, so that LF and CRLF
    /// files parse to the same model, and the map back to the original text that diagnostics need. Every location of
    /// a diagnostic is made here.
    /// </summary>
    internal sealed class SpecText
    {
        private readonly string _path;
        private readonly List<int> _lineStarts;
        private readonly List<int> _originalLineStarts;
        private readonly int _originalLength;

        private SpecText(string path, string normalized, List<int> lineStarts, List<int> originalLineStarts, int originalLength)
        {
            _path = path;
            Normalized = normalized;
            _lineStarts = lineStarts;
            _originalLineStarts = originalLineStarts;
            _originalLength = originalLength;
        }

        public string Path => _path;

        public string Normalized { get; }

        public static SpecText Create(string path, string original)
        {
            var builder = new StringBuilder(original.Length);
            var lineStarts = new List<int> { 0 };
            var originalLineStarts = new List<int>();
            var i = 0;
            while (i < original.Length && original[i] == '\uFEFF')
            {
                i++;
            }

            originalLineStarts.Add(i);
            for (; i < original.Length; i++)
            {
                var c = original[i];
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && i + 1 < original.Length && original[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    lineStarts.Add(builder.Length);
                    originalLineStarts.Add(i + 1);
                }
                else
                {
                    builder.Append(c);
                }
            }

            return new SpecText(path, builder.ToString(), lineStarts, originalLineStarts, original.Length);
        }

        /// <summary>
        /// The same text without the <paramref name="length"/> characters at <paramref name="start"/>: the rest of their
        /// line moves left and ends in as many spaces, so that every line and every other line's offsets stay where they
        /// were, and what followed the characters is not indented by them.
        /// </summary>
        public SpecText WithoutCharacters(int start, int length)
        {
            var lineEnd = Normalized.IndexOf('\n', start);
            if (lineEnd < 0)
            {
                lineEnd = Normalized.Length;
            }

            var line = Normalized.Substring(start + length, lineEnd - start - length) + new string(' ', length);
            return new SpecText(_path, Normalized.Substring(0, start) + line + Normalized.Substring(lineEnd), _lineStarts, _originalLineStarts, _originalLength);
        }

        /// <summary>The location of <paramref name="start"/>..<paramref name="end"/> (offsets into <see cref="Normalized"/>, end exclusive).</summary>
        public TextLocation Locate(int start, int end)
        {
            var (startLine, startColumn) = PositionOf(start);
            var (endLine, endColumn) = PositionOf(end < start ? start : end);
            var originalStart = OriginalOffset(startLine, startColumn);
            var originalEnd = OriginalOffset(endLine, endColumn);
            return new TextLocation(_path, originalStart, originalEnd < originalStart ? originalStart : originalEnd, startLine, startColumn, endLine, endColumn);
        }

        /// <summary>The location of the file's start, for diagnostics about the whole file.</summary>
        public TextLocation LocateStart() => TextLocation.StartOf(_path);

        private (int Line, int Column) PositionOf(int offset)
        {
            if (offset < 0)
            {
                offset = 0;
            }

            if (offset > Normalized.Length)
            {
                offset = Normalized.Length;
            }

            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line, offset - _lineStarts[line]);
        }

        private int OriginalOffset(int line, int column)
        {
            var offset = _originalLineStarts[line] + column;
            return offset > _originalLength ? _originalLength : offset;
        }
    }
}
