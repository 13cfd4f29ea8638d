using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Model.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The build's diagnostics without the upstream template's infos (ECG0040–ECG0059), for tests of other rules whose
    /// small documents (<c># Link</c>, code 1) are off the template by design.
    /// </summary>
    internal static class TemplateDiagnostics
    {
        private static readonly HashSet<string> s_ids = new(DiagnosticRules.Template.Select(rule => rule.Id));

        public static bool IsTemplateRule(string id) => s_ids.Contains(id);

        public static List<Diagnostic> WithoutTemplateRules(this IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Where(diagnostic => !s_ids.Contains(diagnostic.Id)).ToList();
    }
}
