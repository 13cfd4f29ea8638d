namespace ErrorCodes.Model.Parsing
{
    /// <summary>
    /// A document the compiler could decode only into noise: UTF-16 without a byte-order mark (read as UTF-8, every other
    /// character U+0000), or a legacy encoding such as GBK (GB18030), whose Chinese comes out as U+FFFD. Reading on would
    /// bury the one fact under a warning for every label and message; the document is reported once instead.
    /// </summary>
    public static class LegacyEncoding
    {
        // A single stray byte is ECG0014 and the text is read; this many characters lost, and as much of the non-ASCII
        // text, is a document in another encoding.
        private const int MinLost = 8;

        /// <summary>True when <paramref name="text"/>, as the compiler decoded it, is no UTF-8 text; <paramref name="what"/> says what it is.</summary>
        public static bool IsUnreadable(string text, out string what)
        {
            var zeros = 0;
            var evenZeros = 0;
            var lost = 0;
            var nonAscii = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\0')
                {
                    zeros++;
                    evenZeros += i % 2 == 0 ? 1 : 0;
                }
                else if (c == '\uFFFD')
                {
                    lost++;
                }

                if (c > 0x7F)
                {
                    nonAscii++;
                }
            }

            if (text.Length >= 16 && zeros * 3 >= text.Length)
            {
                what = "UTF-16 (" + (evenZeros * 2 > zeros ? "big-endian" : "little-endian") + ") text without a byte-order mark, which the compiler reads as UTF-8; save it as UTF-8";
                return true;
            }

            if (lost >= MinLost && lost * 5 >= nonAscii)
            {
                what = "not UTF-8: " + lost.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters could not be decoded, as when a document is saved in a legacy encoding such as GBK (GB18030); save it as UTF-8";
                return true;
            }

            what = string.Empty;
            return false;
        }
    }
}
