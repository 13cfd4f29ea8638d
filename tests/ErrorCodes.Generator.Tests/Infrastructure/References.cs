using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Metadata references for the consumer compilations.</summary>
    internal static class References
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> s_net = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(Runtime)
                .ToList());

        private static readonly Lazy<IReadOnlyList<MetadataReference>> s_netStandard = new(() =>
            Directory.GetFiles(Paths.NetStandardReferences, "*.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(Paths.NetStandardRuntime))
                .ToList());

        /// <summary>The current runtime's assemblies (net10.0) and ErrorCodes.Runtime.</summary>
        public static IReadOnlyList<MetadataReference> Net => s_net.Value;

        /// <summary>netstandard2.0's reference assemblies and ErrorCodes.Runtime's netstandard2.0 build.</summary>
        public static IReadOnlyList<MetadataReference> NetStandard20 => s_netStandard.Value;

        private static MetadataReference Runtime => MetadataReference.CreateFromFile(typeof(ErrorCodeInfo).Assembly.Location);
    }
}
