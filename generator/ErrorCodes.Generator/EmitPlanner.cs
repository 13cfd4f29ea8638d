using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Naming;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Decides, for every spec of the project, whether and under which file name it is generated: two specs must
    /// never generate the same type or file name, which would break the build with errors in generated code. It also
    /// merges twins, and links each catalog to the catalogs it falls back to.
    /// </summary>
    internal static class EmitPlanner
    {
        public static IEnumerable<EmitPlan> Plan(ImmutableArray<SpecResult> specs, EmitOptions options)
        {
            var twins = new Dictionary<string, SpecResult>(StringComparer.Ordinal);
            foreach (var spec in specs)
            {
                if (spec.IsTwin && !twins.ContainsKey(SpecPaths.Key(spec.FilePath, null)))
                {
                    twins.Add(SpecPaths.Key(spec.FilePath, null), spec);
                }
            }

            var plans = new List<EmitPlan>(specs.Length);
            var typeOwners = new Dictionary<string, string>();
            var seenPaths = new HashSet<string>();
            var hintNames = new HashSet<string>();
            foreach (var listed in specs)
            {
                if (!seenPaths.Add(listed.FilePath + (listed.IsTwin ? "|twin" : string.Empty)))
                {
                    plans.Add(new EmitPlan(listed, null, EquatableArray<DiagnosticInfo>.Empty, ReportSpecDiagnostics: false, options));
                    continue;
                }

                // A twin generates nothing of its own; its diagnostics are still its file's to report, but not how it would
                // name its members: the spec names them.
                if (listed.IsTwin)
                {
                    var twin = listed with { Diagnostics = listed.Diagnostics.Where(d => d.Descriptor.Id != Diagnostics.NameChosen.Id).ToEquatableArray() };
                    plans.Add(new EmitPlan(twin, null, EquatableArray<DiagnosticInfo>.Empty, ReportSpecDiagnostics: true, options));
                    continue;
                }

                var diagnostics = new List<DiagnosticInfo>();
                var spec = WithTwin(listed, twins, diagnostics);
                var hintName = HintName(spec, options, typeOwners, hintNames, diagnostics);
                plans.Add(new EmitPlan(spec, hintName, diagnostics.ToEquatableArray(), ReportSpecDiagnostics: true, options));
            }

            return Link(plans);
        }

        private static SpecResult WithTwin(SpecResult spec, Dictionary<string, SpecResult> twins, List<DiagnosticInfo> diagnostics)
        {
            if (spec.TwinPath == null || spec.Catalog == null)
            {
                return spec;
            }

            if (!twins.TryGetValue(spec.TwinPath, out var twin) || twin.Catalog == null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.TwinNotFound, new LocationInfo(spec.FilePath, default, default), spec.TwinPath));
                return spec;
            }

            return spec with { Catalog = Twins.Merge(spec.Catalog, spec.FilePath, twin.Catalog, twin.FilePath, diagnostics) };
        }

        // Only catalogs that are generated can be linked to: a link to one that is not would not compile.
        private static List<EmitPlan> Link(List<EmitPlan> plans)
        {
            var generated = new List<(CatalogSpec Catalog, string FileName)>();
            foreach (var plan in plans)
            {
                if (plan.HintName != null && plan.Spec.Catalog != null)
                {
                    generated.Add((plan.Spec.Catalog, SpecPaths.FileName(plan.Spec.FilePath)));
                }
            }

            for (var i = 0; i < plans.Count; i++)
            {
                var catalog = plans[i].Spec.Catalog;
                if (plans[i].HintName == null || catalog == null)
                {
                    continue;
                }

                var errno = catalog.ErrnoRules.Count == 0 ? null : ErrnoCatalog(catalog, generated);
                var linked = new List<string>();
                foreach (var (other, fileName) in generated)
                {
                    if (!ReferenceEquals(other, catalog) && other != errno && Contains(catalog.Links, fileName))
                    {
                        linked.Add(ClassReference(other));
                    }
                }

                if (errno != null || linked.Count != 0)
                {
                    var links = new CatalogLinks(errno == null ? null : ClassReference(errno), errno == null ? 0 : Limit(errno), linked.ToEquatableArray());
                    plans[i] = plans[i] with { Links = links };
                }
            }

            return plans;
        }

        // The kernel errno table a rule points to: the linked one, else the project's only (or first) table catalog.
        private static CatalogSpec? ErrnoCatalog(CatalogSpec catalog, List<(CatalogSpec Catalog, string FileName)> generated)
        {
            CatalogSpec? first = null;
            foreach (var (other, fileName) in generated)
            {
                if (!other.IsTable || ReferenceEquals(other, catalog))
                {
                    continue;
                }

                if (Contains(catalog.Links, fileName))
                {
                    return other;
                }

                first ??= other;
            }

            return first;
        }

        private static int Limit(CatalogSpec errno)
        {
            var max = 0;
            foreach (var code in errno.Codes)
            {
                max = Math.Max(max, code.Code);
            }

            return Math.Min(max, CatalogEmitter.MaxErrno) + 1;
        }

        private static bool Contains(EquatableArray<string> links, string fileName)
        {
            foreach (var link in links)
            {
                if (string.Equals(link, fileName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static string ClassReference(CatalogSpec catalog) => "global::" + catalog.Namespace + "." + catalog.ClassName;

        private static string? HintName(
            SpecResult spec,
            EmitOptions options,
            Dictionary<string, string> typeOwners,
            HashSet<string> hintNames,
            List<DiagnosticInfo> diagnostics)
        {
            var catalog = spec.Catalog;
            if (catalog == null)
            {
                return null;
            }

            var fileStart = new LocationInfo(spec.FilePath, default, default);
            if (!options.RuntimeReferenced)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.RuntimeMissing, fileStart));
                return null;
            }

            var enumType = catalog.Namespace + "." + catalog.EnumName;
            var classType = catalog.Namespace + "." + catalog.ClassName;
            foreach (var type in new[] { enumType, classType })
            {
                if (typeOwners.TryGetValue(type, out var owner))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.TypeNameConflict, fileStart, type, owner));
                    return null;
                }
            }

            typeOwners.Add(enumType, spec.FilePath);
            typeOwners.Add(classType, spec.FilePath);

            // The same enum name in another namespace is legal C#, but the file names must differ.
            var hintName = CatalogEmitter.HintName(catalog);
            if (!hintNames.Add(hintName))
            {
                hintName = catalog.Namespace + "." + hintName;
                hintNames.Add(hintName);
            }

            return hintName;
        }
    }
}
