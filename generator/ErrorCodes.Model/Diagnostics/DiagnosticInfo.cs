using System;
using System.Globalization;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>A problem found in a spec, as values: its rule, where it is, the message's arguments and its severity.</summary>
    /// <param name="Rule">What kind of problem it is.</param>
    /// <param name="Location">Where in which spec file it is.</param>
    /// <param name="Arguments">The values for the holes of the rule's message.</param>
    /// <param name="Severity">The rule's default severity, until the settings of the spec's file change it.</param>
    public sealed record DiagnosticInfo(DiagnosticRule Rule, TextLocation Location, EquatableArray<string> Arguments, Severity Severity)
    {
        /// <summary>The rule's id, such as <c>ECG0003</c>.</summary>
        public string Id => Rule.Id;

        /// <summary>The message, with the arguments in it.</summary>
        public string Message => Rule.Format(Arguments);

        /// <summary>
        /// A diagnostic of <paramref name="rule"/> at its default severity; arguments are formatted with the invariant
        /// culture, and what of them would act in a log rather than show is escaped (<see cref="Printable"/>).
        /// </summary>
        public static DiagnosticInfo Create(DiagnosticRule rule, TextLocation location, params object[] arguments)
        {
            var texts = new string[arguments.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = Printable.Escape(Convert.ToString(arguments[i], CultureInfo.InvariantCulture) ?? string.Empty);
            }

            return new DiagnosticInfo(rule, location, new EquatableArray<string>(texts), rule.DefaultSeverity);
        }

        /// <summary>The message, with the arguments in it, in the language of <paramref name="culture"/>.</summary>
        public string MessageIn(CultureInfo? culture) => Rule.Format(Arguments, culture);

        /// <summary>The diagnostic as a compiler prints it: <c>path(line,column): warning ECG0003: message</c>.</summary>
        public override string ToString() => ToString(null);

        /// <summary>As <see cref="ToString()"/>, the message in the language of <paramref name="culture"/>.</summary>
        public string ToString(CultureInfo? culture) =>
            Location + ": " + Severity.ToString().ToLowerInvariant() + " " + Id + ": " + MessageIn(culture);
    }
}
