using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using Xunit;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>What a command printed, each stream apart and both as they came, and its exit code.</summary>
    internal sealed record ProcessResult(int ExitCode, string Output, string Error, string Combined);

    /// <summary>Runs a command, as a user would in a shell, and fails the test with its output when it fails.</summary>
    internal static class ProcessRunner
    {
        public static string Run(string fileName, string arguments, string workingDirectory, int expectedExitCode = 0, TimeSpan? timeout = null, IReadOnlyDictionary<string, string?>? environment = null)
        {
            var result = Start(fileName, arguments, workingDirectory, timeout, environment);
            Assert.True(result.ExitCode == expectedExitCode, $"'{fileName} {arguments}' exited with {result.ExitCode}, not {expectedExitCode}:\n{result.Combined}");
            return result.Combined;
        }

        /// <summary>Runs a command and returns what it printed, whatever its exit code.</summary>
        /// <param name="environment">Variables to set, or with a null value to take away, for this command only.</param>
        /// <param name="input">The command's standard input, closed after it; none when null.</param>
        public static ProcessResult Start(string fileName, string arguments, string workingDirectory, TimeSpan? timeout = null, IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
        {
            var start = StartInfo(fileName, arguments, workingDirectory);
            start.RedirectStandardInput = input != null;
            if (input != null)
            {
                start.StandardInputEncoding = new UTF8Encoding(false);
            }

            foreach (var variable in environment ?? new Dictionary<string, string?>())
            {
                if (variable.Value == null)
                {
                    start.Environment.Remove(variable.Key);
                }
                else
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }

            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            var error = new StringBuilder();
            var combined = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(e.Data, output, combined);
            process.ErrorDataReceived += (_, e) => Append(e.Data, error, combined);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (input != null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{fileName} {arguments}' did not finish in time:\n{combined}");
            }

            process.WaitForExit();
            lock (combined)
            {
                return new ProcessResult(process.ExitCode, output.ToString(), error.ToString(), combined.ToString());
            }
        }

        private static void Append(string? line, StringBuilder stream, StringBuilder combined)
        {
            if (line == null)
            {
                return;
            }

            lock (combined)
            {
                stream.Append(line).Append('\n');
                combined.Append(line).Append('\n');
            }
        }

        /// <summary>
        /// How to start a command with its output redirected as UTF-8, in an environment without the MSBuild settings of
        /// the dotnet test that runs this, which must not leak into the builds (or the language server) a test starts.
        /// </summary>
        public static ProcessStartInfo StartInfo(string fileName, string arguments, string workingDirectory)
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
            return start;
        }
    }
}
