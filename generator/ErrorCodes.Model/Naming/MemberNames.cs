using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorCodes.Model.Naming
{
    /// <summary>The enum member names of codes, derived from their English messages.</summary>
    public static class MemberNames
    {
        /// <summary>Names past this stop at a word boundary: a whole sentence is no name, and metadata caps names at 511 bytes.</summary>
        public const int MaxLength = 64;

        /// <summary>
        /// The PascalCase name of a message's first sentence, from its ASCII letters and digits:
        /// <c>Operation not permitted.</c> gives <c>OperationNotPermitted</c>, <c>SSL is null.</c> gives <c>SslIsNull</c>.
        /// Null when the sentence has no such words. A name that would start with a digit starts with '_'.
        /// </summary>
        public static string? FromMessage(string message)
        {
            var builder = new StringBuilder();
            foreach (var word in Words(FirstSentence(message)))
            {
                if (builder.Length != 0 && builder.Length + word.Length > MaxLength)
                {
                    break;
                }

                builder.Append(char.ToUpperInvariant(word[0]));
                builder.Append(word.Substring(1).ToLowerInvariant());
            }

            if (builder.Length > MaxLength)
            {
                builder.Length = MaxLength;
            }

            if (builder.Length == 0)
            {
                return null;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary>The name of a code whose message gives none: <c>Code2301001</c>, <c>CodeMinus1</c>.</summary>
        public static string FromCode(int code) => "Code" + CodeSuffix(code);

        /// <summary>The code as it can stand in an identifier: <c>2301001</c>, <c>Minus1</c>.</summary>
        public static string CodeSuffix(int code) =>
            code < 0
                ? "Minus" + (-(long)code).ToString(CultureInfo.InvariantCulture)
                : code.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// <paramref name="name"/> with the code as a suffix (<c>InterruptedSystemCall_2303104</c>), and a counter
        /// after it should that be taken too: the name of a later code whose message gives a name already taken.
        /// </summary>
        public static string WithCodeSuffix(string name, int code, ICollection<string> taken)
        {
            var candidate = name + "_" + CodeSuffix(code);
            for (var n = 2; taken.Contains(candidate); n++)
            {
                candidate = name + "_" + CodeSuffix(code) + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        // Up to the first '.', '!', '?', ';' or ':' that ends a sentence: long upstream messages go on with
        // "Possible causes: 1. ...", which belongs in the message, not in a name.
        private static string FirstSentence(string message)
        {
            for (var i = 0; i < message.Length; i++)
            {
                var c = message[i];
                var endsSentence = c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '。' || c == '\n';
                if (endsSentence && (i + 1 == message.Length || !char.IsLetterOrDigit(message[i + 1])))
                {
                    return message.Substring(0, i);
                }
            }

            return message;
        }

        private static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsAsciiLetterOrDigit(c))
                {
                    word.Append(c);
                }
                else if ((c == '\'' || c == '’') && word.Length != 0 && i + 1 < text.Length && IsAsciiLetterOrDigit(text[i + 1]))
                {
                    // "Can't" is one word.
                }
                else if (word.Length != 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (word.Length != 0)
            {
                yield return word.ToString();
            }
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
