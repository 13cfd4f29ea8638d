using System;

namespace ErrorCodes.Tool
{
    /// <summary>An input the command cannot use (a missing or unreadable file, binary data, a bad value): said in one line, never with a stack trace.</summary>
    internal sealed class InputException : Exception
    {
        public InputException(string message)
            : base(message)
        {
        }
    }
}
