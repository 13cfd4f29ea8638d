using System;
using System.Text;

namespace ErrorCodes.Generator.Emitting
{
    /// <summary>
    /// Writes indented C# with '\n' line endings, so that the output is the same bytes on every machine. A multi-line
    /// text is indented line by line, so emitters write readable templates; <see cref="ToSourceText"/> fails when the
    /// blocks or the braces of the text do not balance, which catches an emitter's mistake before the compiler does.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;

        private readonly StringBuilder _builder = new StringBuilder();
        private int _indentation;

        /// <summary>Writes each line of <paramref name="text"/> at the current indentation; a blank line stays empty.</summary>
        public void WriteLine(string text)
        {
            var start = 0;
            while (true)
            {
                var end = text.IndexOf('\n', start);
                var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
                if (line.Length != 0)
                {
                    _builder.Append(' ', _indentation * IndentSize);
                    _builder.Append(line);
                }

                _builder.Append('\n');
                if (end < 0)
                {
                    return;
                }

                start = end + 1;
            }
        }

        /// <summary>Writes an empty line.</summary>
        public void WriteLine() => _builder.Append('\n');

        /// <summary>Writes <paramref name="header"/> and an opening brace, and indents what follows.</summary>
        public void OpenBlock(string header)
        {
            WriteLine(header);
            WriteLine("{");
            _indentation++;
        }

        /// <summary>Ends the innermost block with a closing brace and <paramref name="suffix"/>.</summary>
        public void CloseBlock(string suffix = "")
        {
            if (_indentation == 0)
            {
                throw new InvalidOperationException("CloseBlock without an open block.");
            }

            _indentation--;
            WriteLine("}" + suffix);
        }

        /// <summary>The text written; throws when a block is still open or the braces of the code do not balance.</summary>
        public string ToSourceText()
        {
            if (_indentation != 0)
            {
                throw new InvalidOperationException(_indentation + " block(s) still open.");
            }

            var text = _builder.ToString();
            var depth = BraceDepth(text);
            if (depth != 0)
            {
                throw new InvalidOperationException("The braces of the generated code do not balance (depth " + depth + " at the end).");
            }

            return text;
        }

        // Braces of the code only: those in comments and in string or character literals do not count.
        private static int BraceDepth(string text)
        {
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    i = LineEnd(text, i);
                }
                else if (c == '"' || c == '\'')
                {
                    i = LiteralEnd(text, i, c);
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth < 0)
                {
                    return depth;
                }
            }

            return depth;
        }

        private static int LineEnd(string text, int start)
        {
            var end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end;
        }

        private static int LiteralEnd(string text, int start, char quote)
        {
            for (var i = start + 1; i < text.Length; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == quote || text[i] == '\n')
                {
                    return i;
                }
            }

            return text.Length;
        }
    }
}
