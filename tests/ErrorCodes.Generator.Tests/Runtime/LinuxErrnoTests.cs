using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Runtime
{
    /// <summary>LinuxErrno: every SocketError value, against the kernel errno table of the upstream documents.</summary>
    public sealed class LinuxErrnoTests
    {
        // What each value is in Linux's terms, written from errno.h; the kernel table of the documents must agree where it
        // has the number (it lacks ESHUTDOWN, 108).
        private static readonly Dictionary<SocketError, (string Name, int Number)> s_linux = new()
        {
            [SocketError.Interrupted] = ("EINTR", 4),
            [SocketError.AccessDenied] = ("EACCES", 13),
            [SocketError.Fault] = ("EFAULT", 14),
            [SocketError.InvalidArgument] = ("EINVAL", 22),
            [SocketError.TooManyOpenSockets] = ("EMFILE", 24),
            [SocketError.WouldBlock] = ("EAGAIN", 11),
            [SocketError.InProgress] = ("EINPROGRESS", 115),
            [SocketError.AlreadyInProgress] = ("EALREADY", 114),
            [SocketError.NotSocket] = ("ENOTSOCK", 88),
            [SocketError.DestinationAddressRequired] = ("EDESTADDRREQ", 89),
            [SocketError.MessageSize] = ("EMSGSIZE", 90),
            [SocketError.ProtocolType] = ("EPROTOTYPE", 91),
            [SocketError.ProtocolOption] = ("ENOPROTOOPT", 92),
            [SocketError.ProtocolNotSupported] = ("EPROTONOSUPPORT", 93),
            [SocketError.SocketNotSupported] = ("ESOCKTNOSUPPORT", 94),
            [SocketError.OperationNotSupported] = ("EOPNOTSUPP", 95),
            [SocketError.ProtocolFamilyNotSupported] = ("EPFNOSUPPORT", 96),
            [SocketError.AddressFamilyNotSupported] = ("EAFNOSUPPORT", 97),
            [SocketError.AddressAlreadyInUse] = ("EADDRINUSE", 98),
            [SocketError.AddressNotAvailable] = ("EADDRNOTAVAIL", 99),
            [SocketError.NetworkDown] = ("ENETDOWN", 100),
            [SocketError.NetworkUnreachable] = ("ENETUNREACH", 101),
            [SocketError.NetworkReset] = ("ENETRESET", 102),
            [SocketError.ConnectionAborted] = ("ECONNABORTED", 103),
            [SocketError.ConnectionReset] = ("ECONNRESET", 104),
            [SocketError.NoBufferSpaceAvailable] = ("ENOBUFS", 105),
            [SocketError.IsConnected] = ("EISCONN", 106),
            [SocketError.NotConnected] = ("ENOTCONN", 107),
            [SocketError.Shutdown] = ("ESHUTDOWN", 108),
            [SocketError.TimedOut] = ("ETIMEDOUT", 110),
            [SocketError.ConnectionRefused] = ("ECONNREFUSED", 111),
            [SocketError.HostDown] = ("EHOSTDOWN", 112),
            [SocketError.HostUnreachable] = ("EHOSTUNREACH", 113),
            [SocketError.OperationAborted] = ("ECANCELED", 125),
        };

        // Values with no errno: success and the generic error, Windows' own states, and the name resolver's results.
        private static readonly SocketError[] s_none =
        {
            SocketError.Success, SocketError.SocketError, SocketError.IOPending, SocketError.ProcessLimit,
            SocketError.SystemNotReady, SocketError.VersionNotSupported, SocketError.NotInitialized, SocketError.Disconnecting,
            SocketError.TypeNotFound, SocketError.HostNotFound, SocketError.TryAgain, SocketError.NoRecovery, SocketError.NoData,
        };

        private static readonly Lazy<CatalogModel> s_kernel = new(() =>
        {
            var spec = Fixtures.Spec("errorcode-kernel.md");
            return CatalogBuilder.Build(SpecParser.Parse(spec.Path, spec.Text, CancellationToken.None), null, new CatalogOptions()).Catalog!;
        });

        public static IEnumerable<object[]> EverySocketError() =>
            Enum.GetValues<SocketError>().Distinct().Select(value => new object[] { value });

        [Theory]
        [MemberData(nameof(EverySocketError))]
        public void EveryValueIsTheLinuxErrnoTheKernelTableNamesOrHasNone(SocketError error)
        {
            var mapped = ErrorCodes.LinuxErrno.TryFromSocketError(error, out var errno);

            if (s_linux.TryGetValue(error, out var linux))
            {
                Assert.True(mapped, $"{error} should map to {linux.Name}");
                Assert.Equal(linux.Number, errno);
                var entries = s_kernel.Value.Entries.Where(entry => entry.Code == errno).ToList();
                Assert.True(entries.Count != 0 || linux.Name == "ESHUTDOWN", $"{error} maps to {errno}, which the kernel table does not have");
                if (entries.Count != 0)
                {
                    Assert.Contains(linux.Name, entries.Select(entry => entry.MemberName));
                }
            }
            else
            {
                Assert.Contains(error, s_none);
                Assert.False(mapped);
                Assert.Equal(0, errno);
            }
        }

        [Fact]
        public void ARefusedConnectionIsEconnrefusedAndOnLinuxItsNativeErrorCode()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            var exception = Assert.Throws<SocketException>(() => client.Connect(IPAddress.Loopback, port));

            Assert.True(ErrorCodes.LinuxErrno.TryFromSocketException(exception, out var errno));
            Assert.Equal(111, errno);
            if (OperatingSystem.IsLinux())
            {
                Assert.Equal(exception.NativeErrorCode, errno);
            }
        }

        [Fact]
        public void TheGeneratedCatalogTakesASocketExceptionByItsRule()
        {
            Assert.True(Consumption.NetSocketErrorCodes.TryFromSocketException(new SocketException((int)SocketError.ConnectionRefused), out var refused));
            Assert.Equal(2301111, (int)refused);
            Assert.True(Consumption.NetSocketErrorCodes.TryFromSocketException(new SocketException((int)SocketError.TimedOut), out var timedOut));
            Assert.Equal(2301110, (int)timedOut);
            Assert.False(Consumption.NetSocketErrorCodes.TryFromSocketException(new SocketException((int)SocketError.HostNotFound), out var none));
            Assert.Equal(0, (int)none);
            Assert.Equal("exception", Assert.Throws<ArgumentNullException>(() => Consumption.NetSocketErrorCodes.TryFromSocketException(null!, out _)).ParamName);
        }
    }
}
