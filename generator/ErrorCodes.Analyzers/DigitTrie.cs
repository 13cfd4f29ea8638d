using System;
using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Analyzers
{
    /// <summary>
    /// A catalog's codes as a trie of their printed characters, searched for the codes within k digit edits of a number
    /// (optimal string alignment, as <see cref="CatalogIndex.DigitDistance"/> counts): codes come in runs that share
    /// their leading digits, so a search visits the few branches within reach rather than every code.
    /// </summary>
    internal sealed class DigitTrie
    {
        private const int Characters = 11; // 0-9 and '-'

        private readonly List<int[]> _children = new List<int[]>();
        private readonly List<char> _character = new List<char>();
        private readonly List<int> _member = new List<int>();

        /// <summary>A trie of <paramref name="codes"/>; a search reports a code by its index there.</summary>
        public DigitTrie(IReadOnlyList<int> codes)
        {
            NewNode('\0');
            for (var i = 0; i < codes.Count; i++)
            {
                var node = 0;
                foreach (var c in codes[i].ToString(CultureInfo.InvariantCulture))
                {
                    var slot = Slot(c);
                    if (_children[node][slot] == 0)
                    {
                        _children[node][slot] = NewNode(c);
                    }

                    node = _children[node][slot];
                }

                // The first member of a code names it, as the catalog does.
                if (_member[node] < 0)
                {
                    _member[node] = i;
                }
            }
        }

        /// <summary>The indexes of the codes whose distance from <paramref name="code"/> is at most <paramref name="limit"/>, with their distance.</summary>
        public List<(int Index, int Distance)> Within(int code, int limit)
        {
            var target = code.ToString(CultureInfo.InvariantCulture);
            var found = new List<(int, int)>();
            var first = new int[target.Length + 1];
            for (var j = 0; j < first.Length; j++)
            {
                first[j] = j;
            }

            foreach (var child in _children[0])
            {
                if (child != 0)
                {
                    Walk(child, '\0', null, first, target, limit, found);
                }
            }

            return found;
        }

        // One level deeper: the row of distances from the prefix that ends at node to each prefix of target; rows and
        // characters of the two levels above, for the swap of two neighbours.
        private void Walk(int node, char parentCharacter, int[]? grandparentRow, int[] parentRow, string target, int limit, List<(int, int)> found)
        {
            var c = _character[node];
            var row = new int[parentRow.Length];
            row[0] = parentRow[0] + 1;
            var best = row[0];
            for (var j = 1; j < row.Length; j++)
            {
                var cost = target[j - 1] == c ? 0 : 1;
                row[j] = Math.Min(Math.Min(parentRow[j] + 1, row[j - 1] + 1), parentRow[j - 1] + cost);
                if (grandparentRow != null && j > 1 && target[j - 1] == parentCharacter && target[j - 2] == c)
                {
                    row[j] = Math.Min(row[j], grandparentRow[j - 2] + 1);
                }

                best = Math.Min(best, row[j]);
            }

            if (_member[node] >= 0 && row[row.Length - 1] <= limit)
            {
                found.Add((_member[node], row[row.Length - 1]));
            }

            // A deeper row is at least this row's least, or the parent row's least and a swap.
            var parentBest = int.MaxValue;
            foreach (var value in parentRow)
            {
                parentBest = Math.Min(parentBest, value);
            }

            if (best > limit && parentBest + 1 > limit)
            {
                return;
            }

            foreach (var child in _children[node])
            {
                if (child != 0)
                {
                    Walk(child, c, parentRow, row, target, limit, found);
                }
            }
        }

        private int NewNode(char c)
        {
            _children.Add(new int[Characters]);
            _character.Add(c);
            _member.Add(-1);
            return _children.Count - 1;
        }

        private static int Slot(char c) => c == '-' ? 10 : c - '0';
    }
}
