using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ErrorCodes
{
    /// <summary>One way an error arises, when the document gives it a sub-heading of the code and fields of its own.</summary>
    public sealed class ErrorCodeScenario
    {
        /// <summary>Creates a scenario; every argument but the title may be left out.</summary>
        /// <param name="title">The sub-heading's text.</param>
        /// <param name="message">The scenario's message (错误信息).</param>
        /// <param name="description">The scenario's description (错误描述).</param>
        /// <param name="causes">The scenario's possible causes (可能原因), one item each; copied.</param>
        /// <param name="remediation">The scenario's steps (处理步骤), one item each; copied.</param>
        /// <param name="sections">The scenario's sections under other labels; copied.</param>
        /// <param name="line">The one-based line of the sub-heading; 0 when unknown.</param>
        public ErrorCodeScenario(
            string title,
            string message = "",
            string description = "",
            string[]? causes = null,
            string[]? remediation = null,
            ErrorCodeSection[]? sections = null,
            int line = 0)
        {
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            Causes = ReadOnlyLists.Copy(causes);
            Remediation = ReadOnlyLists.Copy(remediation);
            Sections = ReadOnlyLists.Copy(sections);
            Line = line;
        }

        /// <summary>Creates a scenario from its fields, as generated catalogs do; the arrays are taken, not copied.</summary>
        /// <param name="fields">The fields; every one but the title may be left at its default.</param>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public ErrorCodeScenario(ErrorCodeScenarioFields fields)
        {
            Title = fields.Title ?? throw new ArgumentException("A scenario needs a title.", nameof(fields));
            Message = fields.Message ?? string.Empty;
            Description = fields.Description ?? string.Empty;
            Causes = ReadOnlyLists.Take(fields.Causes);
            Remediation = ReadOnlyLists.Take(fields.Remediation);
            Sections = ReadOnlyLists.Take(fields.Sections);
            Line = fields.Line;
        }

        /// <summary>The sub-heading's text.</summary>
        public string Title { get; }

        /// <summary>The scenario's message (错误信息); empty when it has none.</summary>
        public string Message { get; }

        /// <summary>The scenario's description (错误描述); empty when it has none.</summary>
        public string Description { get; }

        /// <summary>The scenario's possible causes (可能原因), one item each.</summary>
        public IReadOnlyList<string> Causes { get; }

        /// <summary>The scenario's steps (处理步骤), one item each.</summary>
        public IReadOnlyList<string> Remediation { get; }

        /// <summary>The scenario's sections under other labels.</summary>
        public IReadOnlyList<ErrorCodeSection> Sections { get; }

        /// <summary>The one-based line of the sub-heading in the code's spec file; 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>Returns the title.</summary>
        public override string ToString() => Title;
    }
}
