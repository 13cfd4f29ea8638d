using System.Linq;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model
{
    /// <summary>A diagnostic kept as values, so that the pipeline step that produced it can be cached.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params object[] messageArgs) =>
            new DiagnosticInfo(
                descriptor,
                location,
                messageArgs.Select(arg => System.Convert.ToString(arg, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToEquatableArray());

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.ToArray<object>());

        /// <summary>The diagnostic with the severity that <paramref name="severities"/> set for its id, or null when they turn it off.</summary>
        public Diagnostic? ToDiagnostic(EquatableArray<SeverityOverride> severities)
        {
            foreach (var setting in severities)
            {
                if (setting.Id == Descriptor.Id)
                {
                    return setting.Severity is { } severity
                        ? Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, severity, null, null, MessageArgs.ToArray<object>())
                        : null;
                }
            }

            return ToDiagnostic();
        }
    }
}
