namespace ErrorCodes.Generator
{
    /// <summary>Names of the pipeline steps, so tests can check which steps re-ran.</summary>
    internal static class TrackingNames
    {
        public const string SpecFiles = nameof(SpecFiles);
        public const string Specs = nameof(Specs);
        public const string Plans = nameof(Plans);
        public const string EmitOptions = nameof(EmitOptions);
    }
}
