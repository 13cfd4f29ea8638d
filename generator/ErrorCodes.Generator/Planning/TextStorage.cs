using System;
using System.Collections.Generic;
using ErrorCodes.Model;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>
    /// Where a catalog's texts go. An assembly holds at most 16 MB of string literals (its #US heap: every distinct
    /// literal, as UTF-16, after a length prefix; past it the compiler stops with CS8103), and the project's own code
    /// needs its share. So the texts stay string literals, which read best in the generated file, while all the
    /// project's catalogs take up to <see cref="LiteralBudget"/> of that heap; past it the largest catalogs keep
    /// theirs as UTF-8 data, <c>"..."u8</c>, which the compiler places in the assembly's data instead.
    /// </summary>
    internal static class TextStorage
    {
        /// <summary>The bytes of string literals the catalogs may take before the largest keep their texts as data.</summary>
        public const long LiteralBudget = 4L * 1024 * 1024;

        /// <summary>
        /// Without UTF-8 literals (before C# 11), the bytes of string literals past which the largest catalogs are not
        /// generated (ECG0031): the heap's 16 MB, less one for the project's own strings.
        /// </summary>
        public const long LiteralLimit = 15L * 1024 * 1024;

        /// <summary>What the entries' texts take of the #US heap as string literals: each distinct text once, as the compiler stores them.</summary>
        public static long LiteralBytes(CatalogModel catalog)
        {
            var texts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in catalog.Entries)
            {
                texts.Add(entry.MemberName);
                foreach (var language in entry.Texts)
                {
                    AddTexts(texts, language.Title, language.Message, language.Description, language.Causes, language.Remediation, language.Sections);
                    foreach (var scenario in language.Scenarios)
                    {
                        AddTexts(texts, scenario.Title, scenario.Message, scenario.Description, scenario.Causes, scenario.Remediation, scenario.Sections);
                    }
                }
            }

            long bytes = 0;
            foreach (var text in texts)
            {
                bytes += HeapBytes(text);
            }

            return bytes;
        }

        /// <summary>
        /// Which catalogs keep their texts as data: none while the sizes sum to the budget, else the largest (the
        /// first of equals) until the rest do.
        /// </summary>
        public static bool[] ChooseData(IReadOnlyList<long> literalBytes, long budget)
        {
            var asData = new bool[literalBytes.Count];
            long total = 0;
            foreach (var bytes in literalBytes)
            {
                total += bytes;
            }

            while (total > budget)
            {
                var largest = -1;
                for (var i = 0; i < literalBytes.Count; i++)
                {
                    if (!asData[i] && (largest < 0 || literalBytes[i] > literalBytes[largest]))
                    {
                        largest = i;
                    }
                }

                if (largest < 0)
                {
                    break;
                }

                asData[largest] = true;
                total -= literalBytes[largest];
            }

            return asData;
        }

        // The heap stores a literal as a compressed length (1, 2 or 4 bytes), its UTF-16 code units and one flag byte.
        private static long HeapBytes(string text)
        {
            var size = (2L * text.Length) + 1;
            return size + (size < 0x80 ? 1 : size < 0x4000 ? 2 : 4);
        }

        private static void AddTexts(HashSet<string> texts, string title, string message, string description, EquatableArray<string> causes, EquatableArray<string> remediation, EquatableArray<CodeSection> sections)
        {
            texts.Add(title);
            texts.Add(message);
            texts.Add(description);
            foreach (var cause in causes)
            {
                texts.Add(cause);
            }

            foreach (var step in remediation)
            {
                texts.Add(step);
            }

            foreach (var section in sections)
            {
                texts.Add(section.Label);
                texts.Add(section.Text);
            }
        }
    }
}
