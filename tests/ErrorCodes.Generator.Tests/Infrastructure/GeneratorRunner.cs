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

        /// <summary>The file as the compiler sees it: decoded from its bytes, unless the test has changed its text since.</summary>
        public AdditionalText ToAdditionalText()
        {
            var decoded = Bytes == null ? null : InMemoryAdditionalText.Decode(Bytes);
            return decoded != null && decoded.ToString() == Text ? new InMemoryAdditionalText(Path, decoded) : new InMemoryAdditionalText(Path, Text);
        }
    }

    /// <summary>
    /// Runs the generator the way the compiler does, on specs and options the test chooses. Every run is followed by a
    /// second on an equal compilation, which must come entirely from the cache and give the same output (see
    /// <see cref="CachingCheck"/>), so that every test that runs the generator also proves it incremental.
    /// </summary>
    internal sealed class GeneratorRunner
    {
        public const string ProjectDirectory = "/repo/samples/App";

        private readonly string? _rootNamespace;
        private readonly bool _trackSteps;
        private readonly IReadOnlyDictionary<string, string>? _globalOptions;

        public GeneratorRunner(
            IEnumerable<TestSpec> specs,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            IReadOnlyList<MetadataReference>? references = null,
            string? rootNamespace = "Consumer",
            NullableContextOptions nullable = NullableContextOptions.Enable,
            bool trackSteps = true,
            ErrorCodesGenerator? generator = null,
            IReadOnlyDictionary<string, string>? globalOptions = null)
        {
            _trackSteps = trackSteps;
            _globalOptions = globalOptions;
            _rootNamespace = rootNamespace;
            Specs = specs.GroupBy(spec => spec.Path).Select(group => group.Last()).ToList();
            ParseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
            OptionsProvider = Options(Specs);
            Compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", ParseOptions) },
                references ?? References.Net,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 || languageVersion == LanguageVersion.Latest ? nullable : NullableContextOptions.Disable,
                    warningLevel: 9999,
                    deterministic: true,
                    // As the SDK does (NoWarn 1701;1702): ErrorCodes.Runtime's net8.0 build references System.Runtime 8.0, unified with 10.0 here.
                    specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
            AdditionalTexts = specs.Select(spec => spec.ToAdditionalText()).ToImmutableArray();
            Driver = CSharpGeneratorDriver.Create(
                new[] { (generator ?? new ErrorCodesGenerator()).AsSourceGenerator() },
                AdditionalTexts,
                ParseOptions,
                OptionsProvider,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        }

        public List<TestSpec> Specs { get; private set; }

        public CSharpParseOptions ParseOptions { get; }

        public TestOptionsProvider OptionsProvider { get; private set; }

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
            var result = Driver.GetRunResult().Results.Single();
            if (_trackSteps)
            {
                CachingCheck.AssertRerunIsCached(Driver, compilation, result);
            }
            else
            {
                CachingCheck.AssertRerunGivesTheSameOutput(Driver, compilation, result);
            }
            return (result, output);
        }

        /// <summary>Replaces the options, as changing an item's metadata in the project file does.</summary>
        public void ReplaceOptions(TestOptionsProvider options)
        {
            OptionsProvider = options;
            Driver = Driver.WithUpdatedAnalyzerConfigOptions(options);
        }

        /// <summary>Replaces a spec's text, as editing the markdown does, and runs the generator again.</summary>
        public (GeneratorRunResult Result, Compilation Output) Edit(string path, string newText)
        {
            Replace(Specs.Single(spec => spec.Path == path) with { Text = newText });
            return Run();
        }

        /// <summary>Replaces a spec's text and metadata, as editing the markdown or the project file does, without running.</summary>
        public void Replace(TestSpec spec)
        {
            var index = Specs.FindIndex(existing => existing.Path == spec.Path);
            var updated = spec.ToAdditionalText();
            var textIndex = AdditionalTexts.IndexOf(AdditionalTexts.Single(text => text.Path == spec.Path));
            Driver = Driver.ReplaceAdditionalText(AdditionalTexts[textIndex], updated);
            AdditionalTexts = AdditionalTexts.SetItem(textIndex, updated);
            Specs[index] = spec;
            ReplaceOptions(Options(Specs));
        }

        /// <summary>Adds a spec to the project, without running.</summary>
        public void Add(TestSpec spec)
        {
            var text = spec.ToAdditionalText();
            Specs.Add(spec);
            AdditionalTexts = AdditionalTexts.Add(text);
            ReplaceOptions(Options(Specs));
            Driver = Driver.AddAdditionalTexts(ImmutableArray.Create(text));
        }

        /// <summary>Removes a spec from the project, without running.</summary>
        public void Remove(string path)
        {
            var text = AdditionalTexts.Single(existing => existing.Path == path);
            Specs.RemoveAll(spec => spec.Path == path);
            AdditionalTexts = AdditionalTexts.Remove(text);
            Driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create(text));
            ReplaceOptions(Options(Specs));
        }

        /// <summary>The options MSBuild would pass for <paramref name="specs"/>: the project's properties and each item's metadata.</summary>
        public TestOptionsProvider Options(IEnumerable<TestSpec> specs)
        {
            var global = new Dictionary<string, string> { ["build_property.ErrorCodesProjectDirectory"] = ProjectDirectory };
            if (_rootNamespace != null)
            {
                global["build_property.ErrorCodesRootNamespace"] = _rootNamespace;
            }

            foreach (var (key, value) in _globalOptions ?? new Dictionary<string, string>())
            {
                global[key] = value;
            }

            var files = specs.GroupBy(spec => spec.Path).Select(group => group.Last()).ToDictionary(
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
            return new TestOptionsProvider(global, files);
        }
    }
}
