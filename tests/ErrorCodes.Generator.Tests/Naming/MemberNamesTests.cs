using System.Collections.Generic;
using ErrorCodes.Model.Naming;
using Xunit;

namespace ErrorCodes.Generator.Tests.Naming
{
    /// <summary>Enum member names from English messages: the first sentence in PascalCase, as the README documents.</summary>
    public sealed class MemberNamesTests
    {
        [Theory]
        [InlineData("Operation not permitted.", "OperationNotPermitted")]
        [InlineData("Error looking up x509.", "ErrorLookingUpX509")]
        [InlineData("SSL is null.", "SslIsNull")]
        [InlineData("Can't connect: possible causes: 1. No network.", "CantConnect")]
        [InlineData("Resource temporarily unavailable, try again", "ResourceTemporarilyUnavailableTryAgain")]
        [InlineData("802.11 link lost.", "_80211LinkLost")]
        [InlineData("An error occurred when verifying the x509 certificate.", "ErrorVerifyingX509Certificate")]
        [InlineData("An error occurred in the TLS system call.", "ErrorInTlsSystemCall")]
        [InlineData("The ${messageInfo} is not supported.", "MessageInfoIsNotSupported")]
        [InlineData("Failed to connect to the IPv4 gateway.", "FailedToConnectToIPv4Gateway")]
        [InlineData("The", "The")]
        [InlineData("Not a socket.", "NotASocket")]
        [InlineData("参数错误。", null)]
        [InlineData("", null)]
        public void TheFirstSentenceInPascalCase(string message, string? expected) => Assert.Equal(expected, MemberNames.FromMessage(message));

        [Fact]
        public void ALongMessageStopsAtAWordWithinTheLimit()
        {
            var name = MemberNames.FromMessage("An error occurred when verifying the X.509 certificate of the server during the TLS handshake with the peer and more.");

            Assert.Equal("ErrorVerifyingX509CertificateOfServerDuringTlsHandshakeWithPeer", name);
            Assert.True(name!.Length <= MemberNames.MaxLength);
        }

        [Fact]
        public void ANameCutAtTheLimitDoesNotEndOnAConnector()
        {
            var name = MemberNames.FromMessage("Redirection to a third-party application is not allowed in API version 11 or later.");

            Assert.Equal("RedirectionToAThirdPartyApplicationIsNotAllowedInApiVersion11", name);
        }

        [Theory]
        [InlineData(2301001, "Code2301001")]
        [InlineData(-1, "CodeMinus1")]
        [InlineData(int.MinValue, "CodeMinus2147483648")]
        public void ACodeNamesItselfWhenItsMessageCannot(int code, string expected) => Assert.Equal(expected, MemberNames.FromCode(code));

        [Fact]
        public void ASuffixedNameThatIsTakenTooGetsACounter()
        {
            var taken = new HashSet<string> { "LinkFailed", "LinkFailed_7" };

            Assert.Equal("LinkFailed_7_2", MemberNames.WithCodeSuffix("LinkFailed", 7, taken));
            Assert.Equal("LinkFailed_Minus7", MemberNames.WithCodeSuffix("LinkFailed", -7, taken));
        }
    }
}
