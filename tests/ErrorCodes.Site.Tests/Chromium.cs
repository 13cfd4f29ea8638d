using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ErrorCodes.Site.Tests
{
    /// <summary>
    /// The machine's Chromium: the one ERRORCODES_CHROMIUM names, else Debian's (chromium), which is installed with the
    /// fonts its Chinese pages need when it is missing and apt-get can install it. Playwright never downloads one.
    /// </summary>
    internal static class Chromium
    {
        // The binary itself rather than /usr/bin/chromium, a shell script around it.
        private static readonly string[] s_known = { "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };

        private static readonly object s_gate = new();

        public static string Path()
        {
            lock (s_gate)
            {
                if (Environment.GetEnvironmentVariable("ERRORCODES_CHROMIUM") is { Length: > 0 } named)
                {
                    return File.Exists(named) ? named : throw new InvalidOperationException($"ERRORCODES_CHROMIUM names {named}, which is not there.");
                }

                if (Find() is { } found)
                {
                    return found;
                }

                Install();
                return Find() ?? throw new InvalidOperationException(
                    "No Chromium: the browser tests need Debian's chromium package (apt-get install chromium fonts-noto-cjk) or ERRORCODES_CHROMIUM naming a Chromium or Chrome binary.");
            }
        }

        private static string? Find() => s_known.FirstOrDefault(File.Exists);

        // As CI runs the tests: as root on Debian. Elsewhere this says what to install, and the tests fail.
        private static void Install()
        {
            if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
            {
                return;
            }

            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq --no-install-recommends chromium fonts-noto-cjk");
        }

        private static void Run(string command, string arguments)
        {
            var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command} {arguments} exited with {process.ExitCode}: {error}{output.Result}");
            }
        }
    }
}
