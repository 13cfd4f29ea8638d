namespace ErrorCodes.Model.Diagnostics
{
    /// <summary>How serious a diagnostic is; the values are Roslyn's <c>DiagnosticSeverity</c>'s, so the generator maps them one to one.</summary>
    public enum Severity
    {
        /// <summary>Reported to tools only; a build does not show it.</summary>
        Hidden = 0,

        /// <summary>Shown in the IDE; <c>dotnet build</c> does not print it, so it may never announce lost data.</summary>
        Info = 1,

        /// <summary>Printed by every build: something in the document is lost or guessed.</summary>
        Warning = 2,

        /// <summary>Fails the build: the catalog, or part of it, cannot be generated.</summary>
        Error = 3,
    }
}
