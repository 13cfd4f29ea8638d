using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ErrorCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// The generator's own cost, through Roslyn's GeneratorDriver as the compiler and the IDE run it: a cold run (every
    /// spec parsed and emitted) and a warm re-run after an edit to an unrelated C# file (what every keystroke costs).
    /// Each warm run gets a compilation it has not seen, as each keystroke does, so that nothing the compilation caches
    /// makes the re-run look cheaper. WarmNoOpGenerator is the floor: the same driver and files with a generator that
    /// only reads the files' paths, so what the driver itself costs per edit can be told from what ours adds.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
    public class GeneratorBenchmarks
    {
        private GeneratorDriver _cold = null!;
        private GeneratorDriver _warm = null!;
        private GeneratorDriver _noOp = null!;
        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _edited = null!;
        private int _edits;

        /// <summary>"seed": spec/errorcode-net-socket.md; "corpus": all 68 corpus documents; a number: a synthetic spec of that many codes.</summary>
        [Params("seed", "corpus", "1000", "10000", "100000")]
        public string Specs { get; set; } = "seed";

        [GlobalSetup]
        public void Setup()
        {
            var specs = GeneratorRun.Specs(Specs);
            (_cold, _compilation) = GeneratorRun.Create(specs);
            _warm = _cold.RunGenerators(_compilation);
            _noOp = GeneratorRun.Create(specs, new NoOpGenerator().AsSourceGenerator()).Driver.RunGenerators(_compilation);
            _edited = _compilation;
        }

        [IterationSetup(Targets = new[] { nameof(WarmAfterUnrelatedEdit), nameof(WarmNoOpGenerator) })]
        public void Edit()
        {
            var tree = _compilation.SyntaxTrees.Single();
            var text = "namespace Bench { internal static class Edited { public static int X => " + _edits++ + "; } }";
            _edited = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
        }

        [Benchmark]
        public GeneratorDriver Cold() => _cold.RunGenerators(_compilation);

        [Benchmark]
        public GeneratorDriver WarmAfterUnrelatedEdit() => _warm.RunGenerators(_edited);

        [Benchmark]
        public GeneratorDriver WarmNoOpGenerator() => _noOp.RunGenerators(_edited);

        internal sealed class NoOpGenerator : IIncrementalGenerator
        {
            public void Initialize(IncrementalGeneratorInitializationContext context) =>
                context.RegisterSourceOutput(context.AdditionalTextsProvider.Select((text, _) => text.Path), (_, _) => { });
        }
    }

    /// <summary>A generator run on chosen specs, outside any build.</summary>
    internal static class GeneratorRun
    {
        public static (GeneratorDriver Driver, CSharpCompilation Compilation) Create(IReadOnlyList<(string Path, string Text)> specs, ISourceGenerator? generator = null)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var compilation = Compilation(parseOptions);
            var texts = specs.Select(spec => (AdditionalText)new Text(spec.Path, SourceText.From(spec.Text, Encoding.UTF8))).ToImmutableArray();
            var driver = CSharpGeneratorDriver.Create(
                new[] { generator ?? new ErrorCodesGenerator().AsSourceGenerator() },
                texts,
                parseOptions,
                new Options(specs.Select(spec => spec.Path)));
            return (driver, compilation);
        }

        /// <summary>A compilation of one small file that references the framework's assemblies, as a real project does, and the runtime library.</summary>
        public static CSharpCompilation Compilation(CSharpParseOptions parseOptions)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(ErrorCodeCatalog).Assembly.Location));
            return CSharpCompilation.Create(
                "Bench",
                new[] { CSharpSyntaxTree.ParseText("namespace Bench { internal static class Edited { } }", parseOptions) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        public static IReadOnlyList<(string Path, string Text)> Specs(string which)
        {
            var root = RepositoryRoot();
            if (which == "seed")
            {
                return new[] { ("/bench/errorcode-net-socket.md", File.ReadAllText(Path.Combine(root, "spec", "errorcode-net-socket.md"))) };
            }

            if (which == "corpus")
            {
                var corpus = Path.Combine(root, "tests", "ErrorCodes.Generator.Tests", "Fixtures", "Corpus");
                return Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
                    .Where(path => Path.GetFileName(path) != "README.md")
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .Select(path => ("/bench/" + Path.GetRelativePath(corpus, path).Replace('\\', '/'), File.ReadAllText(path)))
                    .ToList();
            }

            return new[] { ("/bench/errorcode-synthetic.md", Synthetic(int.Parse(which, System.Globalization.CultureInfo.InvariantCulture))) };
        }

        /// <summary>
        /// A spec of <paramref name="count"/> codes in the seed's shape, every field present, from <paramref name="first"/>
        /// every 7; with <paramref name="descriptionLength"/>, each description is that many characters of Chinese text.
        /// </summary>
        public static string Synthetic(int count, int first = 10_000_000, int descriptionLength = 0)
        {
            var builder = new StringBuilder("# 合成错误码\n\n");
            for (var i = 0; i < count; i++)
            {
                var code = first + (i * 7);
                var description = "第" + i + "个合成错误。";
                while (description.Length < descriptionLength)
                {
                    description += "这是一段用于测量的描述文字，";
                }

                builder.Append("## ").Append(code).Append(" 合成错误").Append(i).Append("\n\n**错误信息**\n\nSynthetic failure number ")
                    .Append(i).Append(".\n\n**错误描述**\n\n").Append(description).Append("\n\n**可能原因**\n\n1. 内存异常。\n2. 空指针。\n\n**处理步骤**\n\n1. 检查内存。\n2. 重试。\n\n");
            }

            return builder.ToString();
        }

        public static int SyntheticCode(int index) => 10_000_000 + (index * 7);

        internal static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ErrorCodes.sln")))
                {
                    return directory.FullName;
                }
            }

            // BenchmarkDotNet runs a copy of the benchmarks from its own folder; the working directory is still the repository's.
            for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ErrorCodes.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }

        internal sealed class Text : AdditionalText
        {
            private readonly SourceText _text;

            public Text(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        // Every file is a spec, each in a namespace of its own, so that documents with the same default names all generate.
        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<string, AnalyzerConfigOptions> _files = new();

            public Options(IEnumerable<string> paths)
            {
                var index = 0;
                foreach (var path in paths)
                {
                    _files[path] = new Values(new Dictionary<string, string>
                    {
                        ["build_metadata.AdditionalFiles.ErrorCodesSpec"] = "true",
                        ["build_metadata.AdditionalFiles.Namespace"] = "Bench.Spec" + index++,
                    });
                }
            }

            public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.ErrorCodesProjectDirectory"] = "/bench" });

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _files.TryGetValue(textFile.Path, out var options) ? options : Values.Empty;
        }

        internal sealed class Values : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Values(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
