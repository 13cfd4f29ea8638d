using System.ComponentModel;

namespace ErrorCodes
{
    /// <summary>
    /// The fields of an <see cref="ErrorCodeInfo"/>, as generated catalogs give them: hidden from IntelliSense, since
    /// code written by hand has the constructor with named arguments.
    /// </summary>
    /// <remarks>
    /// Generated code creates every entry through <see cref="ErrorCodeInfo(ErrorCodeInfoFields)"/> and sets only the
    /// fields it knows. A field added later is a new field here whose default means "absent", so an assembly generated
    /// before it still runs unchanged: no constructor overload is ever added or removed for a new field. The arrays are
    /// taken as they are, not copied: whoever fills them gives them up.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct ErrorCodeInfoFields
    {
        /// <summary>The numeric code.</summary>
        public int Code;

        /// <summary>The name of the code's enum member.</summary>
        public string? Name;

        /// <summary>The heading's text after the code; null for none.</summary>
        public string? Title;

        /// <summary>The message (错误信息); null for none.</summary>
        public string? Message;

        /// <summary>The description (错误描述); null for none.</summary>
        public string? Description;

        /// <summary>The possible causes (可能原因), one item each; null for none.</summary>
        public string[]? Causes;

        /// <summary>The remediation steps (处理步骤), one item each; null for none.</summary>
        public string[]? Remediation;

        /// <summary>The spec file, relative to the project that generated the catalog, with '/' separators; null for unknown.</summary>
        public string? SpecFile;

        /// <summary>The one-based line of the code's heading; 0 for unknown.</summary>
        public int Line;

        /// <summary>The language of the texts, such as <c>zh-CN</c>; null for unknown.</summary>
        public string? Language;

        /// <summary>The document marks the code deprecated.</summary>
        public bool IsDeprecated;

        /// <summary>The code sits in a <c>&lt;!--Del--&gt;</c> region.</summary>
        public bool InDelRegion;

        /// <summary>The code's sections under other labels; null for none.</summary>
        public ErrorCodeSection[]? Sections;

        /// <summary>The ways the error arises; null for none.</summary>
        public ErrorCodeScenario[]? Scenarios;

        /// <summary>The page of the code in an error index, such as <c>https://errors.example.org/errorcode-net-socket/2303210.html</c>; null for none.</summary>
        public string? HelpLink;
    }
}
