namespace ErrorCodes.Generator
{
    /// <summary>Names of the pipeline's steps, so that tests can check which steps re-ran.</summary>
    internal static class TrackingNames
    {
        public const string SpecFiles = nameof(SpecFiles);
        public const string Documents = nameof(Documents);
        public const string NamesFiles = nameof(NamesFiles);
        public const string CatalogInputs = nameof(CatalogInputs);
        public const string Catalogs = nameof(Catalogs);
        public const string EmitOptions = nameof(EmitOptions);
        public const string Plans = nameof(Plans);
        public const string Outputs = nameof(Outputs);

        /// <summary>Every step, in pipeline order.</summary>
        public static readonly string[] All = { SpecFiles, Documents, NamesFiles, CatalogInputs, Catalogs, EmitOptions, Plans, Outputs };
    }
}
