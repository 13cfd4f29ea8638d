using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorCodes.Generator.Emitting
{
    /// <summary>
    /// A catalog's texts kept as UTF-8 data rather than string literals (see <see cref="Planning.TextStorage"/>): each
    /// distinct text once, one after another, and each use a call that decodes it from its offset and length.
    /// </summary>
    internal sealed class Utf8Texts
    {
        public const string PropertyName = "Utf8Texts";
        public const string DecodeName = "DecodeText";

        // Each u8 literal of the data holds whole texts, at least this many bytes of them: few enough operands of '+'
        // for the compiler, lines short enough for an editor.
        private const int LiteralBytes = 4096;

        private readonly Dictionary<string, string> _calls = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<string> _texts = new List<string>();
        private int _length;

        /// <summary>The expression that gives <paramref name="text"/>: a call that decodes it, or a string literal for a text UTF-8 cannot hold.</summary>
        public string Expression(string text)
        {
            if (_calls.TryGetValue(text, out var call))
            {
                return call;
            }

            // An unpaired surrogate has no UTF-8 form (and no u8 literal compiles with one): such a text stays a literal.
            if (HasUnpairedSurrogate(text))
            {
                return Escaping.Literal(text);
            }

            var length = Encoding.UTF8.GetByteCount(text);
            call = DecodeName + "(" + _length.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture) + ")";
            _calls.Add(text, call);
            _texts.Add(text);
            _length += length;
            return call;
        }

        /// <summary>The data as u8 literals, to be joined with '+'.</summary>
        public List<string> Literals()
        {
            var literals = new List<string>();
            var chunk = new StringBuilder();
            var bytes = 0;
            foreach (var text in _texts)
            {
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

        private static bool HasUnpairedSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
