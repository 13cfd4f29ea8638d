using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Threading;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Generator.Tests.Infrastructure;
using ErrorCodes.Model;
using ErrorCodes.Model.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Generator.Tests.Emitting
{
    /// <summary>
    /// Catalogs of any size compile: an assembly holds at most 16 MB of string literals (CS8103 past it), so past a
    /// budget the largest catalogs keep their texts as UTF-8 data, and without UTF-8 literals (before C# 11) those that
    /// cannot fit are reported (ECG0031) rather than generated broken.
    /// </summary>
    public sealed class TextStorageTests
    {
        // 24,000 codes of about 700 characters each: some 15 million characters, 29.7 MB as string literals.
        private const int LargeCodes = 24_000;

        private static readonly Lazy<TestSpec> s_large = new(() => Synthetic("/repo/spec/errorcode-large.md", LargeCodes, 700));

        /// <summary>A spec whose texts would take 29.7 MB as string literals.</summary>
        internal static TestSpec Large => s_large.Value;

        [Fact]
        public void AProjectPastSixteenMegabytesOfTextCompilesAndEveryTextComesBackExactly()
        {
            var large = Large;
            var parsed = SpecParser.Parse(large.Path, large.Text, CancellationToken.None);
            var characters = parsed.Codes.Sum(code => code.Title.Length + code.Message.Length + code.Description.Length + code.Causes.Sum(c => c.Length) + code.Remediation.Sum(r => r.Length));
            Assert.True(2L * characters > 16 * 1024 * 1024, $"the spec has only {characters} characters of text");

            var (result, output) = new GeneratorRunner(new[] { large, Fixtures.Seed(), Fixtures.SeedNames() }).Run();

            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var largeSource = Source(result, "LargeErrorCode.g.cs");
            Assert.Contains("private static global::System.ReadOnlySpan<byte> Utf8 =>", largeSource, StringComparison.Ordinal);
            Assert.Contains("private static readonly int[] s_entryData =", largeSource, StringComparison.Ordinal);
            // net10.0 has Encoding.GetString(ReadOnlySpan<byte>): each text decodes from the data, without a copy of its bytes.
            Assert.Contains("GetString(utf8.Slice(offset, s_lengths[i]));", largeSource, StringComparison.Ordinal);
            Assert.DoesNotContain("ReadOnlySpan<byte>", Source(result, "NetSocketErrorCode.g.cs"), StringComparison.Ordinal);

            var catalogs = ErrorCodeCatalogs.FromAssembly(InMemoryAssembly.Load(output)).ToDictionary(catalog => catalog.Name);
            CatalogAssert.SameTexts(parsed, catalogs["Large"]);
            Assert.True(catalogs["NetSocket"].TryGetInfo(2301001, out var socket));
            Assert.Equal("Operation not permitted.", socket.Message);
        }

        [Fact]
        public void CatalogsWithinTheBudgetKeepStringLiterals()
        {
            var (result, _) = new GeneratorRunner(new[] { Synthetic("/repo/spec/errorcode-medium.md", 2_000, 700), Fixtures.Seed() }).Run();

            Assert.All(result.GeneratedSources, source => Assert.DoesNotContain("u8", source.SourceText.ToString(), StringComparison.Ordinal));
        }

        [Fact]
        public void TheEstimateOfStringLiteralsIsWhatTheCompilerWrites()
        {
            var medium = Synthetic("/repo/spec/errorcode-medium.md", 2_000, 700);
            var (result, output) = new GeneratorRunner(new[] { medium }).Run();
            var catalog = SpecParser.Parse(medium.Path, medium.Text, CancellationToken.None);
            var built = CatalogBuilder.Build(catalog, null, new CatalogOptions()).Catalog!;

            using var stream = new MemoryStream();
            Assert.True(output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken).Success);
            stream.Position = 0;
            using var pe = new PEReader(stream);
            var heap = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
            var estimate = TextStorage.LiteralBytes(built);

            // The heap also holds the catalog's few other strings (its name, its spec file's path, its language).
            Assert.InRange(heap - estimate, 0, 1024);
            Assert.True(estimate > 2_000_000, $"{estimate}");
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void TheLargestCatalogsGoToDataUntilTheRestFitTheBudget()
        {
            Assert.Equal(new[] { false, false, false }, TextStorage.ChooseData(new long[] { 1, 2, 3 }, 6));
            Assert.Equal(new[] { false, false, true }, TextStorage.ChooseData(new long[] { 1, 2, 3 }, 5));
            Assert.Equal(new[] { false, true, true }, TextStorage.ChooseData(new long[] { 1, 3, 3 }, 2));
            Assert.Equal(new[] { true, true }, TextStorage.ChooseData(new long[] { 4, 5 }, 3));
            Assert.Empty(TextStorage.ChooseData(Array.Empty<long>(), 0));
        }

        private static string Source(GeneratorRunResult result, string hintName) =>
            result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

        // Codes with texts of their own (nothing for the compiler to share), in English and Chinese, about
        // charactersPerCode characters each.
        internal static TestSpec Synthetic(string path, int codes, int charactersPerCode)
        {
            var builder = new StringBuilder("# 合成错误码\n\n");
            var filler = new string('x', Math.Max(0, charactersPerCode - 200));
            for (var i = 0; i < codes; i++)
            {
                builder.Append("## ").Append(30_000_000 + i).Append(" 合成错误").Append(i).Append("\n\n")
                    .Append("**错误信息**\n\nSynthetic failure number ").Append(i).Append(" \"quoted\", \\ and ").Append(filler).Append(".\n\n")
                    .Append("**错误描述**\n\n第").Append(i).Append("个合成错误，描述的文字。\n\n")
                    .Append("**可能原因**\n\n1. 内存异常").Append(i).Append("。\n2. 空指针").Append(i).Append("。\n\n")
                    .Append("**处理步骤**\n\n1. 检查内存").Append(i).Append("。\n2. 重试").Append(i).Append("。\n\n");
            }

            return new TestSpec(path, builder.ToString());
        }
    }
}
