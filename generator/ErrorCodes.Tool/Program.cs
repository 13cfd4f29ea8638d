using System;
using System.Text;

namespace ErrorCodes.Tool
{
    /// <summary>The <c>errorcodes</c> command.</summary>
    internal static class Program
    {
        public static int Main(string[] args)
        {
            Console.OutputEncoding = Encoding.UTF8;
            return Cli.Run(args, Console.Out, Console.Error);
        }
    }
}
