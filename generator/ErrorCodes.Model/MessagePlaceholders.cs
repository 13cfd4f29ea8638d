using System.Collections.Generic;

namespace ErrorCodes.Model
{
    /// <summary>A placeholder of a message, such as <c>${messageInfo}</c>.</summary>
    /// <param name="Text">The placeholder as the message writes it, such as <c>${this.importName}</c>.</param>
    /// <param name="Name">What it is called: the path's last part, such as <c>importName</c>.</param>
    /// <param name="Start">Where it starts in the message.</param>
    public sealed record MessagePlaceholder(string Text, string Name, int Start);

    /// <summary>
    /// The holes a program fills in a message: upstream documents write <c>The ${messageInfo} is not supported.</c>
    /// (HUKS), <c>${filePath}</c>, <c>${pkgName}</c>, <c>{nameCachePath}</c>. A placeholder is <c>${…}</c> or <c>{…}</c>
    /// around a name (a letter or an underscore, then letters, digits or underscores) or a dotted path of names such as
    /// <c>${this.importName}</c>, which its last part names. Anything else in braces, such as an expression
    /// (<c>${KitInfo.getCurrentKitName()}</c>) or a format item (<c>{0}</c>), is text.
    /// </summary>
    public static class MessagePlaceholders
    {
        /// <summary>Every placeholder of <paramref name="message"/>, in order, repeated ones included.</summary>
        public static EquatableArray<MessagePlaceholder> Find(string message)
        {
            var found = new List<MessagePlaceholder>();
            for (var i = 0; i < message.Length; i++)
            {
                if (message[i] != '{')
                {
                    continue;
                }

                var start = i > 0 && message[i - 1] == '$' ? i - 1 : i;
                var end = message.IndexOf('}', i + 1);
                if (end < 0)
                {
                    break;
                }

                var name = LastName(message.Substring(i + 1, end - i - 1));
                if (name != null)
                {
                    found.Add(new MessagePlaceholder(message.Substring(start, end + 1 - start), name, start));
                    i = end;
                }
            }

            return found.ToEquatableArray();
        }

        /// <summary>The names of the placeholders, each once, in the order they first appear: a message's parameters.</summary>
        public static EquatableArray<string> Names(string message)
        {
            var names = new List<string>();
            foreach (var placeholder in Find(message))
            {
                if (!names.Contains(placeholder.Name))
                {
                    names.Add(placeholder.Name);
                }
            }

            return names.ToEquatableArray();
        }

        // "messageInfo" and "this.importName" name a placeholder; "0", "a b", "f()" and "" do not.
        private static string? LastName(string path)
        {
            string? last = null;
            foreach (var part in path.Split('.'))
            {
                if (!IsName(part))
                {
                    return null;
                }

                last = part;
            }

            return last;
        }

        private static bool IsName(string part)
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
