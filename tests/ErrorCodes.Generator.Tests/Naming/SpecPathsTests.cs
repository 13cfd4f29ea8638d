using ErrorCodes.Model.Naming;
using Xunit;

namespace ErrorCodes.Generator.Tests.Naming
{
    /// <summary>Spec paths as generated code records them and as twins are matched: the same on every machine.</summary>
    public sealed class SpecPathsTests
    {
        [Theory]
        [InlineData("/repo/spec/errorcode-net-socket.md", "/repo/samples/App", "../../spec/errorcode-net-socket.md")]
        [InlineData("/repo/samples/App/docs/a.md", "/repo/samples/App/", "docs/a.md")]
        [InlineData(@"C:\repo\spec\a.md", @"c:\Repo\App", "../spec/a.md")]
        [InlineData(@"D:\spec\a.md", @"C:\repo", "a.md")]
        [InlineData("/repo/spec/a.md", null, "a.md")]
        public void RelativeToTheProjectWithForwardSlashes(string path, string? project, string expected) => Assert.Equal(expected, SpecPaths.Relative(path, project));

        [Theory]
        [InlineData("../en/a.md", "/repo/docs/zh", "/repo/docs/en/a.md")]
        [InlineData("/repo/./docs/../docs/a.md", null, "/repo/docs/a.md")]
        [InlineData(@"c:\Repo\A.md", null, "C:REPO/A.MD")]
        public void KeysOfTheSameFileAreEqual(string path, string? project, string expected) => Assert.Equal(expected, SpecPaths.Key(path, project));

        [Fact]
        public void FileNamesInLinksCompareIgnoringCase()
        {
            Assert.Equal("errorcode-net-socket.md", SpecPaths.FileName(@"docs\zh\errorcode-net-socket.md"));
            Assert.True(SpecPaths.FileNameComparer.Equals("ErrorCode-Universal.md", "errorcode-universal.md"));
        }
    }
}
