using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodes.Model.Parsing;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Parsing
{
    public sealed class SeedSpecParserTests
    {
        public sealed record Expected(int Code, int Line, string Title, string Message, string Description, string[] Causes, string[] Remediation);

        // Every field of every code of spec/errorcode-net-socket.md, as the document states it; Line is the heading's, one-based.
        public static readonly Expected[] Codes =
        {
            new(2301001, 7, "操作不允许", "Operation not permitted.", "操作不允许。",
                new[] { "非法操作。" },
                new[] { "检查操作步骤。" }),
            new(2301002, 25, "文件不存在", "No such file or directory.", "文件不存在。",
                new[] { "文件不存在。" },
                new[] { "检查文件名或文件路径。" }),
            new(2301003, 43, "进程不存在", "No such process.", "进程不存在。",
                new[] { "进程不存在" },
                new[] { "排查进程信息。" }),
            new(2301004, 61, "系统调用中断", "Interrupted system call.", "系统调用中断。",
                new[] { "系统调用中断。" },
                new[] { "排查系统调用。" }),
            new(2300002, 82, "系统内部错误", "System internal error.", "系统内部错误。",
                new[] { "内存异常。", "空指针。" },
                new[] { "检查内存空间是否充足，清理内存后重试。", "系统异常，请稍后重试或重启设备。" }),
            new(2303104, 104, "中断系统调用", "Interrupted system call.", "中断系统调用。",
                new[] { "调有connect时，可能会导致阻塞时间过长，所以系统产生中断信号，返回EINTR错误。" },
                new[] { "尝试重新走网络连接流程。" }),
            new(2303109, 122, "错误文件编号", "Bad file number.", "在本地关闭的套接字上进行操作将返回该错误。",
                new[] { "socket fd可能被关闭了，所以发生参数无效的错误。" },
                new[] { "检查socket是否被意外关闭。" }),
            new(2303111, 140, "资源暂时不可用，请重试", "Resource temporarily unavailable try again.", "系统资源暂时不可用，尝试再次调用。",
                new[] { "系统资源繁忙。" },
                new[] { "重新调用接口。" }),
            new(2303188, 158, "非套接字的套接字操作", "Socket operation on non-socket.", "参数socket未指定一个套接字描述符。",
                new[] { "参数不是套接字类型的描述符。" },
                new[] { "检查代码描述符的获取是否正确。" }),
            new(2303191, 176, "socket协议类型错误", "Protocol wrong type for socket.", "参数设置的协议类型错误。",
                new[] { "标识了协议的Socket函数在不支持的socket上进行操作。\n如Internet UDP协议不能被标识为SOCK_STREAM socket类型。" },
                new[] { "检查参数设置是否符合协议类型。" }),
            new(2303198, 195, "网络地址已被使用", "Address already in use.", "地址已被使用。",
                new[] { "如果应用程序试图将套接字绑定到已用于现有套接字的IP地址/端口，或未正确关闭的套接字，或仍在关闭过程中的套接字，则会发生此错误。" },
                new[] { "尝试其他地址。" }),
            new(2303199, 213, "不能分配请求的地址", "Cannot assign requested address.", "请求的地址在其上下文中无效。",
                new[] { "当远程地址或端口对远程计算机无效时，可能发生该问题。" },
                new[] { "检查地址或端口是否正确。" }),
            new(2303210, 231, "连接超时", "Connection timed out.", "长时间不能和远程服务器建立连接。",
                new[] { "这种情况一般发生在服务器主机崩溃。" },
                new[] { "本地处理不了，需要确认远程服务器是否发生问题。" }),
            new(2303501, 249, "SSL为空", "SSL is null.", "参数错误。",
                new[] { "当内部发生函数执行失败时，会获取错误信息，当获取信息为null时，发生该错误。" },
                new[] { "尝试重新执行一遍流程。" }),
            new(2303502, 267, "tls读取错误", "Error in tls reading.", "等待套接字可读。",
                new[] { "底层socket阻塞。" },
                new[] { "重新执行接收数据的操作。" }),
            new(2303503, 285, "tls写入错误", "Error in tls writing.", "等待套接字可写。",
                new[] { "发送端缓冲区已满时，底层套接字发送将给出EWOUDLBLOCK错误，这意味着服务器没有读取从客户端发送的消息。" },
                new[] { "需要检查服务器并修复它。" }),
            new(2303504, 303, "查找x509时出错", "Error looking up x509.", "认证x509证书发生错误，操作未完成。",
                new[] { "本地证书和服务器证书不匹配。" },
                new[] { "检查本地CA跟证书和服务器证书是否匹配。" }),
            new(2303505, 321, "tls系统调用错误", "Error occurred in the tls system call.", "发生了一些不可恢复的致命I/O错误。",
                new[] { "网络问题，导致通信失败。" },
                new[] { "请参阅Linux系统内核错误码errno以了解详细信息。" }),
            new(2303506, 339, "清除tls连接出错", "Error clearing tls connection.", "TLS/SSL连接已关闭。",
                new[] { "协议中出现关闭警报时，即连接已完全关闭时，才会返回此结果代码。" },
                new[] { "尝试重新发起连接。" })
        };

        private static ParsedDocument ParseSeed() =>
            SpecParser.Parse(Fixtures.Seed().Path, Fixtures.Seed().Text, CancellationToken.None);

        [Fact]
        public void ReadsEveryCodeInDocumentOrder()
        {
            var document = ParseSeed();

            Assert.Equal(Codes.Select(c => c.Code), document.Codes.Select(c => c.Code));
        }

        public static IEnumerable<TheoryDataRow<int>> CodeNumbers() => Codes.Select(c => new TheoryDataRow<int>(c.Code));

        [Theory]
        [MemberData(nameof(CodeNumbers))]
        public void ReadsEveryFieldExactly(int code)
        {
            var expected = Codes.Single(c => c.Code == code);
            var actual = ParseSeed().Codes.Single(c => c.Code == code);

            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Message, actual.Message);
            Assert.Equal(expected.Description, actual.Description);
            Assert.Equal(expected.Causes, actual.Causes);
            Assert.Equal(expected.Remediation, actual.Remediation);
            Assert.Equal(expected.Line, actual.Line);
        }

        [Fact]
        public void ReadsTheTitleAndKeepsNotesOutOfEveryCode()
        {
            var document = ParseSeed();

            Assert.Equal("Socket 错误码", document.Title);
            Assert.Equal(
                new[]
                {
                    "说明：\n以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
                    "TCP/UDP 错误码说明：\nTCP/UDP Socket其余错误码映射形式为：2301000 + Linux系统内核错误码errno，关键信息请参考Linux系统内核错误码。",
                },
                document.Notes);
            Assert.DoesNotContain(document.Codes, c => c.Remediation.Any(step => step.Contains("TCP/UDP", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void ReportsOnlyTheNoteLabelAsUnknown()
        {
            var document = ParseSeed();

            var diagnostic = Assert.Single(document.Diagnostics);
            Assert.Equal("ECG0009", diagnostic.Id);
            Assert.Equal(new[] { "TCP/UDP 错误码说明" }, diagnostic.Arguments);
            Assert.Equal(79, diagnostic.Location.StartLine + 1);
        }

        [Fact]
        public void ParsesCrlfAndBomLikeLf()
        {
            var lf = Fixtures.Seed().Text;
            var crlf = "\uFEFF" + lf.Replace("\n", "\r\n", System.StringComparison.Ordinal);

            var fromLf = SpecParser.Parse("a.md", lf, CancellationToken.None);
            var fromCrlf = SpecParser.Parse("a.md", crlf, CancellationToken.None);

            Assert.Equal(Describe(fromLf), Describe(fromCrlf));
        }

        private static string Describe(ParsedDocument document) =>
            string.Join("\n---\n", document.Codes.Select(c =>
                $"{c.Code}|{c.Line}|{c.Title}|{c.Message}|{c.Description}|{string.Join("\u0001", c.Causes)}|{string.Join("\u0001", c.Remediation)}"));
    }
}
