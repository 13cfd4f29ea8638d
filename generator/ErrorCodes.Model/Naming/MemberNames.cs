using System;
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

        private static readonly string[] s_connectors = { "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "when", "while" };

        /// <summary>
        /// The PascalCase name of a message's first sentence, from its ASCII letters and digits, without the words that
        /// carry nothing in a name: "the", a leading "a" or "an", and "occurred when" (while, during) after "error".
        /// <c>Operation not permitted.</c> gives <c>OperationNotPermitted</c>, <c>SSL is null.</c> gives <c>SslIsNull</c>,
        /// <c>An error occurred when verifying the x509 certificate.</c> gives <c>ErrorVerifyingX509Certificate</c>, and
        /// <c>The ${messageInfo} is not supported.</c> gives <c>MessageInfoIsNotSupported</c>: a word in capitals is
        /// capitalised (<c>TLS</c> is <c>Tls</c>), any other keeps its letters as written after the first. At most
        /// <see cref="MaxLength"/> characters, whole words. Null when the sentence has no such words; a name that would
        /// start with a digit starts with '_'.
        /// </summary>
        /// <remarks>
        /// Changing this rule renames members, which breaks the code that uses them: a spec's names file, which records
        /// the names that have shipped, is what keeps a project's names when the rule or the message changes.
        /// </remarks>
        public static string? FromMessage(string message)
        {
            var words = new List<string>();
            var length = 0;
            var cut = false;
            foreach (var word in NameWords(Words(FirstSentence(message))))
            {
                if (words.Count != 0 && length + word.Length > MaxLength)
                {
                    cut = true;
                    break;
                }

                words.Add(char.ToUpperInvariant(word[0]) + (IsCapitals(word) ? word.Substring(1).ToLowerInvariant() : word.Substring(1)));
                length += word.Length;
            }

            // A name cut at the limit ends on a word that says something, not on "Or" or "In".
            while (cut && words.Count > 1 && IsOneOf(words[words.Count - 1], s_connectors))
            {
                words.RemoveAt(words.Count - 1);
            }

            var builder = new StringBuilder(string.Concat(words));
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

        // The words that say something: no "the", no leading "a", no "occurred when" after "error" (the name says it is an error).
        private static List<string> NameWords(IEnumerable<string> words)
        {
            var all = new List<string>(words);
            var kept = new List<string>(all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                var word = all[i].ToLowerInvariant();
                // "The" says nothing in a name; "a" and "an" only lead one ("Not a socket" is NotASocket).
                if (word == "the" || ((word == "a" || word == "an") && kept.Count == 0))
                {
                    continue;
                }

                if ((word == "occurred" || word == "occurs") && kept.Count != 0 && string.Equals(kept[kept.Count - 1], "error", StringComparison.OrdinalIgnoreCase))
                {
                    if (i + 1 < all.Count && IsOneOf(all[i + 1], "when", "while", "during"))
                    {
                        i++;
                    }

                    continue;
                }

                kept.Add(all[i]);
            }

            // A message of articles alone still gives a name.
            return kept.Count != 0 ? kept : all;
        }

        private static bool IsOneOf(string word, params string[] words) => IsOneOf(word, (IEnumerable<string>)words);

        private static bool IsOneOf(string word, IEnumerable<string> words)
        {
            foreach (var candidate in words)
            {
                if (string.Equals(word, candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // "SSL", "TLS": letters all in capitals, which a name writes as one word (Ssl, Tls); "x509" and "messageInfo" are not.
        private static bool IsCapitals(string word)
        {
            var letters = 0;
            foreach (var c in word)
            {
                if (c >= 'a' && c <= 'z')
                {
                    return false;
                }

                if (c >= 'A' && c <= 'Z')
                {
                    letters++;
                }
            }

            return letters != 0;
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
