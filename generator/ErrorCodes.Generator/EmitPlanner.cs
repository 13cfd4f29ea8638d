using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Decides, for every spec of the project, whether and under which file name it is generated: two specs must
    /// never generate the same type or file name, which would break the build with errors in generated code.
    /// </summary>
    internal static class EmitPlanner
    {
        public static IEnumerable<EmitPlan> Plan(ImmutableArray<SpecResult> specs, EmitOptions options)
        {
            var plans = new List<EmitPlan>(specs.Length);
            var typeOwners = new Dictionary<string, string>();
            var seenPaths = new HashSet<string>();
            var hintNames = new HashSet<string>();
            foreach (var spec in specs)
            {
                if (!seenPaths.Add(spec.FilePath))
                {
                    plans.Add(new EmitPlan(spec, null, EquatableArray<DiagnosticInfo>.Empty, ReportSpecDiagnostics: false, options));
                    continue;
                }

                var diagnostics = new List<DiagnosticInfo>();
                var hintName = HintName(spec, options, typeOwners, hintNames, diagnostics);
                plans.Add(new EmitPlan(spec, hintName, diagnostics.ToEquatableArray(), ReportSpecDiagnostics: true, options));
            }

            return plans;
        }

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
