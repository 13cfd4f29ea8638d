namespace ErrorCodes.Generator.Model
{
    /// <summary>A spec file's MSBuild item metadata and the project properties it needs.</summary>
    /// <param name="Namespace">The <c>Namespace</c> metadata, or null when not set.</param>
    /// <param name="EnumName">The <c>EnumName</c> metadata, or null when not set.</param>
    /// <param name="ClassName">The <c>ClassName</c> metadata, or null when not set.</param>
    /// <param name="ProjectDirectory">The consuming project's directory, or null when unknown.</param>
    /// <param name="RootNamespace">The consuming project's root namespace, or null when unknown.</param>
    /// <param name="MaxDiagnosticsPerId">How many diagnostics of one id a spec reports before it only counts the rest.</param>
    /// <param name="Severities">Severities the spec file's .editorconfig section sets for diagnostic ids.</param>
    /// <param name="Twin">The <c>Twin</c> metadata: the path of the same document in another language, or null.</param>
    /// <param name="Language">The <c>Language</c> metadata, or null to tell the language from the document.</param>
    /// <param name="IsTwin">The file is another spec's twin (<c>ErrorCodesSpec=twin</c>).</param>
    internal sealed record SpecOptions(
        string? Namespace,
        string? EnumName,
        string? ClassName,
        string? ProjectDirectory,
        string? RootNamespace,
        int MaxDiagnosticsPerId = SpecOptions.DefaultMaxDiagnosticsPerId,
        EquatableArray<SeverityOverride> Severities = default,
        string? Twin = null,
        string? Language = null,
        bool IsTwin = false)
    {
        public const int DefaultMaxDiagnosticsPerId = 100;
    }

    /// <summary>What the consuming compilation supports, which shapes the emitted code.</summary>
    /// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> annotations.</param>
    /// <param name="NotNullWhenAvailable">The compilation can use <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c>.</param>
    /// <param name="RuntimeReferenced">The compilation references ErrorCodes.Runtime, which the emitted code needs.</param>
    internal sealed record EmitOptions(bool NullableAnnotations, bool NotNullWhenAvailable, bool RuntimeReferenced);
}
