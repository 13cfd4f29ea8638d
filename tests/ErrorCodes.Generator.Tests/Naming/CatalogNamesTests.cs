using ErrorCodes.Model.Naming;
using Xunit;

namespace ErrorCodes.Generator.Tests.Naming
{
    /// <summary>Catalog and type names from spec file names.</summary>
    public sealed class CatalogNamesTests
    {
        [Theory]
        [InlineData("errorcode-net-socket.md", "NetSocket")]
        [InlineData("errorcode_linkEnhance.md", "LinkEnhance")]
        [InlineData("cj-errorcode-screen_lock_file_manager.md", "CjScreenLockFileManager")]
        [InlineData("errorcode-net-webSocket.md", "NetWebSocket")]
        [InlineData("errorcodes.md", "Spec")]
        [InlineData("2024-errorcode.md", "Spec2024")]
        public void TheFileNamesWordsInPascalCaseWithoutErrorCode(string fileName, string expected) => Assert.Equal(expected, CatalogNames.FromFileName(fileName));

        [Fact]
        public void TheTypesAreNamedAfterTheCatalog()
        {
            Assert.Equal("NetSocketErrorCode", CatalogNames.EnumName("NetSocket"));
            Assert.Equal("NetSocketErrorCodes", CatalogNames.ClassName("NetSocket"));
        }
    }
}
