using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Sample
{
    /// <summary>
    /// The sample built against the current edition of the socket document (-p:SocketEdition=current) with the seed's names
    /// file: the code that names members compiles unchanged, and the texts are the new edition's.
    /// </summary>
    public sealed class SampleEditionTests : IClassFixture<SampleEditionTests.CurrentEditionSample>
    {
        private readonly CurrentEditionSample _sample;

        public SampleEditionTests(CurrentEditionSample sample) => _sample = sample;

        [Theory]
        [InlineData("2303188", "2303188 SocketOperationOnNonSocket", "Message:     Not a socket.")]
        [InlineData("2303199", "2303199 CannotAssignRequestedAddress", "Message:     Address not available.")]
        [InlineData("2303504", "2303504 ErrorLookingUpX509", "Message:     An error occurred when verifying the x509 certificate.")]
        public void RenamedMessagesKeepTheirShippedNames(string code, string heading, string message)
        {
            var output = _sample.Run(code);

            Assert.Contains(heading, output);
            Assert.Contains(message, output);
            Assert.Contains("Advice:", output);
            Assert.Contains("spec/current/errorcode-net-socket.md", output);
        }

        [Fact]
        public void TheNewEditionsCodesAreThere()
        {
            var output = _sample.Run("--list");

            Assert.Contains("2301013", output);
            Assert.Contains("Socks5", output);
        }

        public sealed class CurrentEditionSample : SampleTests.BuiltSample
        {
            public CurrentEditionSample()
                : base("-p:SocketEdition=current")
            {
            }
        }
    }
}
