using System;
using System.Collections.Generic;

namespace ErrorCodes.Analyzers
{
    /// <summary>
    /// The numbers one digit edit from a number, as printed (a digit changed, added or dropped, two neighbours swapped,
    /// the sign among the characters), for looking each up rather than comparing the number with every code: about ten
    /// a position. Only numbers a code can print as are made (no leading zero, an int).
    /// </summary>
    internal static class NearMiss
    {
        private const string Alphabet = "0123456789-";

        /// <summary>Calls <paramref name="found"/> with each int one edit from <paramref name="code"/>'s digits; the same number may come more than once.</summary>
        public static void ForEachNeighbour<TState>(int code, TState state, Action<int, TState> found)
        {
            // At most 11 characters (-2147483648) and one more for an added one.
            Span<char> digits = stackalloc char[11];
            var length = Format(code, digits);
            Span<char> edited = stackalloc char[12];

            for (var i = 0; i < length; i++)
            {
                // Changed.
                foreach (var c in Alphabet)
                {
                    if (c == digits[i])
                    {
                        continue;
                    }

                    digits.Slice(0, length).CopyTo(edited);
                    edited[i] = c;
                    Report(edited.Slice(0, length), state, found);
                }

                // Dropped.
                digits.Slice(0, i).CopyTo(edited);
                digits.Slice(i + 1, length - i - 1).CopyTo(edited.Slice(i));
                Report(edited.Slice(0, length - 1), state, found);

                // Swapped with the next.
                if (i + 1 < length && digits[i] != digits[i + 1])
                {
                    digits.Slice(0, length).CopyTo(edited);
                    edited[i] = digits[i + 1];
                    edited[i + 1] = digits[i];
                    Report(edited.Slice(0, length), state, found);
                }
            }

            // Added, before each character and at the end.
            for (var i = 0; i <= length; i++)
            {
                foreach (var c in Alphabet)
                {
                    digits.Slice(0, i).CopyTo(edited);
                    edited[i] = c;
                    digits.Slice(i, length - i).CopyTo(edited.Slice(i + 1));
                    Report(edited.Slice(0, length + 1), state, found);
                }
            }
        }

        // The number's characters, as int.ToString(CultureInfo.InvariantCulture) writes them.
        private static int Format(int code, Span<char> digits)
        {
            var value = (long)code;
            var negative = value < 0;
            if (negative)
            {
                value = -value;
            }

            var length = 0;
            do
            {
                digits[length++] = (char)('0' + (value % 10));
                value /= 10;
            }
            while (value != 0);

            if (negative)
            {
                digits[length++] = '-';
            }

            digits.Slice(0, length).Reverse();
            return length;
        }

        private static void Report<TState>(ReadOnlySpan<char> text, TState state, Action<int, TState> found)
        {
            if (TryParse(text, out var value))
            {
                found(value, state);
            }
        }

        // Only the way an int prints: an optional '-' first, then no leading zero (but "0" itself), within int's range.
        private static bool TryParse(ReadOnlySpan<char> text, out int value)
        {
            value = 0;
            var negative = text.Length > 0 && text[0] == '-';
            var digits = negative ? text.Slice(1) : text;
            if (digits.Length == 0 || digits.Length > 10 || (digits[0] == '0' && (digits.Length > 1 || negative)))
            {
                return false;
            }

            long number = 0;
            foreach (var c in digits)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                number = (number * 10) + (c - '0');
            }

            number = negative ? -number : number;
            if (number < int.MinValue || number > int.MaxValue)
            {
                return false;
            }

            value = (int)number;
            return true;
        }
    }
}
