using System;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>Recognises a heading's deprecation mark: <c>&lt;sup&gt;(deprecated)&lt;/sup&gt;</c>, as OpenHarmony writes it, or <c>(已废弃)</c>.</summary>
    internal static class Deprecation
    {
        private static readonly string[] s_words = { "deprecated", "废弃", "弃用" };
        private static readonly char[] s_open = { '(', '（' };
        private static readonly char[] s_close = { ')', '）' };

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

        // "(deprecated)" or "（已废弃）" in plain text marks a code too; "deprecated" as a word of the title does not.
        private static bool IsParenthesized(string text)
        {
            for (var open = text.IndexOfAny(s_open); open >= 0; open = text.IndexOfAny(s_open, open + 1))
            {
                var close = text.IndexOfAny(s_close, open + 1);
                if (close > open && HasWord(text.Substring(open + 1, close - open - 1)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
