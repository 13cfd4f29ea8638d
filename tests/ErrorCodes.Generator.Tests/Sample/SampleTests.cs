using System;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Sample
{
    /// <summary>The sample, built from the repository the way the README runs it, and run with a code, --list and bad input.</summary>
    public sealed class SampleTests : IClassFixture<SampleTests.BuiltSample>
    {
        private readonly BuiltSample _sample;

        public SampleTests(BuiltSample sample) => _sample = sample;

        [Fact]
        public void ShowsEverythingTheSpecSaysAboutACode()
        {
            var output = _sample.Run("2300002");

            Assert.Contains("2300002 SystemInternalError", output);
            Assert.Contains("Title:       系统内部错误", output);
            Assert.Contains("Message:     System internal error.", output);
            Assert.Contains("Description: 系统内部错误。", output);
            Assert.Contains("  1. 内存异常。", output);
            Assert.Contains("  2. 空指针。", output);
            Assert.Contains("  1. 检查内存空间是否充足，清理内存后重试。", output);
            Assert.Contains("  2. 系统异常，请稍后重试或重启设备。", output);
            Assert.Contains("Source:      ../../spec/errorcode-net-socket.md:82", output);
        }

        [Fact]
        public void ListsEveryCode()
        {
            var output = _sample.Run("--list");

            var rows = output.Split('\n').Where(line => line.Length > 7 && int.TryParse(line.AsSpan(0, 7), out _)).ToList();
            Assert.Equal(SeedCodes, rows.Select(row => int.Parse(row.AsSpan(0, 7), System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains(rows, row => row.Contains("ConnectionTimedOut", StringComparison.Ordinal) && row.Contains("连接超时", StringComparison.Ordinal));
        }

        [Fact]
        public void ExplainsARefusedConnectionWithTheCodeItsErrnoMapsTo()
        {
            // A port that was just free: nothing listens on it, so the kernel refuses the connection (ECONNREFUSED, 111).
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            var output = _sample.Run("connect 127.0.0.1:" + port, expectedExitCode: 1);

            Assert.Contains("failed: Connection refused (errno 111).", output);
            Assert.Contains("OpenHarmony reports it as 2301111 (2301000 + errno, by the socket spec's rule):", output);
            Assert.Contains("2301111 ECONNREFUSED", output);
            Assert.Contains("Message:     Connection refused", output);
            Assert.Contains("Source:      ../../spec/errorcode-kernel.md:122", output);
            Assert.Contains("Causes:\n  (the specs give no causes for this code)", output.ReplaceLineEndings("\n"));
        }

        [Fact]
        public void ConnectsWhenSomethingListens()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

                Assert.Contains("Connected to 127.0.0.1:" + port + ".", _sample.Run("connect 127.0.0.1:" + port));
            }
            finally
            {
                listener.Stop();
            }
        }

        [Theory]
        [InlineData("2301111", "2301111 ECONNREFUSED")]
        [InlineData("201", "201 PermissionVerificationFailed")]
        public void LooksUpErrnoAndUniversalCodesThroughTheSocketCatalog(string argument, string expected) =>
            Assert.Contains(expected, _sample.Run(argument));

        [Theory]
        [InlineData("connect 127.0.0.1", "'127.0.0.1' is not HOST:PORT")]
        [InlineData("connect 127.0.0.1:0", "'127.0.0.1:0' is not HOST:PORT")]
        public void BadConnectTargetExitsWithOne(string arguments, string expected) =>
            Assert.Contains(expected, _sample.Run(arguments, expectedExitCode: 1));

        // The main job: the code across the whole platform, from the OpenHarmony package, after the seed's walk-through.
        [Fact]
        public void ShowsWhatEveryModuleOfOpenHarmonySaysAboutTheCodeAndALogLineAnnotated()
        {
            var output = _sample.Run("401").ReplaceLineEndings("\n");

            Assert.StartsWith("401 ParameterError\n", output, StringComparison.Ordinal);
            Assert.Contains("\nAcross OpenHarmony (192 documents, 45 kits), 3 modules say what 401 is:\n", output, StringComparison.Ordinal);
            var modules = output.Split('\n').Where(line => line.StartsWith("  ", StringComparison.Ordinal) && line.Contains("): ", StringComparison.Ordinal)).ToList();
            Assert.Equal(new[] { "  Universal (Common, ArkTS): ParameterError", "  CjUniversal (Cangjie): ParameterError", "  Ads (Ads Kit, ArkTS): InvalidInputParameter" }, modules);
            Assert.Contains("\n    More:        https://errorcodes-dotnet.github.io/ErrorCodes/openharmony/errorcode-ads/401.html\n", output, StringComparison.Ordinal);
            Assert.Contains("\nA log line that names it, annotated:\n  E net: connect failed, errCode=401 [Universal: 函数参数数量或参数类型不匹配]\n", output, StringComparison.Ordinal);
        }

        [Fact]
        public void ACodeOnlyThePlatformHasIsAnsweredFromIt()
        {
            var output = _sample.Run("13900001");

            Assert.Contains("13900001 is not a code of Socket 错误码", output, StringComparison.Ordinal);
            Assert.Contains("  Filemanagement (Core File Kit, ArkTS): OperationNotPermitted", output, StringComparison.Ordinal);
        }

        [Fact]
        public void SearchesTheCodesByTheirWordsAndAnnotatesALog()
        {
            var search = _sample.Run("search 连接超时");
            var annotate = ProcessRunner.Start("dotnet", $"\"{_sample.Assembly}\" annotate", Paths.RepositoryRoot, input: "BusinessError 401, then errCode=0x2324EA at 12:30:01\n");

            Assert.StartsWith("  2303210  连接超时  (NetSocket)\n", search.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Equal(0, annotate.ExitCode);
            Assert.Equal("BusinessError 401 [Universal: 函数参数数量或参数类型不匹配], then errCode=0x2324EA [NetSocket: 连接超时] at 12:30:01\n", annotate.Output);
        }

        [Theory]
        [InlineData("2301999", "2301999 is not a code of Socket 错误码")]
        [InlineData("abc", "'abc' is not an error code")]
        [InlineData("99999999999", "'99999999999' is not an error code")]
        public void UnknownOrMalformedCodeExitsWithOne(string argument, string expected)
        {
            var output = _sample.Run(argument, expectedExitCode: 1);

            Assert.Contains(expected, output);
        }

        private static int[] SeedCodes => Parsing.SeedSpecParserTests.Codes.Select(c => c.Code).ToArray();

        public class BuiltSample : IDisposable
        {
            private readonly TempDirectory _artifacts = new("errorcodes-sample");

            public BuiltSample()
                : this(string.Empty)
            {
            }

            protected BuiltSample(string properties)
            {
                // A separate artifacts path keeps this build out of the repository's own bin and obj.
                ProcessRunner.Run("dotnet", $"build samples/ErrorCodes.Sample -c Release --artifacts-path \"{_artifacts.Path}\" {properties}", Paths.RepositoryRoot);
                Assembly = Directory.GetFiles(_artifacts.Path, "ErrorCodes.Sample.dll", SearchOption.AllDirectories).Single(path => path.Contains("bin", StringComparison.Ordinal));
            }

            public string Assembly { get; }

            public string Run(string argument, int expectedExitCode = 0) =>
                ProcessRunner.Run("dotnet", $"\"{Assembly}\" {argument}", Paths.RepositoryRoot, expectedExitCode);

            public void Dispose() => _artifacts.Dispose();
        }
    }
}
