namespace ErrorCodes.Generator.Model
{
    /// <summary>What to do with one spec, decided with every spec of the project in view.</summary>
    /// <param name="Spec">The spec's model and its own diagnostics.</param>
    /// <param name="HintName">The generated file's name, or null when the spec generates no source.</param>
    /// <param name="Diagnostics">Diagnostics that come from the project as a whole, such as two specs that generate the same type.</param>
    /// <param name="ReportSpecDiagnostics">False for a spec listed a second time, whose diagnostics the first listing reports.</param>
    internal sealed record EmitPlan(
        SpecResult Spec,
        string? HintName,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool ReportSpecDiagnostics,
        EmitOptions Options);
}
