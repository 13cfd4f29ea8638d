using System;
using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>Everything an error-code document says about one code.</summary>
    /// <remarks>Generated catalogs create each instance once, when the catalog is first used.</remarks>
    public sealed class ErrorCodeInfo
    {
        /// <summary>Creates the description of one code; every argument but the code and its name may be left out.</summary>
        /// <param name="code">The numeric code.</param>
        /// <param name="name">The name of the code's enum member, such as <c>ConnectionTimedOut</c>.</param>
        /// <param name="title">The heading's text after the code, such as <c>连接超时</c>.</param>
        /// <param name="message">The English message (错误信息).</param>
        /// <param name="description">The description (错误描述).</param>
        /// <param name="causes">The possible causes (可能原因), one item each; copied.</param>
        /// <param name="remediation">The remediation steps (处理步骤), one item each; copied.</param>
        /// <param name="specFile">The spec file, relative to the project that generated the catalog, with '/' separators.</param>
        /// <param name="line">The one-based line of the code's heading in <paramref name="specFile"/>; 0 when unknown.</param>
        /// <param name="language">The language of the texts, such as <c>zh-CN</c> or <c>en</c>; empty when unknown.</param>
        /// <param name="isDeprecated">The document marks the code deprecated.</param>
        /// <param name="inDelRegion">The code sits in a <c>&lt;!--Del--&gt;</c> region, which one edition of the docs removes.</param>
        /// <param name="sections">The code's sections under labels that are none of the fields above; copied.</param>
        /// <param name="scenarios">The ways the error arises, when the document gives each a sub-heading; copied.</param>
        public ErrorCodeInfo(
            int code,
            string name,
            string title = "",
            string message = "",
            string description = "",
            string[]? causes = null,
            string[]? remediation = null,
            string specFile = "",
            int line = 0,
            string language = "",
            bool isDeprecated = false,
            bool inDelRegion = false,
            ErrorCodeSection[]? sections = null,
            ErrorCodeScenario[]? scenarios = null)
        {
            Code = code;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            Causes = ReadOnlyLists.Copy(causes);
            Remediation = ReadOnlyLists.Copy(remediation);
            SpecFile = specFile ?? throw new ArgumentNullException(nameof(specFile));
            Line = line;
            Language = language ?? throw new ArgumentNullException(nameof(language));
            IsDeprecated = isDeprecated;
            InDelRegion = inDelRegion;
            Sections = ReadOnlyLists.Copy(sections);
            Scenarios = ReadOnlyLists.Copy(scenarios);
        }

        // For an entry taken over under another code: the lists are already read-only copies, shared.
        private ErrorCodeInfo(ErrorCodeInfo source, int code, string description)
        {
            Code = code;
            Name = source.Name;
            Title = source.Title;
            Message = source.Message;
            Description = description;
            Causes = source.Causes;
            Remediation = source.Remediation;
            SpecFile = source.SpecFile;
            Line = source.Line;
            Language = source.Language;
            IsDeprecated = source.IsDeprecated;
            InDelRegion = source.InDelRegion;
            Sections = source.Sections;
            Scenarios = source.Scenarios;
        }

        /// <summary>The numeric code.</summary>
        public int Code { get; }

        /// <summary>The name of the code's enum member, such as <c>ConnectionTimedOut</c>.</summary>
        public string Name { get; }

        /// <summary>The heading's text after the code, such as <c>连接超时</c>.</summary>
        public string Title { get; }

        /// <summary>The English message (错误信息), such as <c>Connection timed out.</c>; empty when the document has none.</summary>
        public string Message { get; }

        /// <summary>The description (错误描述); empty when the document has none.</summary>
        public string Description { get; }

        /// <summary>The possible causes (可能原因), one item each, in document order.</summary>
        public IReadOnlyList<string> Causes { get; }

        /// <summary>The remediation steps (处理步骤), one item each, in document order.</summary>
        public IReadOnlyList<string> Remediation { get; }

        /// <summary>The spec file the code comes from, relative to the project that generated the catalog, with '/' separators.</summary>
        public string SpecFile { get; }

        /// <summary>The one-based line of the code's heading in <see cref="SpecFile"/>; 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>The language of the texts, such as <c>zh-CN</c> or <c>en</c>; empty when unknown.</summary>
        public string Language { get; }

        /// <summary>True when the document marks the code deprecated (<c>&lt;sup&gt;(deprecated)&lt;/sup&gt;</c>).</summary>
        public bool IsDeprecated { get; }

        /// <summary>
        /// True when the code sits between <c>&lt;!--Del--&gt;</c> and <c>&lt;!--DelEnd--&gt;</c>: content that one edition of
        /// the OpenHarmony docs removes, typically codes only system applications see.
        /// </summary>
        public bool InDelRegion { get; }

        /// <summary>The code's sections under labels that are none of the fields above, in document order, so that no text of the document is lost.</summary>
        public IReadOnlyList<ErrorCodeSection> Sections { get; }

        /// <summary>The ways the error arises, each with its fields, when the document gives each a sub-heading of the code; the fields above are the code's own, else the first scenario's.</summary>
        public IReadOnlyList<ErrorCodeScenario> Scenarios { get; }

        /// <summary>Returns <c>[code] message</c>, such as <c>[2303210] Connection timed out.</c>; the title when there is no message.</summary>
        public override string ToString() => Format(Code, Message.Length != 0 ? Message : Title);

        internal static string Format(int code, string text) => "[" + code.ToString(CultureInfo.InvariantCulture) + "] " + text;

        /// <summary>This entry under another code, as an errno rule ("2301000 + errno") takes a kernel entry over.</summary>
        internal ErrorCodeInfo WithCode(int code, string fallbackDescription) =>
            new ErrorCodeInfo(this, code, Description.Length != 0 ? Description : fallbackDescription);
    }
}
