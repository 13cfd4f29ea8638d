using ErrorCodes.Model.Parsing;
using Xunit;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Checks a compiled catalog against the document it was generated from.</summary>
    internal static class CatalogAssert
    {
        /// <summary>Every code of <paramref name="parsed"/>, in order, with exactly the texts the parser read.</summary>
        public static void SameTexts(ParsedDocument parsed, IErrorCodeCatalog catalog)
        {
            Assert.Equal(parsed.Codes.Count, catalog.All.Count);
            for (var i = 0; i < parsed.Codes.Count; i++)
            {
                var expected = parsed.Codes[i];
                var actual = catalog.All[i];
                Assert.Equal(expected.Code, actual.Code);
                Assert.Equal(expected.Title, actual.Title);
                Assert.Equal(expected.Message, actual.Message);
                Assert.Equal(expected.Description, actual.Description);
                Assert.Equal(expected.Causes, actual.Causes);
                Assert.Equal(expected.Remediation, actual.Remediation);
            }
        }
    }
}
