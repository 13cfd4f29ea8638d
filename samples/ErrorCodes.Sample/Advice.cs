namespace ErrorCodes.Sample
{
    /// <summary>
    /// What this program advises for the codes it knows by name. The names are the ones spec/errorcode-net-socket.names
    /// records: the current edition of the document words three of these messages differently, which would rename their
    /// members, and this code compiles against either edition.
    /// </summary>
    internal static class Advice
    {
        public static string? For(NetSocketErrorCode code) => code switch
        {
            NetSocketErrorCode.ConnectionTimedOut => "the server did not answer; retry later, or check that it is up.",
            NetSocketErrorCode.SocketOperationOnNonSocket => "the descriptor is no socket; check where the program got it.",
            NetSocketErrorCode.CannotAssignRequestedAddress => "the local address is not this device's; bind to another.",
            NetSocketErrorCode.ErrorLookingUpX509 => "the certificate did not verify; check the CA certificates installed.",
            _ => null,
        };
    }
}
