using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Model
{
    /// <summary>The placeholders of a message, as upstream documents write them.</summary>
    public sealed class MessagePlaceholdersTests
    {
        [Theory]
        [InlineData("The ${messageInfo} is not supported.", "messageInfo")]
        [InlineData("Failed to resolve OhmUrl for `${filePath}` imported by `${importerFile}`.", "filePath,importerFile")]
        [InlineData("The ${pkgName} module to which ${filePath} belongs; check ${pkgName}.", "pkgName,filePath")]
        [InlineData("Identifier ${this.importName} comes from ${this.symbol.source}.", "importName,source")]
        [InlineData("Cannot create {nameCachePath}.", "nameCachePath")]
        [InlineData("Invalid ${param_1}.", "param_1")]
        [InlineData("Kit ${KitInfo.getCurrentKitName()} and ${(node as x).text} are expressions.", "")]
        [InlineData("Format items {0} and {1}, empty {} and ${ } and { a } are text.", "")]
        [InlineData("An unclosed ${messageInfo", "")]
        [InlineData("No placeholder at all.", "")]
        public void NamesAreThePlaceholdersInOrderEachOnce(string message, string names)
        {
            Assert.Equal(names.Length == 0 ? new string[0] : names.Split(','), MessagePlaceholders.Names(message));
        }

        [Fact]
        public void EachPlaceholderIsFoundWithItsTextAndPosition()
        {
            var found = MessagePlaceholders.Find("Copy ${from} to {to}, then ${from}.");

            Assert.Equal(new[] { ("${from}", "from", 5), ("{to}", "to", 16), ("${from}", "from", 27) }, found.Select(p => (p.Text, p.Name, p.Start)));
        }

        [Fact]
        public void TheHuksDocumentsMessagesHaveTheirPlaceholder()
        {
            var path = System.IO.Path.Combine(Fixtures.CorpusDirectory, "en", "cj-errorcode-huks.md");
            var document = SpecParser.Parse(path, System.IO.File.ReadAllText(path), CancellationToken.None);

            var withPlaceholders = document.Codes.Where(code => MessagePlaceholders.Names(code.Message).Count != 0).ToList();

            Assert.Contains(withPlaceholders, code => code.Message == "The ${messageInfo} is not supported.");
            Assert.All(withPlaceholders, code => Assert.Equal(new[] { "messageInfo" }, MessagePlaceholders.Names(code.Message)));
        }
    }
}
