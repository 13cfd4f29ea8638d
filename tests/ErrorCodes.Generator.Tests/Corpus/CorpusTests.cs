using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>Every OpenHarmony document of the corpus (Fixtures/Corpus, a copy of ../shared/corpus) held to <see cref="CorpusChecks"/>.</summary>
    public sealed class CorpusTests
    {
        public static IEnumerable<TheoryDataRow<string>> Documents() => Fixtures.CorpusNames().Select(name => new TheoryDataRow<string>(name));

        [Fact]
        public void TheFixturesAreTheSharedCorpus() => CorpusChecks.AreTheSharedFiles(Fixtures.CorpusDirectory, "corpus");

        [Fact]
        public void TheCorpusHasBothLanguagesOfEveryDocument()
        {
            var names = Fixtures.CorpusNames().ToList();

            Assert.Equal(34, names.Count(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)));
            Assert.Equal(
                names.Where(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)).Select(name => name.Substring(6)),
                names.Where(name => name.StartsWith("en/", StringComparison.Ordinal)).Select(name => name.Substring(3)));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void MatchesSnapshot(string name) => CorpusChecks.MatchesSnapshot(Fixtures.Corpus(name), nameof(CorpusTests), name);

        [Theory]
        [MemberData(nameof(Documents))]
        public void HasNoErrorsAndOneEntryPerCode(string name) => CorpusChecks.HasNoErrorsAndOneEntryPerCode(Fixtures.Corpus(name));

        [Theory]
        [MemberData(nameof(Documents))]
        public void EveryFieldOfTheDocumentReachesTheCatalog(string name) => CorpusChecks.EveryFieldOfTheDocumentReachesTheCatalog(Fixtures.Corpus(name), name);

        [Theory]
        [MemberData(nameof(Documents))]
        public void CompilesCleanForNet10(string name) => CorpusChecks.CompilesClean(Fixtures.Corpus(name), LanguageVersion.Latest, References.Net);

        [Theory]
        [MemberData(nameof(Documents))]
        public void CompilesCleanForNetStandard20AtCSharp73(string name) => CorpusChecks.CompilesClean(Fixtures.Corpus(name), LanguageVersion.CSharp7_3, References.NetStandard20);
    }
}
