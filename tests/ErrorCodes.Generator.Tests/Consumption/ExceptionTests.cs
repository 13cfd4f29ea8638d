using System;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Consumption
{
    /// <summary>
    /// ToException and ThrowIfError: on the socket catalog this project builds from the seed, and, for codes answered
    /// through an errno rule or a link, on the seed built with the kernel and universal specs.
    /// </summary>
    public sealed class ExceptionTests
    {
        [Fact]
        public void ToExceptionCarriesTheCodeItsEntryAndItsMessage()
        {
            var exception = NetSocketErrorCode.ConnectionTimedOut.ToException();

            Assert.Equal(2303210, exception.Code);
            Assert.Same(NetSocketErrorCode.ConnectionTimedOut.GetInfo(), exception.Info);
            Assert.Equal("[2303210] Connection timed out.", exception.Message);
            Assert.Null(exception.InnerException);
        }

        [Fact]
        public void ToExceptionTakesTheExceptionThatCausedIt()
        {
            var inner = new TimeoutException("socket");

            var exception = NetSocketErrorCode.ConnectionTimedOut.ToException(inner);

            Assert.Same(inner, exception.InnerException);
            Assert.Equal(2303210, exception.Code);
            Assert.Equal("[2303210] Connection timed out.", exception.Message);
        }

        [Fact]
        public void ToExceptionOfAValueTheCatalogHasNoEntryForSaysSo()
        {
            var exception = ((NetSocketErrorCode)2303999).ToException();

            Assert.Equal(2303999, exception.Code);
            Assert.Null(exception.Info);
            Assert.Equal("[2303999] Unknown error code.", exception.Message);
        }

        [Fact]
        public void ThrowIfErrorReturnsForZeroAndThrowsForEveryOtherResult()
        {
            NetSocketErrorCodes.ThrowIfError(0);

            var known = Assert.Throws<ErrorCodeException>(() => NetSocketErrorCodes.ThrowIfError(2301001));
            Assert.Equal("[2301001] Operation not permitted.", known.Message);
            Assert.Same(NetSocketErrorCode.OperationNotPermitted.GetInfo(), known.Info);

            var unknown = Assert.Throws<ErrorCodeException>(() => NetSocketErrorCodes.ThrowIfError(-1));
            Assert.Equal(-1, unknown.Code);
            Assert.Null(unknown.Info);
            Assert.Equal("[-1] Unknown error code.", unknown.Message);
        }

        [Fact]
        public void ThrowIfErrorAnswersThroughTheErrnoRuleAndTheLinks()
        {
            var (_, output) = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.SeedNames(), Fixtures.Spec("errorcode-kernel.md"), Fixtures.Spec("errorcode-universal.md") }).Run();
            var socket = InMemoryAssembly.Load(output).GetType("Consumer.NetSocketErrorCodes")!;
            var throwIfError = socket.GetMethod("ThrowIfError")!;

            ErrorCodeException Thrown(int result) =>
                Assert.IsType<ErrorCodeException>(Assert.Throws<TargetInvocationException>(() => throwIfError.Invoke(null, new object[] { result })).InnerException);

            Assert.Null(throwIfError.Invoke(null, new object[] { 0 }));
            var refused = Thrown(2301111);
            Assert.Equal("Connection refused", refused.Info!.Message);
            Assert.Equal(2301111, refused.Code);
            var universal = Thrown(201);
            Assert.Equal(201, universal.Info!.Code);
            Assert.Equal("[201] " + universal.Info.Message, universal.Message);
            Assert.Null(Thrown(2309999).Info);
        }

        [Fact]
        public void EveryCatalogOfTheSampleSpecsHasThem()
        {
            var (_, output) = new GeneratorRunner(new[] { Fixtures.Seed(), Fixtures.Spec("errorcode-kernel.md"), Fixtures.Spec("errorcode-universal.md") }).Run();
            var catalogs = InMemoryAssembly.Load(output).GetTypes().Where(type => type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal)).ToList();

            Assert.Equal(3, catalogs.Count);
            Assert.All(catalogs, catalog => Assert.Equal(2, catalog.GetMethods().Count(method => method.Name == "ToException")));
            Assert.All(catalogs, catalog => Assert.NotNull(catalog.GetMethod("ThrowIfError", new[] { typeof(int) })));
        }
    }
}
