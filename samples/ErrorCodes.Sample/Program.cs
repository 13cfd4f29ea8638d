using System;
using System.Globalization;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using ErrorCodes;

namespace ErrorCodes.Sample
{
    /// <summary>
    /// Looks up OpenHarmony socket error codes in the catalogs generated from spec/: the socket document, the kernel errno
    /// table its "2301000 + errno" rule points to, and the universal codes it links; then the same code across the whole
    /// platform, from the ErrorCodes.OpenHarmony package.
    /// </summary>
    public static class Program
    {
        private const string Usage =
            "Usage:\n" +
            "  ErrorCodes.Sample <code>   show everything the spec says about a code, e.g. 2303210, and what every\n" +
            "                             module of OpenHarmony says about it\n" +
            "  ErrorCodes.Sample --list   list every code of the spec\n" +
            "  ErrorCodes.Sample search WORDS...\n" +
            "                             find OpenHarmony's codes by their words, e.g. search 超时\n" +
            "  ErrorCodes.Sample annotate   copy a log from standard input, each code it names annotated\n" +
            "  ErrorCodes.Sample connect HOST:PORT\n" +
            "                             open a TCP connection; on failure, show the OpenHarmony code its errno maps to";

        public static int Main(string[] args)
        {
            Console.OutputEncoding = Encoding.UTF8;
            if (args.Length == 2 && args[0] == "connect")
            {
                return Connect(args[1]);
            }

            if (args.Length >= 2 && args[0] == "search")
            {
                return Platform.Search(args.Skip(1).ToArray());
            }

            if (args.Length == 1 && args[0] == "annotate")
            {
                for (var line = Console.ReadLine(); line != null; line = Console.ReadLine())
                {
                    Console.WriteLine(Platform.Annotate(line));
                }

                return 0;
            }

            if (args.Length != 1)
            {
                Console.Error.WriteLine(Usage);
                return 1;
            }

            if (args[0] == "--list")
            {
                List();
                return 0;
            }

            if (!int.TryParse(args[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                Console.Error.WriteLine($"'{args[0]}' is not an error code: a code is a whole number such as 2303210.");
                Console.Error.WriteLine(Usage);
                return 1;
            }

            var inSpec = NetSocketErrorCodes.TryGetInfo(code, out var info);
            if (inSpec)
            {
                Show(info!);
                var advice = Advice.For((NetSocketErrorCode)code);
                if (advice != null)
                {
                    Console.WriteLine($"Advice:      {advice}");
                }
            }
            else
            {
                Console.WriteLine($"{code} is not a code of {NetSocketErrorCodes.Title} ({NetSocketErrorCodes.All.Count} codes; --list shows them).");
            }

            Console.WriteLine();
            var onPlatform = Platform.ShowEveryModule(code);
            if (onPlatform)
            {
                var line = "E net: connect failed, errCode=" + code.ToString(CultureInfo.InvariantCulture);
                Console.WriteLine();
                Console.WriteLine("A log line that names it, annotated:");
                Console.WriteLine("  " + Platform.Annotate(line));
            }

            return inSpec || onPlatform ? 0 : 1;
        }

        private static int Connect(string target)
        {
            var colon = target.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(target.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port < 1 || port > 65535)
            {
                Console.Error.WriteLine($"'{target}' is not HOST:PORT, such as 127.0.0.1:9.");
                Console.Error.WriteLine(Usage);
                return 1;
            }

            var host = target.Substring(0, colon).Trim('[', ']');
            try
            {
                using var client = new TcpClient();
                if (!client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(10)))
                {
                    return Explain(target, 110, "no answer within 10 seconds");
                }

                Console.WriteLine($"Connected to {target}.");
                return 0;
            }
            catch (AggregateException exception) when (exception.InnerException is SocketException socketException)
            {
                return Explain(target, Errno(socketException), socketException.Message);
            }
            catch (SocketException exception)
            {
                return Explain(target, Errno(exception), exception.Message);
            }
        }

        // The portable SocketErrorCode as the Linux errno OpenHarmony's codes follow, on every system: the native
        // error code is the BSD errno on macOS and a Winsock code on Windows.
        private static int Errno(SocketException exception) =>
            LinuxErrno.TryFromSocketException(exception, out var errno) ? errno : -1;

        private static int Explain(string target, int errno, string reason)
        {
            Console.WriteLine($"Connecting to {target} failed: {reason} (errno {errno}).");
            if (errno < 1)
            {
                Console.WriteLine("That is no kernel errno, so no OpenHarmony socket code maps to it.");
                return 1;
            }

            var code = NetSocketErrorCodes.FromErrno(errno);
            if (!NetSocketErrorCodes.TryGetInfo((int)code, out var info))
            {
                Console.WriteLine($"OpenHarmony reports it as {(int)code}, which neither the socket spec nor the kernel table describes.");
                return 1;
            }

            Console.WriteLine($"OpenHarmony reports it as {(int)code} ({(code.IsDefined() ? "listed in the socket spec" : "2301000 + errno, by the socket spec's rule")}):");
            Console.WriteLine();
            Show(info);
            return 1;
        }

        private static void Show(ErrorCodeInfo info)
        {
            Console.WriteLine($"{info.Code} {info.Name}");
            Console.WriteLine($"Title:       {info.Title}");
            Console.WriteLine($"Message:     {info.Message}");
            Console.WriteLine($"Description: {info.Description}");
            WriteItems("Causes:", "causes", info.Causes);
            WriteItems("Steps:", "steps", info.Remediation);

            Console.WriteLine($"Source:      {info.SpecFile}:{info.Line}");
        }

        private static void WriteItems(string label, string what, System.Collections.Generic.IReadOnlyList<string> items)
        {
            Console.WriteLine(label);
            if (items.Count == 0)
            {
                Console.WriteLine($"  (the specs give no {what} for this code)");
            }
            for (var i = 0; i < items.Count; i++)
            {
                var lines = items[i].Split('\n');
                Console.WriteLine($"  {i + 1}. {lines[0]}");
                for (var j = 1; j < lines.Length; j++)
                {
                    Console.WriteLine($"     {lines[j]}");
                }
            }
        }

        private static void List()
        {
            Console.WriteLine(NetSocketErrorCodes.Title);
            Console.WriteLine();
            const string Row = "{0,-8}  {1,-38}  {2,-44}  {3}";
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, Row, "Code", "Name", "Message", "Title"));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, Row, new string('-', 8), new string('-', 38), new string('-', 44), new string('-', 8)));
            foreach (var info in NetSocketErrorCodes.All)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, Row, info.Code, info.Name, info.Message, info.Title));
            }
        }
    }
}
