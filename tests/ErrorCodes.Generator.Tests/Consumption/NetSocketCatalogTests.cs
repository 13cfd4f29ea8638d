using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Consumption
{
    /// <summary>
    /// The catalog this project generates from spec/errorcode-net-socket.md through the real build (an
    /// ErrorCodeSpec item and the generator as an analyzer), used as a program would use it.
    /// </summary>
    public sealed class NetSocketCatalogTests
    {
        public static IEnumerable<TheoryDataRow<int>> Codes() => SeedSpecParserTests.Codes.Select(c => new TheoryDataRow<int>(c.Code));

        [Fact]
        public void EnumHasOneMemberPerCodeWithTheCodeAsValue()
        {
            var values = Enum.GetValues<NetSocketErrorCode>().Select(v => (int)v);

            Assert.Equal(SeedSpecParserTests.Codes.Select(c => c.Code).OrderBy(c => c), values.OrderBy(v => v));
            Assert.Equal(typeof(int), Enum.GetUnderlyingType(typeof(NetSocketErrorCode)));
        }

        [Fact]
        public void MembersAreNamedFromTheEnglishMessage()
        {
            Assert.Equal(2301001, (int)NetSocketErrorCode.OperationNotPermitted);
            Assert.Equal(2303504, (int)NetSocketErrorCode.ErrorLookingUpX509);
            Assert.Equal(2303501, (int)NetSocketErrorCode.SslIsNull);
            Assert.Equal(2301004, (int)NetSocketErrorCode.InterruptedSystemCall);
            Assert.Equal(2303104, (int)NetSocketErrorCode.InterruptedSystemCall_2303104);
        }

        [Theory]
        [MemberData(nameof(Codes))]
        public void LookupsReturnEveryFieldOfTheSpec(int code)
        {
            var expected = SeedSpecParserTests.Codes.Single(c => c.Code == code);
            var value = (NetSocketErrorCode)code;

            Assert.True(NetSocketErrorCodes.TryGetInfo(code, out var info));
            Assert.Equal(code, info.Code);
            Assert.Equal(value.ToString(), info.Name);
            Assert.Equal(expected.Title, info.Title);
            Assert.Equal(expected.Message, info.Message);
            Assert.Equal(expected.Description, info.Description);
            Assert.Equal(expected.Causes, info.Causes);
            Assert.Equal(expected.Remediation, info.Remediation);
            Assert.Equal("../../spec/errorcode-net-socket.md", info.SpecFile);
            Assert.Equal(expected.Line, info.Line);

            Assert.Same(info, value.GetInfo());
            Assert.Equal(expected.Message, value.GetMessage());
            Assert.Equal(expected.Title, value.GetTitle());
            Assert.Equal(expected.Description, value.GetDescription());
            Assert.Equal(expected.Causes, value.GetCauses());
            Assert.Equal(expected.Remediation, value.GetRemediation());
            Assert.Equal(value.ToString(), value.ToStringFast());
            Assert.True(value.IsDefined());
            Assert.True(NetSocketErrorCodes.IsDefined(code));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(2301000)]
        [InlineData(2301005)]
        [InlineData(2303507)]
        [InlineData(int.MinValue)]
        [InlineData(int.MaxValue)]
        public void UnknownCodesAreNotFound(int code)
        {
            var value = (NetSocketErrorCode)code;

            Assert.False(NetSocketErrorCodes.TryGetInfo(code, out var info));
            Assert.Null(info);
            Assert.False(NetSocketErrorCodes.IsDefined(code));
            Assert.False(value.IsDefined());
            Assert.Null(value.GetInfo());
            Assert.Equal(string.Empty, value.GetMessage());
            Assert.Equal(string.Empty, value.GetTitle());
            Assert.Equal(string.Empty, value.GetDescription());
            Assert.Empty(value.GetCauses());
            Assert.Empty(value.GetRemediation());
            Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), value.ToStringFast());
            Assert.False(NetSocketErrorCodes.Instance.TryGetInfo(code, out _));
        }

        [Fact]
        public void AllListsEveryCodeInDocumentOrder()
        {
            Assert.Equal(SeedSpecParserTests.Codes.Select(c => c.Code), NetSocketErrorCodes.All.Select(i => i.Code));
            Assert.Same(NetSocketErrorCodes.All, NetSocketErrorCodes.Instance.All);
        }

        [Fact]
        public void CatalogCarriesTheSpecsTitleAndNotes()
        {
            var catalog = NetSocketErrorCodes.Instance;

            Assert.Equal("NetSocket", catalog.Name);
            Assert.Equal("Socket 错误码", catalog.Title);
            Assert.Equal(2, catalog.Notes.Count);
            Assert.StartsWith("TCP/UDP 错误码说明：\nTCP/UDP Socket其余错误码映射形式为：2301000 + Linux系统内核错误码errno", catalog.Notes[1], StringComparison.Ordinal);
            Assert.True(catalog.TryGetInfo(2303210, out var info));
            Assert.Equal("Connection timed out.", info.Message);
        }

        [Fact]
        public void FromAssemblyFindsTheGeneratedCatalog()
        {
            var catalogs = ErrorCodeCatalogs.FromAssembly(typeof(NetSocketCatalogTests).Assembly);

            Assert.Same(NetSocketErrorCodes.Instance, Assert.Single(catalogs));
            Assert.Empty(ErrorCodeCatalogs.FromAssembly(typeof(ErrorCodeInfo).Assembly));
        }

        [Fact]
        public void ExceptionMessageReadsLikeCodeAndMessage()
        {
            var info = NetSocketErrorCode.ConnectionTimedOut.GetInfo()!;

            var exception = new ErrorCodeException(info);

            Assert.Equal("[2303210] Connection timed out.", exception.Message);
            Assert.Equal(2303210, exception.Code);
            Assert.Same(info, exception.Info);
            Assert.Equal("[42] Unknown error code.", new ErrorCodeException(42, null).Message);
            Assert.Throws<ArgumentException>(() => new ErrorCodeException(1, info));
        }

        [Fact]
        public void InfoListsCannotBeChangedByCasting()
        {
            var causes = NetSocketErrorCode.SystemInternalError.GetCauses();

            Assert.False(causes is string[]);
            Assert.Throws<NotSupportedException>(() => ((IList<string>)causes)[0] = "changed");
        }
    }
}
