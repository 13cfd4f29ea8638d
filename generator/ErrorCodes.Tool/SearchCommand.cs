using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ErrorCodes.Tool
{
    /// <summary><c>errorcodes search</c>: OpenHarmony's codes by their words, in either language, best first.</summary>
    internal static class SearchCommand
    {
        public static int Run(IReadOnlyList<string> words, string language, string format, int limit, TextWriter output)
        {
            var terms = words.Select(word => word.Trim()).Where(word => word.Length != 0).ToList();
            if (terms.Count == 0)
            {
                throw new InputException("search needs a word to find");
            }

            if (limit < 1)
            {
                throw new InputException("--limit is a count of codes: 1 or more");
            }

            var ranked = Platform.All(language)
                .Select(entry => (Entry: entry, Score: Score(entry, terms)))
                .Where(match => match.Score > 0)
                .OrderByDescending(match => match.Score)
                .ThenBy(match => match.Entry.First.Title.Length)
                .ThenBy(match => match.Entry.First.Code)
                .ThenBy(match => match.Entry.Module, StringComparer.Ordinal)
                .ToList();
            var shown = ranked.Take(limit).ToList();

            if (format == "json")
            {
                Json.Write(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("matches", ranked.Count);
                    writer.WriteStartArray("results");
                    foreach (var (entry, score) in shown)
                    {
                        entry.WriteJson(writer, score);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
            }
            else
            {
                var width = shown.Count == 0 ? 0 : shown.Max(match => match.Entry.First.Code.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
                foreach (var (entry, _) in shown)
                {
                    var code = entry.First.Code.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width);
                    output.WriteLine($"{code}  {Headline(entry)}  ({entry.Place(", ")})");
                }

                output.WriteLine(ranked.Count == 0
                    ? $"No code of OpenHarmony's documents has {string.Join(" and ", terms.Select(term => "'" + term + "'"))}."
                    : ranked.Count > shown.Count ? $"{shown.Count} of {ranked.Count} codes; --limit shows more." : $"{ranked.Count} {(ranked.Count == 1 ? "code" : "codes")}.");
            }

            return ranked.Count != 0 ? ExitCodes.Success : ExitCodes.Failed;
        }

        // The code's title in the language asked for, with its message when the title says less.
        private static string Headline(PlatformEntry entry)
        {
            var first = entry.First;
            var title = first.Title.Length != 0 ? first.Title : first.Message;
            return title.Replace('\n', ' ');
        }

        // Every term must be found, in either language; a term in a title weighs most, then in a message, then in a
        // description. A term that is the whole title scores more still.
        private static int Score(PlatformEntry entry, List<string> terms)
        {
            var total = 0;
            foreach (var term in terms)
            {
                var best = Math.Max(Score(entry.First, term), entry.Second is ErrorCodeInfo second ? Score(second, term) : 0);
                if (best == 0)
                {
                    return 0;
                }

                total += best;
            }

            return total;
        }

        private static int Score(ErrorCodeInfo info, string term)
        {
            if (string.Equals(info.Title.Trim(), term, StringComparison.OrdinalIgnoreCase))
            {
                return 8;
            }

            return Contains(info.Title, term) ? 5 : Contains(info.Message, term) ? 3 : Contains(info.Description, term) ? 1 : 0;
        }

        private static bool Contains(string text, string term) => text.IndexOf(term, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
