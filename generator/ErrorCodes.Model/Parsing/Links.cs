using System;
using System.Collections.Generic;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>The markdown documents a block links to, such as <c>通用错误码请参考[通用错误码](../errorcode-universal.md)</c>.</summary>
    internal static class Links
    {
        private static readonly char[] s_queryOrFragment = { '#', '?' };

        /// <summary>The file names of the documents the block's links point to, such as <c>errorcode-universal.md</c>.</summary>
        public static IEnumerable<string> In(Block block)
        {
            // Markdig's Descendants of a paragraph itself stops at the block: its links are in its inlines.
            var links = block is LeafBlock { Inline: { } inlines } ? inlines.Descendants<LinkInline>() : block.Descendants<LinkInline>();
            foreach (var link in links)
            {
                var fileName = LinkedFileName(link.Url);
                if (fileName != null)
                {
                    yield return fileName;
                }
            }
        }

        private static string? LinkedFileName(string? url)
        {
            if (url == null || url.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            var end = url.IndexOfAny(s_queryOrFragment);
            var path = end < 0 ? url : url.Substring(0, end);
            var name = path.Substring(path.LastIndexOf('/') + 1);
            return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && name.Length > 3 ? name : null;
        }
    }
}
