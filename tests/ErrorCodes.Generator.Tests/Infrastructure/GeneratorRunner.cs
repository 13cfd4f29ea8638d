using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>A spec as a test hands it to the generator: a path, its text and its item metadata.</summary>
    internal sealed record TestSpec(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null)
    {
        /// <summary>Keys an .editorconfig section that matches the file would give it, such as <c>errorcodes_diagnostic.ECG0005.severity</c>.</summary>
        public IReadOnlyDictionary<string, string>? EditorConfig { get; init; }

        /// <summary>The file's bytes, when the test has them: decoded as the compiler would, rather than from <see cref="Text"/>.</summary>
        public byte[]? Bytes { get; init; }

        public static TestSpec FromBytes(string path, byte[] bytes) =>
            new(path, InMemoryAdditionalText.Decode(bytes).ToString()) { Bytes = bytes };

        public static TestSpec FromFile(string path, string? asPath = null) =>
            new(asPath ?? path, System.IO.File.ReadAllText(path));
    }

    /// <summary>Runs the generator the way the compiler does, on specs and options the test chooses.</summary>
    internal sealed class GeneratorRunner
    {
        public const string ProjectDirectory = "/repo/samples/App";

        public GeneratorRunner(
            IEnumerable<TestSpec> specs,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            IReadOnlyList<MetadataReference>? references = null,
            string? rootNamespace = "Consumer",
            NullableContextOptions nullable = NullableContextOptions.Enable)
        {
            Specs = specs.ToList();
            ParseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
            var global = new Dictionary<string, string> { ["build_property.ErrorCodesProjectDirectory"] = ProjectDirectory };
            if (rootNamespace != null)
            {
                global["build_property.ErrorCodesRootNamespace"] = rootNamespace;
            }

            var files = Specs.GroupBy(spec => spec.Path).Select(group => group.Last()).ToDictionary(
                spec => spec.Path,
                spec =>
                {
                    var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ErrorCodesSpec"] = "true" };
                    foreach (var (key, value) in spec.Metadata ?? new Dictionary<string, string>())
                    {
                        metadata["build_metadata.AdditionalFiles." + key] = value;
                    }

                    foreach (var (key, value) in spec.EditorConfig ?? new Dictionary<string, string>())
                    {
                        metadata[key] = value;
                    }

                    return metadata;
                });
            OptionsProvider = new TestOptionsProvider(global, files);
            Compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", ParseOptions) },
                references ?? References.Net,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 || languageVersion == LanguageVersion.Latest ? nullable : NullableContextOptions.Disable,
                    warningLevel: 9999,
                    deterministic: true));
            AdditionalTexts = Specs.Select(spec => (AdditionalText)(spec.Bytes != null
                ? new InMemoryAdditionalText(spec.Path, InMemoryAdditionalText.Decode(spec.Bytes))
                : new InMemoryAdditionalText(spec.Path, spec.Text))).ToImmutableArray();
            Driver = CSharpGeneratorDriver.Create(
                new[] { new ErrorCodesGenerator().AsSourceGenerator() },
                AdditionalTexts,
                ParseOptions,
                OptionsProvider,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        public List<TestSpec> Specs { get; }

        public CSharpParseOptions ParseOptions { get; }

        public TestOptionsProvider OptionsProvider { get; }

        public CSharpCompilation Compilation { get; }

        public ImmutableArray<AdditionalText> AdditionalTexts { get; private set; }

        public GeneratorDriver Driver { get; private set; }

        public static GeneratorRunResult Run(params TestSpec[] specs) => new GeneratorRunner(specs).Run().Result;

        /// <summary>Runs the generator (again, when called twice) and returns its result and the compilation with the generated code.</summary>
        public (GeneratorRunResult Result, Compilation Output) Run() => Run(Compilation);

        /// <summary>Runs the generator on <paramref name="compilation"/>, as the IDE does after a C# edit.</summary>
        public (GeneratorRunResult Result, Compilation Output) Run(Compilation compilation)
        {
            Driver = Driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            return (Driver.GetRunResult().Results.Single(), output);
        }

        /// <summary>Replaces the options, as changing an item's metadata in the project file does.</summary>
        public void ReplaceOptions(TestOptionsProvider options) => Driver = Driver.WithUpdatedAnalyzerConfigOptions(options);

        /// <summary>Replaces a spec's text, as editing the markdown does, and runs the generator again.</summary>
        public (GeneratorRunResult Result, Compilation Output) Edit(string path, string newText)
        {
            var index = AdditionalTexts.IndexOf(AdditionalTexts.Single(text => text.Path == path));
            var updated = new InMemoryAdditionalText(path, newText);
            Driver = Driver.ReplaceAdditionalText(AdditionalTexts[index], updated);
            AdditionalTexts = AdditionalTexts.SetItem(index, updated);
            return Run();
        }
    }
}
