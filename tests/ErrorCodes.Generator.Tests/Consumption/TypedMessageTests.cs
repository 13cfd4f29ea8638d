using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Consumption
{
    /// <summary>
    /// FormatMessage and GetMessageTemplate for codes whose messages have placeholders, through builds of the corpus's
    /// HUKS document and of a spec with several placeholders, at C# 7.3 on netstandard2.0 and at the current version.
    /// </summary>
    public sealed class TypedMessageTests
    {
        // The first code with two placeholders names the two-argument overload's parameters.
        private const string Spec = "# Loader\n\n"
            + "## 5 Keyword\n\n**错误信息**\n\nThe ${class} of ${code}.\n\n"
            + "## 1 Unresolved\n\n**错误信息**\n\nFailed to resolve `${filePath}` imported by `${importerFile}`; check ${filePath}.\n\n"
            + "## 2 Misconfigured\n\n**错误信息**\n\nThe {pkgName} module of {moduleName} is {broken}.\n\n"
            + "## 3 Kit\n\n**错误信息**\n\nKit ${this.kitName} {with braces} and ${f()}.\n\n"
            + "## 4 Plain\n\n**错误信息**\n\nNothing to fill {0}.\n";

        [Fact]
        public void TheHuksMessagesAreFilledAndGivenAsTemplates()
        {
            var huks = TestSpec.FromBytes("/repo/spec/cj-errorcode-huks.md", File.ReadAllBytes(Path.Combine(Fixtures.CorpusDirectory, "en", "cj-errorcode-huks.md")));
            var type = Build(new[] { huks }).GetType("Consumer.CjHuksErrorCodes")!;
            var code = Enum.ToObject(type.Assembly.GetType("Consumer.CjHuksErrorCode")!, 12000001);

            Assert.Equal("The ${messageInfo} is not supported.", Invoke(type, "GetMessage", code));
            Assert.Equal("The AES-512 is not supported.", Invoke(type, "FormatMessage", code, "AES-512"));
            Assert.Equal("The  is not supported.", Invoke(type, "FormatMessage", code, new string?[] { null }));
            Assert.Equal("The {messageInfo} is not supported.", Invoke(type, "GetMessageTemplate", code));
            Assert.Equal("messageInfo", Assert.Single(type.GetMethods(), m => m.Name == "FormatMessage").GetParameters()[1].Name);
        }

        [Fact]
        public void EachNumberOfPlaceholdersHasAnOverloadAndARepeatedPlaceholderIsOneParameter()
        {
            var type = Build(new[] { new TestSpec("/repo/spec/errorcode-loader.md", Spec) }).GetType("Consumer.LoaderErrorCodes")!;
            var enumType = type.Assembly.GetType("Consumer.LoaderErrorCode")!;
            object Code(int value) => Enum.ToObject(enumType, value);

            var overloads = type.GetMethods().Where(m => m.Name == "FormatMessage").Select(m => string.Join(",", m.GetParameters().Skip(1).Select(p => p.Name))).OrderBy(s => s).ToList();
            Assert.Equal(new[] { "class,codeArgument", "kitName", "pkgName,moduleName,broken" }, overloads);

            Assert.Equal("Failed to resolve a.ets imported by b.ets; check a.ets.", Invoke(type, "FormatMessage", Code(1), "a.ets", "b.ets"));
            Assert.Equal("The entry module of app is missing.", Invoke(type, "FormatMessage", Code(2), "entry", "app", "missing"));
            Assert.Equal("Kit Crypto {with braces} and ${f()}.", Invoke(type, "FormatMessage", Code(3), "Crypto"));
            Assert.Equal("The cipher of 12.", Invoke(type, "FormatMessage", Code(5), "cipher", "12"));

            // A code with another number of placeholders, or none, keeps its message as written.
            Assert.Equal("Nothing to fill {0}.", Invoke(type, "FormatMessage", Code(4), "x"));
            Assert.Equal("The ${class} of ${code}.", Invoke(type, "FormatMessage", Code(5), "x"));

            Assert.Equal("Failed to resolve {filePath} imported by {importerFile}; check {filePath}.", Invoke(type, "GetMessageTemplate", Code(1)));
            Assert.Equal("Kit {kitName} {{with braces}} and ${{f()}}.", Invoke(type, "GetMessageTemplate", Code(3)));
            Assert.Equal("Nothing to fill {{0}}.", Invoke(type, "GetMessageTemplate", Code(4)));
        }

        [Fact]
        public void ToExceptionTakesFormatMessagesArgumentsIntoTheExceptionsMessage()
        {
            var huks = TestSpec.FromBytes("/repo/spec/cj-errorcode-huks.md", File.ReadAllBytes(Path.Combine(Fixtures.CorpusDirectory, "en", "cj-errorcode-huks.md")));
            var type = Build(new[] { huks }).GetType("Consumer.CjHuksErrorCodes")!;
            var code = Enum.ToObject(type.Assembly.GetType("Consumer.CjHuksErrorCode")!, 12000001);
            var toException = type.GetMethods().Single(m => m.Name == "ToException" && m.GetParameters().Length == 3);
            var inner = new InvalidOperationException("native");

            var exception = Assert.IsType<ErrorCodeException>(toException.Invoke(null, new[] { code, "AES-512", inner }));
            Assert.Equal("[12000001] The AES-512 is not supported.", exception.Message);
            Assert.Equal(12000001, exception.Code);
            Assert.Equal("The ${messageInfo} is not supported.", exception.Info!.Message);
            Assert.Same(inner, exception.InnerException);
            Assert.Equal(new[] { "code", "messageInfo", "innerException" }, toException.GetParameters().Select(p => p.Name));
            Assert.True(toException.GetParameters()[2].IsOptional);

            // A code the catalog has no entry for reads as ToException() does.
            var unknown = Enum.ToObject(code.GetType(), 99);
            var missing = Assert.IsType<ErrorCodeException>(toException.Invoke(null, new[] { unknown, "x", null }));
            Assert.Equal("[99] Unknown error code.", missing.Message);
            Assert.Null(missing.Info);
        }

        [Fact]
        public void ACatalogWithoutPlaceholdersHasNeither()
        {
            var type = Build(new[] { Fixtures.Seed() }).GetType("Consumer.NetSocketErrorCodes")!;

            Assert.DoesNotContain(type.GetMethods(), m => m.Name is "FormatMessage" or "GetMessageTemplate");
        }

        [Fact]
        public void BothConsumerKindsCompileClean()
        {
            var huks = TestSpec.FromBytes("/repo/spec/cj-errorcode-huks.md", File.ReadAllBytes(Path.Combine(Fixtures.CorpusDirectory, "en", "cj-errorcode-huks.md")));
            foreach (var (version, references) in new[] { (LanguageVersion.CSharp7_3, References.NetStandard20), (LanguageVersion.Latest, References.Net) })
            {
                var (_, output) = new GeneratorRunner(new[] { huks, new TestSpec("/repo/spec/errorcode-loader.md", Spec) }, version, references).Run();
                Assert.Empty(CompilationProblems.Of(output));

                // ToException(null) still means the inner exception, and the arguments of each arity are taken.
                var usage = CSharpSyntaxTree.ParseText(
                    "namespace Consumer { internal static class Usage { internal static void Use() {\n"
                    + "var a = CjHuksErrorCode.MessageInfoIsNotSupported.ToException(null);\n"
                    + "var b = CjHuksErrorCode.MessageInfoIsNotSupported.ToException(\"AES\");\n"
                    + "var c = CjHuksErrorCode.MessageInfoIsNotSupported.ToException(\"AES\", new System.InvalidOperationException());\n"
                    + "var d = ((LoaderErrorCode)1).ToException(\"a.ets\", \"b.ets\", null);\n"
                    + "var e = ((LoaderErrorCode)2).ToException(\"p\", \"m\", \"b\");\n"
                    + "System.GC.KeepAlive(new object[] { a, b, c, d, e });\n} } }",
                    (CSharpParseOptions)output.SyntaxTrees.First().Options,
                    cancellationToken: TestContext.Current.CancellationToken);
                Assert.Empty(CompilationProblems.Of(output.AddSyntaxTrees(usage)));
            }
        }

        private static Assembly Build(TestSpec[] specs)
        {
            var (_, output) = new GeneratorRunner(specs).Run();
            Assert.Empty(CompilationProblems.Of(output));
            return InMemoryAssembly.Load(output);
        }

        private static object? Invoke(Type type, string name, object code, params string?[] arguments)
        {
            var method = type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == arguments.Length + 1);
            return method.Invoke(null, new[] { code }.Concat(arguments.Cast<object?>()).ToArray());
        }
    }
}
