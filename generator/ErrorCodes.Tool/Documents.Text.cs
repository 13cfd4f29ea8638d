using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Tool
{
    // A document's text, decoded as the compiler decodes a spec, and why a file that is none cannot be read: an encoding
    // the compiler misreads, binary bytes, a size no document has, a read that never ends.
    internal static partial class Documents
    {
        // A document is a few hundred kilobytes; past this a file is no document, and reading it must end.
        private const int MaxBytes = 256 * 1024 * 1024;

        // A pipe or a device named *.md would block a read forever.
        private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(10);

        /// <summary>A file's text, decoded as the compiler decodes a spec; one that cannot be read is bad input (exit code 3).</summary>
        public static string ReadText(string path, out Encoding encoding) =>
            TryReadText(path, out var text, out encoding, out var problem) ? text : throw new InputException(path + ": cannot be read (" + problem + ")");

        /// <summary>
        /// A file's text, decoded as the compiler decodes a spec: the byte-order mark of UTF-8 or UTF-16 decides, else
        /// UTF-8 with U+FFFD for bad bytes. False, with the reason, when it cannot be read or is no text.
        /// </summary>
        public static bool TryReadText(string path, out string text, out Encoding encoding, out string problem)
        {
            text = string.Empty;
            encoding = Encoding.UTF8;
            var read = Task.Run(() => ReadBytes(path));
            if (!read.Wait(s_readTimeout))
            {
                problem = $"reading it did not end in {s_readTimeout.TotalSeconds:0} s: it is a pipe or a device, not a file";
                return false;
            }

            var (bytes, error) = read.Result;
            if (bytes == null)
            {
                problem = error!;
                return false;
            }

            // UTF-32 big-endian's mark (00 00 FE FF) is no mark to the compiler: the parser says what the build says of it.
            var (bom, length) = ByteOrderMark(bytes);
            var utf32BigEndian = bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF;
            if (bom == null && !utf32BigEndian && Utf16WithoutMark(bytes) is { } utf16)
            {
                problem = utf16;
                return false;
            }

            if (bom == null && !utf32BigEndian && LooksBinary(bytes))
            {
                problem = "it is not text: its bytes are those of an image, an archive or another binary file";
                return false;
            }

            encoding = bom ?? new UTF8Encoding(false);
            text = encoding.GetString(bytes, length, bytes.Length - length);

            // Lost to UTF-8 as the build loses it (a stray byte in a UTF-8 document is ECG0014, and read), and whole, with
            // Chinese in it, as GB18030: named here, from the bytes, which the build no longer has.
            if (bom == null && !utf32BigEndian && text.IndexOf('\uFFFD') >= 0 && LegacyEncoding.IsUnreadable(text, out _) && IsGb18030(bytes))
            {
                text = string.Empty;
                problem = "it is GBK (GB18030) text, which the compiler reads as UTF-8 and loses its Chinese; save it as UTF-8";
                return false;
            }

            problem = string.Empty;
            return true;
        }

        private static (byte[]? Bytes, string? Error) ReadBytes(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.GetFileSystemEntries(path);
                    return (null, "it is a folder");
                }

                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
                using var bytes = new MemoryStream();
                var buffer = new byte[81920];
                int count;
                while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (bytes.Length + count > MaxBytes)
                    {
                        return (null, $"it is larger than {MaxBytes / (1024 * 1024)} MB, which no document is");
                    }

                    bytes.Write(buffer, 0, count);
                }

                return (bytes.ToArray(), null);
            }
            catch (UnauthorizedAccessException)
            {
                return (null, "permission denied");
            }
            catch (IOException exception)
            {
                return (null, exception.Message.TrimEnd('.'));
            }
        }

        // The compiler knows the marks of UTF-8 and UTF-16 only (UTF-32 little-endian's starts like UTF-16's; the parser
        // reads such a document back).
        private static (Encoding? Encoding, int Length) ByteOrderMark(byte[] bytes)
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return (new UTF8Encoding(true), 3);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2);
            }

            return (null, 0);
        }

        // A document may hold a stray NUL or bell, which the build reads and reports like any text; a file whose start is
        // more than a tenth control bytes, or that has a NUL and is not UTF-8, is no document (an image, an archive, UTF-16
        // without its byte-order mark) and gets an error instead of a page of diagnostics.
        // UTF-16 without a byte-order mark: a zero byte beside most ASCII characters, and valid as UTF-16. The compiler
        // takes it for a binary file; named here, where the bytes are.
        private static string? Utf16WithoutMark(byte[] bytes)
        {
            var length = Math.Min(bytes.Length, 8000) & ~1;
            var (evenZeros, oddZeros) = (0, 0);
            for (var i = 0; i < length; i++)
            {
                if (bytes[i] == 0)
                {
                    _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
                }
            }

            var bigEndian = evenZeros > oddZeros;
            return length >= 16 && Math.Max(evenZeros, oddZeros) * 4 >= length && Math.Min(evenZeros, oddZeros) * 8 < Math.Max(evenZeros, oddZeros)
                && Strict(new UnicodeEncoding(bigEndian, false, true), bytes)
                ? "it is UTF-16 (" + (bigEndian ? "big-endian" : "little-endian") + ") text without a byte-order mark, which the compiler reads as UTF-8; save it as UTF-8"
                : null;
        }

        private static bool IsGb18030(byte[] bytes)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                return DocumentLanguage.ContainsCjk(gb18030.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static bool Strict(Encoding encoding, byte[] bytes)
        {
            try
            {
                _ = encoding.GetCharCount(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static bool LooksBinary(byte[] bytes)
        {
            var length = Math.Min(bytes.Length, 8000);
            var controls = 0;
            for (var i = 0; i < length; i++)
            {
                var b = bytes[i];
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B)
                {
                    controls++;
                }
            }

            if (controls * 10 > length)
            {
                return true;
            }

            if (Array.IndexOf(bytes, (byte)0) < 0)
            {
                return false;
            }

            try
            {
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
                return false;
            }
            catch (DecoderFallbackException)
            {
                return true;
            }
        }
    }
}
