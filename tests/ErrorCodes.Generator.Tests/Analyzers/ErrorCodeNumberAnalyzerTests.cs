using System.Threading.Tasks;
using Xunit;
using static ErrorCodes.Generator.Tests.Analyzers.AnalyzerTest;

namespace ErrorCodes.Generator.Tests.Analyzers
{
    /// <summary>
    /// ECA0001 and ECA0002 with their fix, against the catalogs of the seed (NetSocketErrorCode), the kernel table
    /// (KernelErrorCode) and the universal codes (UniversalErrorCode), in namespace App. Each fixed source is also fixed
    /// with fix-all in document, project and solution, and compiled.
    /// </summary>
    public sealed class ErrorCodeNumberAnalyzerTests
    {
        [Fact]
        public async Task ACodeComparedWithTheEntrysCodeBecomesTheMemberCastToInt()
        {
            await VerifyAsync(
                @"using ErrorCodes;

internal static class Handler
{
    public static bool TimedOut(ErrorCodeInfo info) => info.Code == {|#0:2303210|};
}
",
                @"using ErrorCodes;

internal static class Handler
{
    public static bool TimedOut(ErrorCodeInfo info) => info.Code == (int)App.NetSocketErrorCode.ConnectionTimedOut;
}
",
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"));
        }

        [Fact]
        public async Task TheMemberIsWrittenAsShortAsTheFilesUsingsAllow()
        {
            await VerifyAsync(
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static bool Refused(ErrorCodeException exception) => {|#0:2303111|} != exception.Code;
}
",
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static bool Refused(ErrorCodeException exception) => (int)NetSocketErrorCode.ResourceTemporarilyUnavailableTryAgain != exception.Code;
}
",
                IsACode(0, 2303111, "NetSocketErrorCode", "ResourceTemporarilyUnavailableTryAgain"));
        }

        [Fact]
        public async Task ACastOfACodeToItsEnumBecomesTheMemberItself()
        {
            await VerifyAsync(
                @"using App;

internal static class Handler
{
    public static NetSocketErrorCode Last { get; set; } = {|#0:(NetSocketErrorCode)2303210|};

    public static bool IsTimeout(NetSocketErrorCode code) => code == {|#1:(NetSocketErrorCode)2303210|};
}
",
                @"using App;

internal static class Handler
{
    public static NetSocketErrorCode Last { get; set; } = NetSocketErrorCode.ConnectionTimedOut;

    public static bool IsTimeout(NetSocketErrorCode code) => code == NetSocketErrorCode.ConnectionTimedOut;
}
",
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"),
                IsACode(1, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"));
        }

        [Fact]
        public async Task AnEnumCastToIntNamesTheCatalogTheNumberIsLookedUpIn()
        {
            await VerifyAsync(
                @"using App;

internal static class Handler
{
    public static bool IsTimeout(NetSocketErrorCode socket) => (int)socket == {|#0:2303210|};
}
",
                @"using App;

internal static class Handler
{
    public static bool IsTimeout(NetSocketErrorCode socket) => (int)socket == (int)NetSocketErrorCode.ConnectionTimedOut;
}
",
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"));
        }

        [Fact]
        public async Task CaseLabelsSwitchArmsAndPatternsOfCodesAreFixedTogether()
        {
            await VerifyAsync(
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static string Describe(int errorCode)
    {
        switch (errorCode)
        {
            case {|#0:2303210|}:
                return ""timeout"";
            case {|#1:401|}:
                return ""bad argument"";
            default:
                return ""other"";
        }
    }

    public static string Kind(ErrorCodeException exception) => exception.Code switch
    {
        {|#2:2303111|} => ""refused"",
        _ => ""other"",
    };

    public static bool IsPermission(ErrorCodeInfo info) => info.Code is {|#3:201|} or {|#4:202|};

    public static bool IsTimeout(ErrorCodeException exception) => exception is { Code: {|#5:2303210|} };
}
",
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static string Describe(int errorCode)
    {
        switch (errorCode)
        {
            case (int)NetSocketErrorCode.ConnectionTimedOut:
                return ""timeout"";
            case (int)UniversalErrorCode.ParameterError:
                return ""bad argument"";
            default:
                return ""other"";
        }
    }

    public static string Kind(ErrorCodeException exception) => exception.Code switch
    {
        (int)NetSocketErrorCode.ResourceTemporarilyUnavailableTryAgain => ""refused"",
        _ => ""other"",
    };

    public static bool IsPermission(ErrorCodeInfo info) => info.Code is (int)UniversalErrorCode.PermissionVerificationFailed or (int)UniversalErrorCode.PermissionVerificationFailed_202;

    public static bool IsTimeout(ErrorCodeException exception) => exception is { Code: (int)NetSocketErrorCode.ConnectionTimedOut };
}
",
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"),
                IsACode(1, 401, "UniversalErrorCode", "ParameterError"),
                IsACode(2, 2303111, "NetSocketErrorCode", "ResourceTemporarilyUnavailableTryAgain"),
                IsACode(3, 201, "UniversalErrorCode", "PermissionVerificationFailed"),
                IsACode(4, 202, "UniversalErrorCode", "PermissionVerificationFailed_202"),
                IsACode(5, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"));
        }

        [Fact]
        public async Task NamesThatSayCodeMakeAssignmentsInitialisersAndReturnsCodes()
        {
            await VerifyAsync(
                @"using App;

internal sealed class Handler
{
    private const int TimeoutErrorCode = {|#0:2303210|};
    private int _lastErrorCode;

    public int ErrorCode => {|#1:401|};

    public bool Check(int errCode)
    {
        var code = {|#2:2303111|};
        _lastErrorCode = {|#3:201|};
        return errCode == code || _lastErrorCode == TimeoutErrorCode;
    }

    public int GetErrorCode()
    {
        return {|#4:2303210|};
    }
}
",
                @"using App;

internal sealed class Handler
{
    private const int TimeoutErrorCode = (int)NetSocketErrorCode.ConnectionTimedOut;
    private int _lastErrorCode;

    public int ErrorCode => (int)UniversalErrorCode.ParameterError;

    public bool Check(int errCode)
    {
        var code = (int)NetSocketErrorCode.ResourceTemporarilyUnavailableTryAgain;
        _lastErrorCode = (int)UniversalErrorCode.PermissionVerificationFailed;
        return errCode == code || _lastErrorCode == TimeoutErrorCode;
    }

    public int GetErrorCode()
    {
        return (int)NetSocketErrorCode.ConnectionTimedOut;
    }
}
",
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"),
                IsACode(1, 401, "UniversalErrorCode", "ParameterError"),
                IsACode(2, 2303111, "NetSocketErrorCode", "ResourceTemporarilyUnavailableTryAgain"),
                IsACode(3, 201, "UniversalErrorCode", "PermissionVerificationFailed"),
                IsACode(4, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"));
        }

        [Fact]
        public async Task NumbersPassedToTheLookupsAndTheExceptionAreCodes()
        {
            await VerifyAsync(
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static void Run(ErrorCodeCatalogSet all)
    {
        NetSocketErrorCodes.TryGetInfo({|#0:2303210|}, out _);
        all.TryGetInfo({|#1:401|}, out _);
        NetSocketErrorCodes.ThrowIfError({|#2:2303111|});
        throw new ErrorCodeException({|#3:201|}, null);
    }
}
",
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static void Run(ErrorCodeCatalogSet all)
    {
        NetSocketErrorCodes.TryGetInfo((int)NetSocketErrorCode.ConnectionTimedOut, out _);
        all.TryGetInfo((int)UniversalErrorCode.ParameterError, out _);
        NetSocketErrorCodes.ThrowIfError((int)NetSocketErrorCode.ResourceTemporarilyUnavailableTryAgain);
        throw new ErrorCodeException((int)UniversalErrorCode.PermissionVerificationFailed, null);
    }
}
",
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"),
                IsACode(1, 401, "UniversalErrorCode", "ParameterError"),
                IsACode(2, 2303111, "NetSocketErrorCode", "ResourceTemporarilyUnavailableTryAgain"),
                IsACode(3, 201, "UniversalErrorCode", "PermissionVerificationFailed"));
        }

        [Fact]
        public async Task ANumberOneDigitAwayFromACodeGetsAWarningThatNamesTheCodeAndAFixToIt()
        {
            // 2303201 swaps the last two digits of 2303210; 2301000 + 2201 is past the errnos Linux defines.
            await VerifyAsync(
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static bool TimedOut(ErrorCodeInfo info) => info.Code == {|#0:2303201|};

    public static bool Refused(NetSocketErrorCode code) => code == {|#1:(NetSocketErrorCode)2303112|};
}
",
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static bool TimedOut(ErrorCodeInfo info) => info.Code == (int)NetSocketErrorCode.ConnectionTimedOut;

    public static bool Refused(NetSocketErrorCode code) => code == NetSocketErrorCode.ResourceTemporarilyUnavailableTryAgain;
}
",
                IsNoCode(0, 2303201, "NetSocketErrorCode", 2303210, "ConnectionTimedOut"),
                IsNoCode(1, 2303112, "NetSocketErrorCode", 2303111, "ResourceTemporarilyUnavailableTryAgain"));
        }

        [Fact]
        public async Task ANumberAmongACatalogsCodesIsSuggestedTheNearest()
        {
            // 402 is no universal code; it lies between 201 and 803, and 401 is the nearest (the kernel's 102 is a digit
            // away too, but the kernel's codes end at 133, and a number of three digits is a digit from too many).
            await VerifyAsync(
                @"internal static class Handler
{
    public static bool Check(int errorCode) => errorCode == {|#0:402|};
}
",
                @"internal static class Handler
{
    public static bool Check(int errorCode) => errorCode == (int)App.UniversalErrorCode.ParameterError;
}
",
                IsNoCode(0, 402, "UniversalErrorCode", 401, "ParameterError"));
        }

        [Fact]
        public async Task NumbersNothingSaysAreCodesStaySilent()
        {
            await VerifyAsync(
                @"using App;
using ErrorCodes;

internal static class Handler
{
    public static bool Http(int status, int x) => status == 401 || x == 401 || x == 2303210;

    public static int Arithmetic(int value) => value + 2303210 - 401;

    public static bool Success(int code) => code == 0;

    public static bool ErrnoRule(ErrorCodeInfo info) => info.Code == 2301111;

    public static bool OtherCatalogsCode(NetSocketErrorCode code) => code == (NetSocketErrorCode)401;

    public static bool FarFromAnyCode(int errorCode) => errorCode == 99999999;

    public static System.Func<int> Lambda() => () => 2303210;
}
");
        }

        [Fact]
        public async Task FixAllWritesEveryNumberOfEveryDocument()
        {
            await VerifyAsync(
                new[]
                {
                    "using ErrorCodes;\n\ninternal static class A\n{\n    public static bool F(ErrorCodeInfo info) => info.Code == {|#0:2303210|} || info.Code == {|#1:401|};\n}\n",
                    "using App;\n\ninternal static class B\n{\n    public static NetSocketErrorCode G() => {|#2:(NetSocketErrorCode)2303111|};\n}\n",
                },
                new[]
                {
                    "using ErrorCodes;\n\ninternal static class A\n{\n    public static bool F(ErrorCodeInfo info) => info.Code == (int)App.NetSocketErrorCode.ConnectionTimedOut || info.Code == (int)App.UniversalErrorCode.ParameterError;\n}\n",
                    "using App;\n\ninternal static class B\n{\n    public static NetSocketErrorCode G() => NetSocketErrorCode.ResourceTemporarilyUnavailableTryAgain;\n}\n",
                },
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"),
                IsACode(1, 401, "UniversalErrorCode", "ParameterError"),
                IsACode(2, 2303111, "NetSocketErrorCode", "ResourceTemporarilyUnavailableTryAgain"));
        }

        [Fact]
        public async Task FixAllInTheSolutionFixesEveryProject()
        {
            await VerifyAsync(
                new[] { "internal static class A\n{\n    public static bool F(int errorCode) => errorCode == {|#0:2303210|};\n}\n" },
                new[] { "internal static class A\n{\n    public static bool F(int errorCode) => errorCode == (int)App.NetSocketErrorCode.ConnectionTimedOut;\n}\n" },
                new[] { IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"), IsACode(1, 401, "UniversalErrorCode", "ParameterError") },
                (new[] { "internal static class B\n{\n    public static bool G(int code) => code != {|#1:401|};\n}\n" },
                 new[] { "internal static class B\n{\n    public static bool G(int code) => code != (int)App.UniversalErrorCode.ParameterError;\n}\n" }));
        }

        [Theory]
        [InlineData(0, "UseCatalogMemberCodeFix", "App.NetSocketErrorCode.ConnectionTimedOut")]
        [InlineData(1, "UseCatalogMemberCodeFix.App.OtherErrorCode:TimedOutAgain", "App.OtherErrorCode.TimedOutAgain")]
        public async Task ACodeTwoCatalogsDefineIsOfferedAsEachAndNamedByTheFirst(int actionIndex, string equivalenceKey, string member)
        {
            await VerifySharedCodeAsync(
                "internal static class A\n{\n    public static bool F(int errorCode) => errorCode == {|#0:2303210|};\n}\n",
                "internal static class A\n{\n    public static bool F(int errorCode) => errorCode == (int)" + member + ";\n}\n",
                actionIndex,
                equivalenceKey,
                IsACode(0, 2303210, "NetSocketErrorCode", "ConnectionTimedOut"));
        }

        [Fact]
        public async Task AKernelErrnoCastToItsEnumBecomesTheMember()
        {
            await VerifyAsync(
                "internal static class Handler\n{\n    public static App.KernelErrorCode Refused => {|#0:(App.KernelErrorCode)111|};\n}\n",
                "internal static class Handler\n{\n    public static App.KernelErrorCode Refused => App.KernelErrorCode.ECONNREFUSED;\n}\n",
                IsACode(0, 111, "KernelErrorCode", "ECONNREFUSED"));
        }

        [Theory]
        [InlineData("code", true)]
        [InlineData("errorCode", true)]
        [InlineData("ErrCode", true)]
        [InlineData("_lastErrorCode", true)]
        [InlineData("s_errorcode", true)]
        [InlineData("socketErrorCode", true)]
        [InlineData("status", false)]
        [InlineData("errorCodes", false)]
        [InlineData("exitCode", false)]
        [InlineData("codePoint", false)]
        public void NamesThatSayTheyHoldAnErrorCode(string name, bool says) =>
            Assert.Equal(says, ErrorCodes.Analyzers.CodeUse.IsCodeName(name));

        [Theory]
        [InlineData("2303201", "2303210", 1)]
        [InlineData("2303210", "2303210", 0)]
        [InlineData("2303211", "2303210", 1)]
        [InlineData("230321", "2303210", 1)]
        [InlineData("2303", "2303210", 3)]
        [InlineData("401", "104", 2)]
        public void DigitDistanceCountsChangedAddedDroppedAndSwappedDigits(string a, string b, int distance) =>
            Assert.Equal(distance, ErrorCodes.Analyzers.CatalogIndex.DigitDistance(a, b));
    }
}
