using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodes.Model.Parsing
{
    /// <summary>Turns markdown into the plain text a catalog holds: markup removed, soft line breaks kept as '\n'.</summary>
    internal static class PlainText
    {
        public static string Of(ContainerInline? inlines) => OfSiblings(inlines?.FirstChild);

        /// <summary>The text of <paramref name="first"/> and the inlines that follow it.</summary>
        public static string OfSiblings(Inline? first, Inline? end = null)
        {
            var builder = new StringBuilder();
            AppendSiblings(builder, first, end);
            return builder.ToString().Trim();
        }

        /// <summary>The text of a block; blocks inside it are separated by '\n'. HTML blocks (comments, markers) have none.</summary>
        public static string Of(Block block)
        {
            var builder = new StringBuilder();
            Append(builder, block);
            return builder.ToString().Trim();
        }

        private static void Append(StringBuilder builder, Block block)
        {
            switch (block)
            {
                case LeafBlock leaf when leaf.Inline != null:
                    AppendSiblings(builder, leaf.Inline.FirstChild);
                    break;
                case HtmlBlock:
                    break;
                case CodeBlock code:
                    AppendLines(builder, code);
                    break;
                case Table table:
                    AppendTable(builder, table);
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        var before = builder.Length;
                        if (before > 0 && builder[before - 1] != '\n')
                        {
                            builder.Append('\n');
                        }

                        var mark = builder.Length;
                        Append(builder, child);
                        if (builder.Length == mark)
                        {
                            builder.Length = before;
                        }
                    }

                    break;
            }
        }

        // A row per line, cells separated by " | ", so that a table in a note or a step stays readable as one.
        private static void AppendTable(StringBuilder builder, Table table)
        {
            var first = true;
            foreach (var block in table)
            {
                if (block is not TableRow row)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append('\n');
                }

                first = false;
                for (var i = 0; i < row.Count; i++)
                {
                    if (i != 0)
                    {
                        builder.Append(" | ");
                    }

                    builder.Append(Of(row[i]).Replace('\n', ' '));
                }
            }
        }

        private static void AppendLines(StringBuilder builder, LeafBlock block)
        {
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('\n');
                }

                Append(builder, lines.Lines[i].Slice);
            }
        }

        private static void AppendSiblings(StringBuilder builder, Inline? first, Inline? end = null)
        {
            for (var inline = first; inline != null && inline != end; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    // A <br> at a line's end or start and the line's own end are one break.
                    case LineBreakInline when inline.PreviousSibling is HtmlInline previous && IsLineBreak(previous.Tag):
                    case HtmlInline html when IsLineBreak(html.Tag) && inline.PreviousSibling is LineBreakInline:
                        break;
                    case LineBreakInline:
                    case HtmlInline html when IsLineBreak(html.Tag):
                        TrimTrailingSpaces(builder);
                        builder.Append('\n');
                        break;
                    case ContainerInline container:
                        AppendSiblings(builder, container.FirstChild);
                        break;
                    default:
                        builder.Append(TextOf(inline));
                        break;
                }
            }
        }

        // <br>, <br/>, <br /> in any case: the line breaks of a table cell, which markdown cannot write otherwise.
        private static bool IsLineBreak(string tag)
        {
            var name = tag.Trim('<', '>', '/', ' ').Trim();
            return string.Equals(name, "br", System.StringComparison.OrdinalIgnoreCase);
        }

        // The text of an inline that holds no others; HTML inlines (tags such as <sup>) have none.
        private static string TextOf(Inline inline) => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            AutolinkInline autolink => autolink.Url,
            _ => string.Empty,
        };

        private static void Append(StringBuilder builder, StringSlice slice) => builder.Append(slice.Text, slice.Start, slice.Length);

        private static void TrimTrailingSpaces(StringBuilder builder)
        {
            while (builder.Length > 0 && (builder[builder.Length - 1] == ' ' || builder[builder.Length - 1] == '\t'))
            {
                builder.Length--;
            }
        }
    }
}
