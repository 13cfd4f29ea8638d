using System.IO;
using ErrorCodes.Tool;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary>What one run of the command printed, and its exit code.</summary>
    internal sealed record ToolResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- output\n{Output}--- error\n{Error}";
    }

    /// <summary>Runs the <c>errorcodes</c> command in the test's process, as its Main does, with its output captured.</summary>
    internal static class Errorcodes
    {
        public static ToolResult Run(params string[] args) => RunWithInput(string.Empty, args);

        /// <summary>As <see cref="Run"/>, with <paramref name="input"/> as the command's standard input.</summary>
        public static ToolResult RunWithInput(string input, params string[] args)
        {
            using var output = new StringWriter { NewLine = "\n" };
            using var error = new StringWriter { NewLine = "\n" };
            using var reader = new StringReader(input);
            var exitCode = Cli.Run(args, output, error, reader);
            return new ToolResult(exitCode, output.ToString(), error.ToString());
        }
    }
}
