using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>One kind of problem a spec can have: its id, title, message format and default severity.</summary>
    /// <param name="Id">The id, such as <c>ECG0003</c>.</param>
    /// <param name="Title">A short title, for tables and the IDE.</param>
    /// <param name="MessageFormat">The message, with <c>{0}</c>-style holes for the diagnostic's arguments.</param>
    /// <param name="DefaultSeverity">The severity in a build unless the project or the spec's <c>.editorconfig</c> sets another.</param>
    public sealed record DiagnosticRule(string Id, string Title, string MessageFormat, Severity DefaultSeverity)
    {
        /// <summary>
        /// The severity <c>errorcodes lint</c> reports unless the spec's <c>.editorconfig</c> sets another. A finding about
        /// the document's own quality that changes nothing generated (upstream's table mistakes, read as meant) is an
        /// info in a consumer's build, who cannot fix the document, and a warning for the document's writers.
        /// </summary>
        public Severity LintSeverity { get; init; } = DefaultSeverity;

        private readonly Severity? _templateSeverity;

        /// <summary>
        /// The severity in <c>errorcodes lint</c>'s template profile (its default), for the writers of documents held to
        /// the upstream template, unless the spec's <c>.editorconfig</c> sets another; by default the
        /// <see cref="LintSeverity"/>. The template holds twins to the same codes, so a code in one language only is a
        /// warning there.
        /// </summary>
        public Severity TemplateSeverity
        {
            get => _templateSeverity ?? LintSeverity;
            init => _templateSeverity = value;
        }

        /// <summary>The category every rule belongs to.</summary>
        public const string Category = "ErrorCodes";

        // The project has no public home yet; the link names the document in the repository.
        private const string HelpBase = "docs/diagnostics.md#";

        /// <summary>Where the rule is explained, with its fix: <c>docs/diagnostics.md#ecg0003</c>.</summary>
        public string HelpLink => HelpBase + Id.ToLowerInvariant();

        /// <summary>The title in the language of <paramref name="culture"/>: Simplified Chinese or English.</summary>
        public string TitleIn(CultureInfo? culture) =>
            DiagnosticTranslations.IsSimplifiedChinese(culture) && DiagnosticTranslations.SimplifiedChinese.TryGetValue(Id, out var translated) ? translated.Title : Title;

        /// <summary>The message format in the language of <paramref name="culture"/>: Simplified Chinese or English.</summary>
        public string MessageFormatIn(CultureInfo? culture) =>
            DiagnosticTranslations.IsSimplifiedChinese(culture) && DiagnosticTranslations.SimplifiedChinese.TryGetValue(Id, out var translated) ? translated.Message : MessageFormat;

        /// <summary>The message with <paramref name="arguments"/> in its holes, in the language of <paramref name="culture"/>.</summary>
        public string Format(IReadOnlyList<string> arguments, CultureInfo? culture)
        {
            // The reasons and marks the tool writes into a message are translated with it; the document's text is not.
            var chinese = DiagnosticTranslations.IsSimplifiedChinese(culture);
            var values = new object[arguments.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = chinese ? DiagnosticTranslations.TranslateArgument(Id, i, arguments[i]) : arguments[i];
            }

            return string.Format(CultureInfo.InvariantCulture, MessageFormatIn(culture), values);
        }

        /// <summary>The message with <paramref name="arguments"/> in its holes.</summary>
        public string Format(IReadOnlyList<string> arguments)
        {
            var values = new object[arguments.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = arguments[i];
            }

            return string.Format(CultureInfo.InvariantCulture, MessageFormat, values);
        }
    }
}
