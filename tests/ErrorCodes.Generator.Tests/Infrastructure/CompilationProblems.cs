using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Every warning and error of a compilation, including the ones only emitting finds (such as names too long for metadata).</summary>
    internal static class CompilationProblems
    {
        public static IReadOnlyList<string> Of(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream, xmlDocumentationStream: new MemoryStream());
            return compilation.GetDiagnostics()
                .Concat(emit.Diagnostics)
                .Where(d => d.Severity >= DiagnosticSeverity.Info && d.Id != "CS8019")
                .Select(d => d.ToString())
                .Distinct()
                .ToList();
        }
    }
}
