using System;
using System.Linq;
using ErrorCodes.Model.Naming;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Naming
{
    /// <summary>The library's C# name rules, written without the compiler, agree with the compiler's own.</summary>
    public sealed class CSharpIdentifiersTests
    {
        [Fact]
        public void EveryCharacterStartsOrContinuesANameExactlyWhenTheCompilerSaysSo()
        {
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                Assert.True(SyntaxFacts.IsIdentifierStartCharacter(c) == CSharpIdentifiers.IsStartCharacter(c), $"start U+{(int)c:X4}");
                Assert.True(SyntaxFacts.IsIdentifierPartCharacter(c) == CSharpIdentifiers.IsPartCharacter(c), $"part U+{(int)c:X4}");
            }
        }

        [Fact]
        public void EveryReservedKeywordIsRejectedAndEveryContextualOneAccepted()
        {
            foreach (var keyword in SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText))
            {
                Assert.False(CSharpIdentifiers.IsValid(keyword), keyword);
            }

            foreach (var keyword in SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).Where(text => text != "global"))
            {
                Assert.True(CSharpIdentifiers.IsValid(keyword), keyword);
            }

            Assert.False(CSharpIdentifiers.IsValid("global"));
        }

        // The compiler accepts these, but they do not mean what they show: a formatting character is invisible and C#
        // ignores it when it compares names (CS0102 for two members that differ only by one), and every enum has a
        // field value__ (CS0076).
        [Theory]
        [InlineData("Connection\u200BTimedOut")]
        [InlineData("Connection\u00ADTimedOut")]
        [InlineData("Connection\u200ETimedOut")]
        [InlineData("value__")]
        public void NamesTheCompilerAcceptsButConfusesAreRejected(string name)
        {
            Assert.True(SyntaxFacts.IsValidIdentifier(name));
            Assert.False(CSharpIdentifiers.IsValid(name));
            Assert.True(CSharpIdentifiers.IsValid("value_") && CSharpIdentifiers.IsValid("Value__"));
        }

        [Fact]
        public void RandomNamesAreValidExactlyWhenTheCompilerAcceptsThemWithoutFormattingCharacters()
        {
            var random = new Random(20261201);
            var alphabet = "aZ_09 -.\u00E9\u4E2D\u0301\u200C\u2160\u00AD";
            for (var i = 0; i < 20_000; i++)
            {
                var name = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                var expected = SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && name != "global" && !name.Contains('\u200C') && !name.Contains('\u00AD');
                Assert.True(expected == CSharpIdentifiers.IsValid(name), name);
            }
        }

        [Theory]
        [InlineData("ErrorCodes.Generated", true)]
        [InlineData("My-App", false)]
        [InlineData("App..Errors", false)]
        [InlineData("App.class", false)]
        public void NamespacesAreValidWhenEveryPartIs(string name, bool valid) => Assert.Equal(valid, CSharpIdentifiers.IsValidNamespace(name));

        [Fact]
        public void NamesLongerThanMetadataHoldsAreRejected()
        {
            Assert.True(CSharpIdentifiers.IsValid(new string('a', CSharpIdentifiers.MaxLength)));
            Assert.False(CSharpIdentifiers.IsValid(new string('a', CSharpIdentifiers.MaxLength + 1)));
        }
    }
}
