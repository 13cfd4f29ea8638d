using System.ComponentModel;

namespace ErrorCodes
{
    /// <summary>
    /// The fields of an <see cref="ErrorCodeScenario"/>, as generated catalogs give them; hidden from IntelliSense. A
    /// field added later has a default that means "absent" (see <see cref="ErrorCodeInfoFields"/>). The arrays are
    /// taken as they are, not copied.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct ErrorCodeScenarioFields
    {
        /// <summary>The sub-heading's text.</summary>
        public string? Title;

        /// <summary>The scenario's message (错误信息); null for none.</summary>
        public string? Message;

        /// <summary>The scenario's description (错误描述); null for none.</summary>
        public string? Description;

        /// <summary>The scenario's possible causes (可能原因); null for none.</summary>
        public string[]? Causes;

        /// <summary>The scenario's steps (处理步骤); null for none.</summary>
        public string[]? Remediation;

        /// <summary>The scenario's sections under other labels; null for none.</summary>
        public ErrorCodeSection[]? Sections;

        /// <summary>The one-based line of the sub-heading; 0 for unknown.</summary>
        public int Line;
    }
}
