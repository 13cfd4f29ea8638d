using System;

namespace ErrorCodes
{
    /// <summary>An exception that carries an error code and, when the code is known, what its document says of it.</summary>
    /// <remarks>
    /// <see cref="Exception.HelpLink"/> is the entry's <see cref="ErrorCodeInfo.HelpLink"/>, the page of the code in an
    /// error index, when its catalog has one; loggers and crash reporters that print the BCL property show it.
    /// </remarks>
    public class ErrorCodeException : Exception
    {
        /// <summary>Creates an exception for a known code; its message reads like <c>[2303210] Connection timed out.</c></summary>
        public ErrorCodeException(ErrorCodeInfo info)
            : this(info, innerException: null)
        {
        }

        /// <summary>Creates an exception for a known code, caused by <paramref name="innerException"/>.</summary>
        public ErrorCodeException(ErrorCodeInfo info, Exception? innerException)
            : base((info ?? throw new ArgumentNullException(nameof(info))).ToString(), innerException)
        {
            Code = info.Code;
            Info = info;
            HelpLink = info.HelpLink;
        }

        /// <summary>Creates an exception for a code that may not be in any catalog; <paramref name="info"/> may be null.</summary>
#pragma warning disable RS0027 // Shipped with its optional parameter; the overload with a message, which has more, came later and is told apart by the type of its third.
        public ErrorCodeException(int code, ErrorCodeInfo? info, Exception? innerException = null)
#pragma warning restore RS0027
            : this(code, info, string.Empty, innerException)
        {
        }

        /// <summary>
        /// Creates an exception for a code whose message is <paramref name="message"/>, such as the one a catalog's
        /// <c>FormatMessage</c> fills in, after the code in brackets; an empty message reads as without one.
        /// </summary>
        public ErrorCodeException(int code, ErrorCodeInfo? info, string message, Exception? innerException)
            : base(message != null && message.Length != 0 ? ErrorCodeInfo.Format(code, message) : info != null ? info.ToString() : ErrorCodeInfo.Format(code, "Unknown error code."), innerException)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            if (info != null && info.Code != code)
            {
                throw new ArgumentException($"The info describes code {info.Code}, not {code}.", nameof(info));
            }

            Code = code;
            Info = info;
            HelpLink = info?.HelpLink;
        }

        /// <summary>The numeric code.</summary>
        public int Code { get; }

        /// <summary>What the code's document says of it; null when the code was not found in a catalog.</summary>
        public ErrorCodeInfo? Info { get; }
    }
}
