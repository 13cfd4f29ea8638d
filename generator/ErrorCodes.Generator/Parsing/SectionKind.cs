namespace ErrorCodes.Generator.Parsing
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
