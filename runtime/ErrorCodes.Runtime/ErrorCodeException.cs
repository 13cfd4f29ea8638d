using System;

namespace ErrorCodes
{
    /// <summary>An exception that carries an error code and, when the code is known, what its document says of it.</summary>
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
        }

        /// <summary>Creates an exception for a code that may not be in any catalog; <paramref name="info"/> may be null.</summary>
        public ErrorCodeException(int code, ErrorCodeInfo? info, Exception? innerException = null)
            : base(info != null ? info.ToString() : ErrorCodeInfo.Format(code, "Unknown error code."), innerException)
        {
            if (info != null && info.Code != code)
            {
                throw new ArgumentException($"The info describes code {info.Code}, not {code}.", nameof(info));
            }

            Code = code;
            Info = info;
        }

        /// <summary>The numeric code.</summary>
        public int Code { get; }

        /// <summary>What the code's document says of it; null when the code was not found in a catalog.</summary>
        public ErrorCodeInfo? Info { get; }
    }
}
