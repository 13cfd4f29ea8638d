namespace ErrorCodes.Model.Parsing
{
    internal enum SectionKind
    {
        None,
        Message,
        Description,
        Causes,
        Remediation,

        /// <summary>A section under a label that is none of the four fields, kept with its label.</summary>
        Other,
    }
}
