using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Generator.Planning
{
    /// <summary>What one catalog's build gave, with how its diagnostics are reported.</summary>
    internal sealed record BuiltCatalog(CatalogResult Result, TextLocation SpecStart, DiagnosticSettings Settings);

    /// <summary>
    /// Decides, with every catalog of the project in view, which catalogs are generated and under which file name (two
    /// must never generate the same type, which would break the build with errors in generated code), and which other
    /// catalogs each one's lookups fall back to.
    /// </summary>
    internal static class EmitPlanner
    {
        public static IEnumerable<CatalogPlan> Plan(ImmutableArray<BuiltCatalog> catalogs, EmitOptions options, StepGuard guard)
        {
            var typeOwners = new Dictionary<string, string>(StringComparer.Ordinal);

            // Roslyn tells generated files apart ignoring case (the file system may too): so does this.
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var plans = new List<CatalogPlan>(catalogs.Length);
            foreach (var built in catalogs)
            {
                var plan = new CatalogPlan(built.SpecStart, built.Result.Catalog, null, null, EquatableArray<CatalogReference>.Empty, built.Result.Diagnostics, built.Settings, options);
                plans.Add(built.Result.Catalog == null ? plan : guard.Run("plan", built.Result.FilePath, () => Named(plan, built, options, typeOwners, hintNames), failure => Failed(plan, failure)));
            }

            return Link(StoreTexts(plans, options, guard), guard);
        }

        private static CatalogPlan Named(CatalogPlan plan, BuiltCatalog built, EmitOptions options, Dictionary<string, string> typeOwners, HashSet<string> hintNames)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(plan.Diagnostics);
            var hintName = HintName(built, options, typeOwners, hintNames, diagnostics);
            return plan with { HintName = hintName, Diagnostics = diagnostics.ToEquatableArray() };
        }

        // A catalog whose planning failed generates nothing, and says why.
        private static CatalogPlan Failed(CatalogPlan plan, DiagnosticInfo failure) =>
            plan with { HintName = null, Diagnostics = plan.Diagnostics.Add(failure) };

        // The largest catalogs keep their texts as UTF-8 data once the project's would take too much of the assembly's
        // string literals; without UTF-8 literals, those that cannot fit are not generated, with ECG0031.
        private static List<CatalogPlan> StoreTexts(List<CatalogPlan> plans, EmitOptions options, StepGuard guard)
        {
            var generated = new List<int>();
            var sizes = new List<long>();
            for (var i = 0; i < plans.Count; i++)
            {
                var plan = plans[i];
                var size = plan.HintName == null ? -1 : guard.Run("texts", plan.SpecStart.FilePath, () => TextStorage.LiteralBytes(plan.Catalog!), failure =>
                {
                    plans[i] = Failed(plan, failure);
                    return -1L;
                });
                if (size >= 0)
                {
                    generated.Add(i);
                    sizes.Add(size);
                }
            }

            var chosen = TextStorage.ChooseData(sizes, options.Utf8Literals ? TextStorage.LiteralBudget : TextStorage.LiteralLimit);
            long total = 0;
            foreach (var size in sizes)
            {
                total += size;
            }

            for (var i = 0; i < generated.Count; i++)
            {
                if (!chosen[i])
                {
                    continue;
                }

                var plan = plans[generated[i]];
                if (options.Utf8Literals)
                {
                    plans[generated[i]] = plan with { TextsAsData = true };
                }
                else
                {
                    var diagnostics = new DiagnosticBag();
                    diagnostics.AddRange(plan.Diagnostics);
                    diagnostics.Add(DiagnosticRules.TextsTooLarge, plan.SpecStart, Megabytes(total));
                    plans[generated[i]] = plan with { HintName = null, Diagnostics = diagnostics.ToEquatableArray() };
                }
            }

            return plans;
        }

        private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

        private static string? HintName(BuiltCatalog built, EmitOptions options, Dictionary<string, string> typeOwners, HashSet<string> hintNames, DiagnosticBag diagnostics)
        {
            var catalog = built.Result.Catalog!;
            if (!options.RuntimeReferenced)
            {
                diagnostics.Add(DiagnosticRules.RuntimeMissing, built.SpecStart);
                return null;
            }

            var enumType = catalog.Namespace + "." + catalog.EnumName;
            var classType = catalog.Namespace + "." + catalog.ClassName;
            foreach (var type in new[] { enumType, classType })
            {
                if (typeOwners.TryGetValue(type, out var owner))
                {
                    diagnostics.Add(DiagnosticRules.TypeNameConflict, built.SpecStart, type, owner);
                    return null;
                }
            }

            // The other spec as the generated files name it: relative to the project, without the full path's "/../".
            typeOwners.Add(enumType, catalog.SpecLanguage.SpecFile);
            typeOwners.Add(classType, catalog.SpecLanguage.SpecFile);

            // The same enum name in another namespace, or names that differ only in case, are legal C#, but the file
            // names must differ: the namespace tells them apart, else a number, in the order the project lists them.
            var hintName = catalog.EnumName + ".g.cs";
            if (!hintNames.Add(hintName))
            {
                hintName = catalog.Namespace + "." + catalog.EnumName + ".g.cs";
                for (var n = 2; !hintNames.Add(hintName); n++)
                {
                    hintName = catalog.Namespace + "." + catalog.EnumName + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
                }
            }

            return hintName;
        }

        // Only catalogs that are generated can be linked to: a link to one that is not would not compile.
        private static List<CatalogPlan> Link(List<CatalogPlan> plans, StepGuard guard)
        {
            var generated = new List<CatalogModel>();
            foreach (var plan in plans)
            {
                if (plan.HintName != null)
                {
                    generated.Add(plan.Catalog!);
                }
            }

            for (var i = 0; i < plans.Count; i++)
            {
                var catalog = plans[i].Catalog;
                if (plans[i].HintName == null || catalog == null)
                {
                    continue;
                }

                var plan = plans[i];
                plans[i] = guard.Run("link", plan.SpecStart.FilePath, () => Linked(plan, catalog, generated), failure => Failed(plan, failure));
            }

            return plans;
        }

        // A catalog's errno table and the catalogs its notes link to.
        private static CatalogPlan Linked(CatalogPlan plan, CatalogModel catalog, List<CatalogModel> generated)
        {
            var errno = catalog.ErrnoRules.Count == 0 ? null : ErrnoMapping.Table(catalog, generated);
            var linked = new List<CatalogReference>();
            foreach (var other in generated)
            {
                if (!ReferenceEquals(other, catalog) && !ReferenceEquals(other, errno) && ErrnoMapping.LinksTo(catalog, other))
                {
                    linked.Add(Reference(other));
                }
            }

            return plan with
            {
                ErrnoTable = errno == null ? null : new ErrnoTableReference(Reference(errno), Limit(errno)),
                Linked = linked.ToEquatableArray(),
            };
        }

        private static int Limit(CatalogModel errnoTable)
        {
            var max = 0;
            foreach (var entry in errnoTable.Entries)
            {
                max = Math.Max(max, entry.Code);
            }

            return Math.Min(max, ErrnoMapping.LinuxMaxErrno) + 1;
        }

        private static CatalogReference Reference(CatalogModel catalog) => new CatalogReference(catalog.Namespace, catalog.ClassName, catalog.Languages.Count);
    }
}
