using System;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    internal enum CommentKind
    {
        Other,

        /// <summary><c>&lt;!--Del--&gt;</c>: what follows is removed by one edition of the docs.</summary>
        DelStart,

        /// <summary><c>&lt;!--DelEnd--&gt;</c>.</summary>
        DelEnd,

        /// <summary>A metadata comment such as <c>&lt;!--Kit: Network Kit--&gt;</c>.</summary>
        Property,
    }

    /// <summary>Reads the HTML comments OpenHarmony documents use as markers and metadata.</summary>
    internal static class Comments
    {
        // The text of one comment, not markdown structure: the block is already known to be an HTML comment.
        private static readonly Regex s_comment = new Regex(@"<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex s_property = new Regex(@"^\s*([A-Za-z][A-Za-z0-9_]*)\s*[:：]\s*(.*?)\s*$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        /// <summary>Calls <paramref name="visit"/> for every comment of an HTML block, in order.</summary>
        public static void Read(HtmlBlock block, Action<CommentKind, string, string> visit)
        {
            foreach (Match match in s_comment.Matches(block.Lines.ToString()))
            {
                var body = match.Groups[1].Value;
                var marker = body.Trim();
                if (string.Equals(marker, "Del", StringComparison.OrdinalIgnoreCase))
                {
                    visit(CommentKind.DelStart, string.Empty, string.Empty);
                }
                else if (string.Equals(marker, "DelEnd", StringComparison.OrdinalIgnoreCase))
                {
                    visit(CommentKind.DelEnd, string.Empty, string.Empty);
                }
                else if (s_property.Match(body) is { Success: true } property && property.Groups[2].Value.Length != 0)
                {
                    visit(CommentKind.Property, property.Groups[1].Value, property.Groups[2].Value);
                }
                else
                {
                    visit(CommentKind.Other, string.Empty, string.Empty);
                }
            }
        }
    }
}
