using System;
using System.Collections.Generic;

namespace ErrorCodes.Model
{
    /// <summary>The codes an errno rule maps: errno 1 to <paramref name="MaxErrno"/> become the rule's base + errno.</summary>
    /// <param name="Rule">The rule, as the document has it.</param>
    /// <param name="MaxErrno">The largest errno the rule maps: Linux's MAX_ERRNO, or less where the next rule's codes start.</param>
    public sealed record ErrnoRange(ErrnoRule Rule, int MaxErrno);

    /// <summary>
    /// How an errno rule such as "2301000 + errno" turns kernel errno values into codes, and which kernel table gives the
    /// mapped codes their texts: what the generated <c>FromErrno</c> and <c>GetInfo</c> do, for every tool.
    /// </summary>
    public static class ErrnoMapping
    {
        /// <summary>The largest errno Linux defines (MAX_ERRNO).</summary>
        public const int LinuxMaxErrno = 4095;

        /// <summary>The rules in document order, each mapping errno 1 up to Linux's MAX_ERRNO and stopping short of the next rule's base.</summary>
        public static List<ErrnoRange> Ranges(EquatableArray<ErrnoRule> rules)
        {
            var ranges = new List<ErrnoRange>();
            foreach (var rule in rules)
            {
                long max = LinuxMaxErrno;
                foreach (var other in rules)
                {
                    if (other.Base > rule.Base)
                    {
                        max = Math.Min(max, (long)other.Base - rule.Base - 1);
                    }
                }

                max = Math.Min(max, (long)int.MaxValue - rule.Base);
                if (max >= 1)
                {
                    ranges.Add(new ErrnoRange(rule, (int)max));
                }
            }

            return ranges;
        }

        /// <summary>The rule of <paramref name="catalog"/> that maps <paramref name="code"/>, and the errno it stands for.</summary>
        public static bool TryMap(CatalogModel catalog, int code, out ErrnoRange range, out int errno)
        {
            foreach (var candidate in Ranges(catalog.ErrnoRules))
            {
                var value = (long)code - candidate.Rule.Base;
                if (value >= 1 && value <= candidate.MaxErrno)
                {
                    range = candidate;
                    errno = (int)value;
                    return true;
                }
            }

            range = null!;
            errno = 0;
            return false;
        }

        /// <summary>The kernel errno table the rules of <paramref name="catalog"/> use: the table its notes link to, else the first table of <paramref name="others"/>.</summary>
        public static CatalogModel? Table(CatalogModel catalog, IEnumerable<CatalogModel> others)
        {
            CatalogModel? first = null;
            foreach (var other in others)
            {
                if (!other.IsTable || ReferenceEquals(other, catalog))
                {
                    continue;
                }

                if (LinksTo(catalog, other))
                {
                    return other;
                }

                first ??= other;
            }

            return first;
        }

        /// <summary>Whether the notes of <paramref name="catalog"/> link to the document of <paramref name="other"/>.</summary>
        public static bool LinksTo(CatalogModel catalog, CatalogModel other)
        {
            var fileName = Naming.SpecPaths.FileName(other.SpecLanguage.SpecFile);
            foreach (var link in catalog.Links)
            {
                if (Naming.SpecPaths.FileNameComparer.Equals(link, fileName))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
