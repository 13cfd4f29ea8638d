namespace ErrorCodes.Tool
{
    /// <summary>What the command's exit code says; the README lists them.</summary>
    internal static class ExitCodes
    {
        /// <summary>Done: no error in the documents (lint), no breaking change (diff), the code found (explain).</summary>
        public const int Success = 0;

        /// <summary>lint found an error (or a warning, with --warnaserror); explain found the code in no document.</summary>
        public const int Failed = 1;

        /// <summary>diff found a breaking change: a code removed, renamed or renumbered.</summary>
        public const int Breaking = 2;

        /// <summary>The command line is wrong, or an input cannot be read or is no text.</summary>
        public const int BadInput = 3;
    }
}
