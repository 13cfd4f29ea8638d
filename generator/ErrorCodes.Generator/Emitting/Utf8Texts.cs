using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorCodes.Generator.Emitting
{
    /// <summary>
    /// A catalog's texts kept as UTF-8 data rather than string literals (see <see cref="Planning.TextStorage"/>): each
    /// distinct text once, numbered in order of first use, decoded together into <c>Texts.All</c> on first use of the
    /// catalog.
    /// </summary>
    internal sealed class Utf8Texts
    {
        public const string ClassName = "Texts";

        // Each u8 literal of the data holds whole texts, at least this many bytes of them: few enough operands of '+'
        // for the compiler, lines short enough for an editor.
        private const int LiteralBytes = 4096;

        private readonly Dictionary<string, int> _numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> _texts = new List<string>();

        /// <summary>The texts in number order.</summary>
        public IReadOnlyList<string> All => _texts;

        /// <summary>The number of <paramref name="text"/>, given it on first use.</summary>
        public int Number(string text)
        {
            if (!_numbers.TryGetValue(text, out var number))
            {
                number = _texts.Count;
                _numbers.Add(text, number);
                _texts.Add(text);
            }

            return number;
        }

        /// <summary>The expression that gives <paramref name="text"/> once the texts are decoded.</summary>
        public string Expression(string text) => ClassName + ".All[" + Number(text).ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>
        /// Whether <paramref name="text"/> has a UTF-8 form. An unpaired surrogate has none (and no u8 literal compiles
        /// with one): such a text takes no bytes of the data and is assigned from a string literal after decoding.
        /// </summary>
        public static bool HasUtf8(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The length in bytes of each text's UTF-8, in number order.</summary>
        public List<int> Lengths()
        {
            var lengths = new List<int>(_texts.Count);
            foreach (var text in _texts)
            {
                lengths.Add(HasUtf8(text) ? Encoding.UTF8.GetByteCount(text) : 0);
            }

            return lengths;
        }

        /// <summary>The data as u8 literals, to be joined with '+'.</summary>
        public List<string> Literals()
        {
            var literals = new List<string>();
            var chunk = new StringBuilder();
            var bytes = 0;
            foreach (var text in _texts)
            {
                if (!HasUtf8(text))
                {
                    continue;
                }

                chunk.Append(text);
                bytes += Encoding.UTF8.GetByteCount(text);
                if (bytes >= LiteralBytes)
                {
                    literals.Add(Escaping.Literal(chunk.ToString()) + "u8");
                    chunk.Clear();
                    bytes = 0;
                }
            }

            if (chunk.Length != 0 || literals.Count == 0)
            {
                literals.Add(Escaping.Literal(chunk.ToString()) + "u8");
            }

            return literals;
        }
    }
}
