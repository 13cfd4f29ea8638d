using System;
using ErrorCodes.Generator.Emitting;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>The indented writer: templates of many lines, and a check that the code it wrote balances.</summary>
    public sealed class SourceWriterTests
    {
        [Fact]
        public void EveryLineOfATemplateIsIndentedAndBlankLinesStayEmpty()
        {
            var writer = new SourceWriter();
            writer.OpenBlock("class C");
            writer.WriteLine("int A;\n\nint B;");
            writer.CloseBlock();

            Assert.Equal("class C\n{\n    int A;\n\n    int B;\n}\n", writer.ToSourceText());
        }

        [Fact]
        public void AnOpenBlockAtTheEndFails()
        {
            var writer = new SourceWriter();
            writer.OpenBlock("class C");

            Assert.Throws<InvalidOperationException>(() => writer.ToSourceText());
        }

        [Fact]
        public void ClosingMoreBlocksThanWereOpenedFails() => Assert.Throws<InvalidOperationException>(() => new SourceWriter().CloseBlock());

        [Theory]
        [InlineData("class C {")]
        [InlineData("}")]
        [InlineData("void M() { } }")]
        public void BracesOfTheCodeThatDoNotBalanceFail(string code)
        {
            var writer = new SourceWriter();
            writer.WriteLine(code);

            Assert.Throws<InvalidOperationException>(() => writer.ToSourceText());
        }

        [Fact]
        public void BracesInStringsCharactersAndCommentsDoNotCount()
        {
            var writer = new SourceWriter();
            writer.WriteLine("// a { in a comment\n/// <summary>{</summary>\nstring s = \"{ \\\" {\";\nchar c = '{';");

            Assert.Equal(4, writer.ToSourceText().Split('\n').Length - 1);
        }
    }
}
