using System.Collections.Generic;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>
    /// Collects the diagnostics of one spec as it is read and modelled; <see cref="DiagnosticSettings.Finish"/> then
    /// caps and grades them once, when they are reported.
    /// </summary>
    public sealed class DiagnosticBag
    {
        private readonly List<DiagnosticInfo> _items = new List<DiagnosticInfo>();

        /// <summary>How many diagnostics the bag holds.</summary>
        public int Count => _items.Count;

        /// <summary>Adds a diagnostic of <paramref name="rule"/> at <paramref name="location"/>.</summary>
        public void Add(DiagnosticRule rule, TextLocation location, params object[] arguments) =>
            _items.Add(DiagnosticInfo.Create(rule, location, arguments));

        /// <summary>Adds diagnostics collected elsewhere, such as a parsed document's.</summary>
        public void AddRange(IEnumerable<DiagnosticInfo> diagnostics) => _items.AddRange(diagnostics);

        /// <summary>The diagnostics, in the order they were added.</summary>
        public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
    }
}
