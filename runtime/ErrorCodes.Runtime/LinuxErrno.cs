using System.Net.Sockets;

namespace ErrorCodes
{
    /// <summary>
    /// The Linux kernel's errno for a socket error, on every system. OpenHarmony numbers its socket codes after the
    /// Linux errno (2301000 + errno) on every device, but <c>SocketException.NativeErrorCode</c> is the BSD
    /// errno on macOS (ECONNREFUSED is 61 there, 111 on Linux) and a Winsock code on Windows; the portable
    /// <see cref="SocketException.SocketErrorCode"/> is the same everywhere, and this maps it.
    /// </summary>
    public static class LinuxErrno
    {
        /// <summary>
        /// The Linux errno for <paramref name="error"/>; false for the values that have none: success, the generic
        /// <see cref="SocketError.SocketError"/>, Windows' own states (<see cref="SocketError.IOPending"/>,
        /// <see cref="SocketError.NotInitialized"/>, …) and the name resolver's results (<see cref="SocketError.HostNotFound"/>,
        /// <see cref="SocketError.TryAgain"/>, …), which are no errno.
        /// </summary>
        public static bool TryFromSocketError(SocketError error, out int errno)
        {
            errno = FromSocketErrorOrZero(error);
            return errno != 0;
        }

        /// <summary>The Linux errno of <paramref name="exception"/>'s <see cref="SocketException.SocketErrorCode"/>, as <see cref="TryFromSocketError"/>.</summary>
        public static bool TryFromSocketException(SocketException exception, out int errno)
        {
            if (exception == null)
            {
                throw new System.ArgumentNullException(nameof(exception));
            }

            return TryFromSocketError(exception.SocketErrorCode, out errno);
        }

        // The numbers are Linux's (asm-generic/errno-base.h and errno.h), which every Linux architecture but Alpha,
        // MIPS, PA-RISC and SPARC uses, OpenHarmony's among them.
        private static int FromSocketErrorOrZero(SocketError error)
        {
            switch (error)
            {
                case SocketError.Interrupted: return 4; // EINTR
                case SocketError.AccessDenied: return 13; // EACCES
                case SocketError.Fault: return 14; // EFAULT
                case SocketError.InvalidArgument: return 22; // EINVAL
                case SocketError.TooManyOpenSockets: return 24; // EMFILE
                case SocketError.WouldBlock: return 11; // EAGAIN, EWOULDBLOCK
                case SocketError.InProgress: return 115; // EINPROGRESS
                case SocketError.AlreadyInProgress: return 114; // EALREADY
                case SocketError.NotSocket: return 88; // ENOTSOCK
                case SocketError.DestinationAddressRequired: return 89; // EDESTADDRREQ
                case SocketError.MessageSize: return 90; // EMSGSIZE
                case SocketError.ProtocolType: return 91; // EPROTOTYPE
                case SocketError.ProtocolOption: return 92; // ENOPROTOOPT
                case SocketError.ProtocolNotSupported: return 93; // EPROTONOSUPPORT
                case SocketError.SocketNotSupported: return 94; // ESOCKTNOSUPPORT
                case SocketError.OperationNotSupported: return 95; // EOPNOTSUPP
                case SocketError.ProtocolFamilyNotSupported: return 96; // EPFNOSUPPORT
                case SocketError.AddressFamilyNotSupported: return 97; // EAFNOSUPPORT
                case SocketError.AddressAlreadyInUse: return 98; // EADDRINUSE
                case SocketError.AddressNotAvailable: return 99; // EADDRNOTAVAIL
                case SocketError.NetworkDown: return 100; // ENETDOWN
                case SocketError.NetworkUnreachable: return 101; // ENETUNREACH
                case SocketError.NetworkReset: return 102; // ENETRESET
                case SocketError.ConnectionAborted: return 103; // ECONNABORTED
                case SocketError.ConnectionReset: return 104; // ECONNRESET
                case SocketError.NoBufferSpaceAvailable: return 105; // ENOBUFS
                case SocketError.IsConnected: return 106; // EISCONN
                case SocketError.NotConnected: return 107; // ENOTCONN
                case SocketError.Shutdown: return 108; // ESHUTDOWN
                case SocketError.TimedOut: return 110; // ETIMEDOUT
                case SocketError.ConnectionRefused: return 111; // ECONNREFUSED
                case SocketError.HostDown: return 112; // EHOSTDOWN
                case SocketError.HostUnreachable: return 113; // EHOSTUNREACH
                case SocketError.OperationAborted: return 125; // ECANCELED, as .NET reports it on Linux
                default: return 0;
            }
        }
    }
}
