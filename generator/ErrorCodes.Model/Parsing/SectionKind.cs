namespace ErrorCodes.Model.Parsing
{
    internal enum SectionKind
    {
        None,
        Message,
        Description,
        Causes,
        Remediation,
    }
}
