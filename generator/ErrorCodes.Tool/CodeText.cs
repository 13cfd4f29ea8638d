using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ErrorCodes.Tool
{
    /// <summary>A number in text, where it stands, and whether the text says it is an error code.</summary>
    internal readonly record struct CodeInText(int Value, int Index, int Length, bool Named);

    /// <summary>
    /// Finds the numbers in what people paste and in logs: decimal, negative and hex (<c>0x2324EA</c>), standing alone,
    /// not part of a word, a time, a date, a version or an address.
    /// </summary>
    internal static class CodeText
    {
        // A number, not glued to a letter, digit or underscore, and not one part of 12:30:01, 2026-12-04, 1.2.3 or 10.0.0.1.
        private static readonly Regex s_number = new(
            @"(?<![\w])(?<!\d[:.\-/])(?<sign>-)?(?:0[xX](?<hex>[0-9A-Fa-f]{1,8})|(?<dec>\d{1,10}))(?![\w])(?![:.\-/]\d)",
            RegexOptions.CultureInvariant);

        // A decimal of ten digits or more, standing alone: the candidates for a number past a code's range.
        private static readonly Regex s_longNumber = new(@"(?<![\w.])-?\d{10,}(?![\w.])", RegexOptions.CultureInvariant);

        // What says a number is an error code, as the analyzers read a name (code, errorCode, errCode, …ErrorCode), with
        // the forms logs and messages write them in: "error code", "BusinessError", "errno", "错误码", then ':', '=' or
        // a space, and perhaps a quote or bracket.
        private static readonly Regex s_codeWord = new(
            @"(?:\b(?:[A-Za-z]*(?:error|err)[ _-]?code|code|errno|businesserror)|错误码)\s*(?:[:=：]\s*)?[""'\[(]?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The first whole number of <paramref name="text"/> past a code's range, such as 4294967295; null if none.</summary>
        public static string? LongNumber(string text)
        {
            foreach (Match match in s_longNumber.Matches(text))
            {
                if (!long.TryParse(match.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < int.MinValue || value > int.MaxValue)
                {
                    return match.Value;
                }
            }

            return null;
        }

        /// <summary>Every number of <paramref name="text"/> that fits a code (an <see cref="int"/>, or hex of 32 bits), in order.</summary>
        public static List<CodeInText> Numbers(string text)
        {
            var found = new List<CodeInText>();
            foreach (Match match in s_number.Matches(text))
            {
                var negative = match.Groups["sign"].Success;
                long value;
                if (match.Groups["hex"].Success)
                {
                    // 0xFFFFFFFF is -1, as a C API prints a negative code in hex.
                    value = unchecked((int)uint.Parse(match.Groups["hex"].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                }
                else if (!long.TryParse(match.Groups["dec"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out value))
                {
                    continue;
                }

                value = negative ? -value : value;
                if (value < int.MinValue || value > int.MaxValue)
                {
                    continue;
                }

                var before = text.Substring(Math.Max(0, match.Index - 40), Math.Min(match.Index, 40));
                found.Add(new CodeInText((int)value, match.Index, match.Length, s_codeWord.IsMatch(before)));
            }

            return found;
        }
    }
}
