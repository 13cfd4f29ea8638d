using System;
using System.Globalization;
using System.Text;
using ErrorCodes;

namespace ErrorCodes.Sample
{
    /// <summary>Looks up OpenHarmony socket error codes in the catalog generated from spec/errorcode-net-socket.md.</summary>
    public static class Program
    {
        private const string Usage =
            "Usage:\n" +
            "  ErrorCodes.Sample <code>   show everything the spec says about a code, e.g. 2303210\n" +
            "  ErrorCodes.Sample --list   list every code of the spec";

        public static int Main(string[] args)
        {
            Console.OutputEncoding = Encoding.UTF8;
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

            if (!NetSocketErrorCodes.TryGetInfo(code, out var info))
            {
                Console.Error.WriteLine($"{code} is not a code of {NetSocketErrorCodes.Title} ({NetSocketErrorCodes.All.Count} codes; --list shows them).");
                return 1;
            }

            Show(info);
            return 0;
        }

        private static void Show(ErrorCodeInfo info)
        {
            Console.WriteLine($"{info.Code} {info.Name}");
            Console.WriteLine($"Title:       {info.Title}");
            Console.WriteLine($"Message:     {info.Message}");
            Console.WriteLine($"Description: {info.Description}");
            WriteItems("Causes:", info.Causes);
            WriteItems("Steps:", info.Remediation);
            Console.WriteLine($"Source:      {info.SpecFile}:{info.Line}");
        }

        private static void WriteItems(string label, System.Collections.Generic.IReadOnlyList<string> items)
        {
            Console.WriteLine(label);
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
