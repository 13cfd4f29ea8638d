using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using Xunit;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Runs a command, as a user would in a shell, and fails the test with its output when it fails.</summary>
    internal static class ProcessRunner
    {
        public static string Run(string fileName, string arguments, string workingDirectory, int expectedExitCode = 0, TimeSpan? timeout = null)
        {
            var start = new ProcessStartInfo(fileName, arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };

            // The test host runs under dotnet test, whose MSBuild settings must not leak into the builds the test starts.
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";

            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{fileName} {arguments}' did not finish in time:\n{output}");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == expectedExitCode, $"'{fileName} {arguments}' exited with {process.ExitCode}, not {expectedExitCode}:\n{output}");
            return output.ToString();
        }
    }
}
