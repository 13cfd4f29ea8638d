using System.Collections.Generic;
using System.Text;

namespace ErrorCodes.Model.Naming
{
    /// <summary>The names of a catalog and of its generated types, derived from its spec file's name.</summary>
    public static class CatalogNames
    {
        /// <summary>
        /// The catalog name of a spec file: its words in PascalCase without the word "errorcode":
        /// <c>errorcode-net-socket.md</c> gives <c>NetSocket</c>, <c>errorcode_linkEnhance.md</c> gives <c>LinkEnhance</c>.
        /// </summary>
        public static string FromFileName(string fileName)
        {
            var stem = fileName;
            var dot = stem.IndexOf('.');
            if (dot > 0)
            {
                stem = stem.Substring(0, dot);
            }

            var builder = new StringBuilder();
            foreach (var word in Words(stem))
            {
                var lower = word.ToLowerInvariant();
                if (lower == "errorcode" || lower == "errorcodes")
                {
                    continue;
                }

                builder.Append(char.ToUpperInvariant(word[0]));
                builder.Append(lower.Substring(1));
            }

            if (builder.Length == 0 || !CSharpIdentifiers.IsStartCharacter(builder[0]))
            {
                builder.Insert(0, "Spec");
            }

            return builder.ToString();
        }

        /// <summary>The enum's name unless metadata sets one: <c>NetSocketErrorCode</c>.</summary>
        public static string EnumName(string catalogName) => catalogName + "ErrorCode";

        /// <summary>The lookup class's name unless metadata sets one: <c>NetSocketErrorCodes</c>.</summary>
        public static string ClassName(string catalogName) => catalogName + "ErrorCodes";

        // Words split at characters that cannot be in a name, at '_', and where a lower-case letter meets an upper-case one.
        private static IEnumerable<string> Words(string stem)
        {
            var word = new StringBuilder();
            for (var i = 0; i < stem.Length; i++)
            {
                var c = stem[i];
                if (!CSharpIdentifiers.IsPartCharacter(c) || c == '_')
                {
                    if (word.Length != 0)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }

                    continue;
                }

                if (char.IsUpper(c) && word.Length != 0 && char.IsLower(word[word.Length - 1]))
                {
                    yield return word.ToString();
                    word.Clear();
                }

                word.Append(c);
            }

            if (word.Length != 0)
            {
                yield return word.ToString();
            }
        }
    }
}
