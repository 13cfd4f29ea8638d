using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Corpus
{
    /// <summary>Every OpenHarmony document of the corpus (Fixtures/Corpus, a copy of ../shared/corpus) held to <see cref="CorpusChecks"/>.</summary>
    public sealed class CorpusMoreTests
    {
        public static IEnumerable<TheoryDataRow<string>> Documents() => Fixtures.CorpusMoreNames().Select(name => new TheoryDataRow<string>(name));

        [Fact]
        public void TheFixturesAreTheSharedSecondCorpus() => CorpusChecks.AreTheSharedFiles(Fixtures.CorpusMoreDirectory, "corpus-more");

        [Fact]
        public void TheSecondCorpusHasBothLanguagesOfEveryDocument()
        {
            var names = Fixtures.CorpusMoreNames().ToList();

            Assert.Equal(24, names.Count(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)));
            Assert.Equal(
                names.Where(name => name.StartsWith("zh-cn/", StringComparison.Ordinal)).Select(name => name.Substring(6)),
                names.Where(name => name.StartsWith("en/", StringComparison.Ordinal)).Select(name => name.Substring(3)));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void MatchesSnapshot(string name) => CorpusChecks.MatchesSnapshot(Fixtures.CorpusMore(name), nameof(CorpusMoreTests), name);

        [Theory]
        [MemberData(nameof(Documents))]
        public void HasNoErrorsAndOneEntryPerCode(string name) => CorpusChecks.HasNoErrorsAndOneEntryPerCode(Fixtures.CorpusMore(name));

        [Theory]
        [MemberData(nameof(Documents))]
        public void EveryFieldOfTheDocumentReachesTheCatalog(string name) => CorpusChecks.EveryFieldOfTheDocumentReachesTheCatalog(Fixtures.CorpusMore(name), name);

        [Theory]
        [MemberData(nameof(Documents))]
        public void CompilesCleanForNet10(string name) => CorpusChecks.CompilesClean(Fixtures.CorpusMore(name), LanguageVersion.Latest, References.Net);

        [Theory]
        [MemberData(nameof(Documents))]
        public void CompilesCleanForNetStandard20AtCSharp73(string name) => CorpusChecks.CompilesClean(Fixtures.CorpusMore(name), LanguageVersion.CSharp7_3, References.NetStandard20);
    }
}
