using System.Collections.Generic;
using Markdig.Syntax;

namespace ErrorCodes.Model.Parsing
{
    internal enum PieceKind
    {
        /// <summary>A paragraph: one item, or one per line when its lines are numbered (<c>1.内存异常。</c>).</summary>
        Paragraph,

        /// <summary>A markdown list item: always one item.</summary>
        ListItem,

        /// <summary>A code block: part of the item before it, as in a step that shows a command.</summary>
        Continuation,
    }

    /// <summary>The text of one block of a section, and how it becomes items.</summary>
    internal readonly struct Piece
    {
        public Piece(string text, PieceKind kind)
        {
            Text = text;
            Kind = kind;
        }

        public string Text { get; }

        public PieceKind Kind { get; }

        public static void AddTo(List<Piece> pieces, Block block)
        {
            switch (block)
            {
                case ListBlock list:
                    foreach (var item in list)
                    {
                        Add(pieces, PlainText.Of(item), PieceKind.ListItem);
                    }

                    break;
                case CodeBlock code:
                    Add(pieces, PlainText.Of(code), PieceKind.Continuation);
                    break;
                default:
                    Add(pieces, PlainText.Of(block), PieceKind.Paragraph);
                    break;
            }
        }

        /// <summary>Adds a list item's text, when the caller has already taken part of the item away.</summary>
        public static void AddItem(List<Piece> pieces, string text) => Add(pieces, text, PieceKind.ListItem);

        /// <summary>Adds a paragraph's text, when the caller has already taken part of the paragraph away.</summary>
        public static void AddText(List<Piece> pieces, string text) => Add(pieces, text, PieceKind.Paragraph);

        private static void Add(List<Piece> pieces, string text, PieceKind kind)
        {
            if (text.Length != 0)
            {
                pieces.Add(new Piece(text, kind));
            }
        }
    }

    /// <summary>Turns a causes or steps section into its items.</summary>
    internal static class Items
    {
        public static void AddTo(List<string> items, List<Piece> pieces)
        {
            var previous = PieceKind.Paragraph;
            foreach (var piece in pieces)
            {
                var afterCode = previous == PieceKind.Continuation && items.Count != 0;
                previous = piece.Kind;

                // Text right after a command block explains the command ("查看是否有对应的设备"): the same step,
                // unless it starts a numbered step of its own.
                if (afterCode && piece.Kind == PieceKind.Paragraph && !TryStripNumber(piece.Text.Split('\n')[0], out _))
                {
                    items[items.Count - 1] += "\n" + piece.Text;
                    continue;
                }

                switch (piece.Kind)
                {
                    case PieceKind.ListItem:
                        items.Add(piece.Text);
                        break;
                    case PieceKind.Continuation when items.Count != 0:
                        items[items.Count - 1] += "\n" + piece.Text;
                        break;
                    case PieceKind.Continuation:
                        items.Add(piece.Text);
                        break;
                    default:
                        AddParagraph(items, piece.Text);
                        break;
                }
            }
        }

        // "1.内存异常。" is not a markdown list (no space after the dot), so numbered items arrive as
        // paragraphs, sometimes several in one paragraph separated by soft line breaks.
        private static void AddParagraph(List<string> items, string text)
        {
            var lines = text.Split('\n');
            if (!TryStripNumber(lines[0], out _))
            {
                items.Add(text);
                return;
            }

            string? current = null;
            foreach (var line in lines)
            {
                if (TryStripNumber(line, out var rest))
                {
                    if (current != null)
                    {
                        items.Add(current);
                    }

                    current = rest;
                }
                else
                {
                    current = current + "\n" + line;
                }
            }

            if (current != null)
            {
                items.Add(current);
            }
        }

        /// <summary>Strips a leading item number: <c>1.</c>, <c>1、</c>, <c>1)</c>, <c>1）</c>, <c>(1)</c> or <c>（1）</c>.</summary>
        public static bool TryStripNumber(string line, out string rest)
        {
            rest = line;
            var i = 0;
            var open = i < line.Length && (line[i] == '(' || line[i] == '（');
            if (open)
            {
                i++;
            }

            var digitsStart = i;
            while (i < line.Length && line[i] >= '0' && line[i] <= '9' && i - digitsStart < 3)
            {
                i++;
            }

            if (i == digitsStart || i >= line.Length)
            {
                return false;
            }

            var marker = line[i];
            var isMarker = open
                ? marker == ')' || marker == '）'
                : marker == '.' || marker == '、' || marker == ')' || marker == '）' || marker == '．';
            if (!isMarker)
            {
                return false;
            }

            i++;

            // "2.4GHz" is a number, not an item marker.
            if (i < line.Length && line[i] >= '0' && line[i] <= '9')
            {
                return false;
            }

            var remainder = line.Substring(i).Trim();
            if (remainder.Length == 0)
            {
                return false;
            }

            rest = remainder;
            return true;
        }
    }
}
