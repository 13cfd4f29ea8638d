using System;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Generator.Parsing
{
    /// <summary>Recognises a heading's deprecation mark: <c>&lt;sup&gt;(deprecated)&lt;/sup&gt;</c>, as OpenHarmony writes it, or <c>(已废弃)</c>.</summary>
    internal static class Deprecation
    {
        private static readonly string[] s_words = { "deprecated", "废弃", "弃用" };

        public static bool IsMarked(ContainerInline? heading)
        {
            var insideSup = false;
            for (var inline = heading?.FirstChild; inline != null; inline = inline.NextSibling)
            {
                if (inline is HtmlInline html)
                {
                    var tag = html.Tag.Replace(" ", string.Empty).ToLowerInvariant();
                    insideSup = tag.StartsWith("<sup", StringComparison.Ordinal) || (insideSup && !tag.StartsWith("</sup", StringComparison.Ordinal));
                    continue;
                }

                var text = PlainText.OfSiblings(inline, inline.NextSibling);
                if (HasWord(text) && (insideSup || IsParenthesized(text)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasWord(string text)
        {
            foreach (var word in s_words)
            {
                if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // "(deprecated)" in plain text marks a code too; "deprecated" as a word of the title does not.
        private static bool IsParenthesized(string text)
        {
            foreach (var word in s_words)
            {
                foreach (var pair in new[] { ("(", ")"), ("（", "）") })
                {
                    if (text.IndexOf(pair.Item1 + word + pair.Item2, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
