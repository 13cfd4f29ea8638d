using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Emits a compilation and loads it, so a test can run the generated lookups.</summary>
    internal static class InMemoryAssembly
    {
        public static Assembly Load(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            stream.Position = 0;

            // Collectible, so hundreds of generated assemblies do not pile up; ErrorCodes.Runtime still comes from
            // the default context, so the catalogs' types are the test's own.
            return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
        }
    }
}
