using System.Collections.Generic;
using ErrorCodes.Model.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>The model's diagnostics as the compiler's: one descriptor per rule of <see cref="DiagnosticRules.All"/>.</summary>
    internal static class RoslynDiagnostics
    {
        private static readonly Dictionary<DiagnosticRule, DiagnosticDescriptor> s_descriptors = Descriptors();

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var location = info.Location;
            var span = new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn));
            var descriptor = s_descriptors[info.Rule];
            var arguments = new object[info.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = info.Arguments[i];
            }

            return Diagnostic.Create(
                descriptor,
                Location.Create(location.FilePath, TextSpan.FromBounds(location.Start, location.End), span),
                Map(info.Severity),
                additionalLocations: null,
                properties: null,
                arguments);
        }

        public static DiagnosticDescriptor DescriptorOf(DiagnosticRule rule) => s_descriptors[rule];

        private static Dictionary<DiagnosticRule, DiagnosticDescriptor> Descriptors()
        {
            var descriptors = new Dictionary<DiagnosticRule, DiagnosticDescriptor>();
            foreach (var rule in DiagnosticRules.All)
            {
                descriptors.Add(rule, new DiagnosticDescriptor(
                    rule.Id,
                    new Translated(rule, message: false),
                    new Translated(rule, message: true),
                    DiagnosticRule.Category,
                    Map(rule.DefaultSeverity),
                    isEnabledByDefault: true,
                    helpLinkUri: rule.HelpLink));
            }

            return descriptors;
        }

        private static DiagnosticSeverity Map(Severity severity) => (DiagnosticSeverity)(int)severity;

        // A rule's title or message, Simplified Chinese or English, in the language the compiler reports in: the culture
        // it formats with, from its UI culture or /preferreduilang (none given, English).
        private sealed class Translated : LocalizableString
        {
            private readonly DiagnosticRule _rule;
            private readonly bool _message;

            public Translated(DiagnosticRule rule, bool message) => (_rule, _message) = (rule, message);

            protected override string GetText(System.IFormatProvider? formatProvider)
            {
                var culture = formatProvider as System.Globalization.CultureInfo;
                return _message ? _rule.MessageFormatIn(culture) : _rule.TitleIn(culture);
            }

            protected override bool AreEqual(object? other) => other is Translated translated && translated._rule == _rule && translated._message == _message;

            protected override int GetHash() => (_rule.Id.GetHashCode() * 2) + (_message ? 1 : 0);
        }
    }
}
