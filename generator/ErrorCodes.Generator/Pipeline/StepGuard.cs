using System;
using ErrorCodes.Model.Diagnostics;

namespace ErrorCodes.Generator.Pipeline
{
    /// <summary>
    /// Runs one spec's part of a step so that its failure is that spec's error (ECG0099, at the spec), never an
    /// exception: one that reaches Roslyn makes it drop every file the generator made, for every spec of the project.
    /// </summary>
    internal sealed class StepGuard
    {
        // What tests inject: called with the step's name and the spec's path before the step, it may throw as a bug would.
        private readonly Action<string, string>? _fault;

        public StepGuard(Action<string, string>? fault = null) => _fault = fault;

        /// <summary>The step's result, or what <paramref name="failed"/> makes of the error that says it failed.</summary>
        public T Run<T>(string step, string specPath, Func<T> run, Func<DiagnosticInfo, T> failed)
        {
            try
            {
                _fault?.Invoke(step, specPath);
                return run();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return failed(Failure(specPath, exception));
            }
        }

        /// <summary>ECG0099 at the start of the spec, with what failed.</summary>
        public static DiagnosticInfo Failure(string specPath, Exception exception) =>
            DiagnosticInfo.Create(DiagnosticRules.InternalError, TextLocation.StartOf(specPath), exception.GetType().Name + ": " + exception.Message);
    }
}
