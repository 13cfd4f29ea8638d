using System.Text;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// A document saved as UTF-32, as the compiler decodes it: it knows the byte-order marks of UTF-8 and UTF-16 only.
    /// UTF-32 little-endian starts with FF FE 00 00, which it takes for UTF-16 little-endian's FF FE, so every other
    /// character comes out as U+0000, and no code is found; the text is whole in those characters, and read back here.
    /// UTF-32 big-endian (00 00 FE FF) is read as UTF-8, and its bytes past 0x7F are lost to U+FFFD: it cannot be read.
    /// </summary>
    internal static class Utf32
    {
        private const int Utf16LittleEndian = 1200;

        /// <summary>True when <paramref name="text"/> is a UTF-32 document as the compiler decoded it; <paramref name="recovered"/> is its text, or null when it cannot be read back.</summary>
        public static bool TryRecover(string text, Encoding? encoding, out string? recovered, out string what)
        {
            recovered = null;
            what = string.Empty;
            if (encoding?.CodePage == Utf16LittleEndian && text.Length % 2 == 1 && text[0] == '\0' && HighHalvesAreSmall(text))
            {
                // The two bytes of the mark the compiler took, then each character's two bytes, are the file's bytes.
                var bytes = new byte[2 + (2 * text.Length)];
                bytes[0] = 0xFF;
                bytes[1] = 0xFE;
                Encoding.Unicode.GetBytes(text, 0, text.Length, bytes, 2);
                recovered = new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4);
                what = "UTF-32, which the compiler reads as UTF-16; read as UTF-32";
                return true;
            }

            if (text.StartsWith("\0\0\uFFFD\uFFFD", System.StringComparison.Ordinal))
            {
                what = "UTF-32 big-endian, which the compiler cannot decode; save it as UTF-8";
                return true;
            }

            return false;
        }

        // In UTF-32 little-endian read as UTF-16, each character's high half (text[2], text[4], ...) is 0 or, past the
        // Basic Multilingual Plane, at most 0x10: anything larger is UTF-16 that happens to start with U+0000.
        private static bool HighHalvesAreSmall(string text)
        {
            for (var i = 2; i < text.Length; i += 2)
            {
                if (text[i] > 0x10)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
