using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ErrorCodes.Analyzers;
using ErrorCodes.CodeFixes;
using ErrorCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Tests.Analyzers
{
    /// <summary>
    /// The analyzer and its code fix under Microsoft.CodeAnalysis.Testing, in a project with the catalogs the generator
    /// makes of the sample's specs (the seed, the kernel table, the universal codes; namespace <c>App</c>). Each test
    /// checks the diagnostics of the source, the fixed source, and (the library's default) fix-all in document, project
    /// and solution, and that the fixed code compiles.
    /// </summary>
    /// <remarks>
    /// The catalogs are the generator's output added as sources, rather than the generator run by the library: the
    /// library runs generators for the diagnostics but gives the code fix a workspace without their output, where an IDE
    /// gives it the source-generated documents. The analyzer skips them as generated code, as it does in a build.
    /// </remarks>
    internal sealed class AnalyzerTest : CSharpCodeFixTest<ErrorCodeNumberAnalyzer, UseCatalogMemberCodeFix, DefaultVerifier>
    {
        /// <summary>A document that defines a code of the seed's again, 2303210, as OtherErrorCode.TimedOutAgain.</summary>
        public const string OtherSpec = "# Other\n\n## 2303210 超时\n\n**错误信息**\n\nTimed out again.\n";

        private static readonly Lazy<IReadOnlyList<(string Path, SourceText Text)>> s_catalogs = new(() => Generate(withOther: false));

        private static readonly Lazy<IReadOnlyList<(string Path, SourceText Text)>> s_catalogsWithOther = new(() => Generate(withOther: true));

        private readonly bool _withOther;

        public AnalyzerTest(bool withOther = false)
        {
            _withOther = withOther;
            // The test's own runtime and ErrorCodes.Runtime, as the other consumer compilations use: nothing to download.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(References.Net);
        }

        /// <summary>Checks that <paramref name="source"/> gets the diagnostics its markup shows, and nothing else.</summary>
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
            VerifyAsync(new[] { source }, new[] { source }, expected);

        /// <summary>Checks the diagnostics of <paramref name="source"/> and that the fixes (each, and fix-all) make <paramref name="fixedSource"/>.</summary>
        public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
            VerifyAsync(new[] { source }, new[] { fixedSource }, expected);

        /// <summary>
        /// As <see cref="VerifyAsync(string, string, DiagnosticResult[])"/> for a project of several files, and as many
        /// more projects as <paramref name="otherProjects"/> holds (each its own sources and fixed sources, with the
        /// catalogs of its own): fix-all in the solution then fixes every project.
        /// </summary>
        public static Task VerifyAsync(string[] sources, string[] fixedSources, DiagnosticResult[] expected, params (string[] Sources, string[] FixedSources)[] otherProjects)
        {
            var test = new AnalyzerTest();
            test.Add(test.TestState, sources);
            test.Add(test.FixedState, fixedSources);
            for (var i = 0; i < otherProjects.Length; i++)
            {
                var name = "Other" + i;
                test.TestState.AdditionalProjects[name].AdditionalReferences.AddRange(References.Net);
                test.FixedState.AdditionalProjects[name].AdditionalReferences.AddRange(References.Net);
                test.Add(test.TestState.AdditionalProjects[name], otherProjects[i].Sources);
                test.Add(test.FixedState.AdditionalProjects[name], otherProjects[i].FixedSources);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        public static Task VerifyAsync(string[] sources, string[] fixedSources, params DiagnosticResult[] expected) =>
            VerifyAsync(sources, fixedSources, expected, Array.Empty<(string[], string[])>());

        /// <summary>
        /// Checks that with <see cref="OtherSpec"/> beside the sample's, a code two catalogs define gets one action a
        /// catalog, and that the one at <paramref name="actionIndex"/> (and fix-all with it) makes <paramref name="fixedSource"/>.
        /// </summary>
        public static Task VerifySharedCodeAsync(string source, string fixedSource, int actionIndex, string equivalenceKey, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest(withOther: true) { CodeActionIndex = actionIndex, CodeActionEquivalenceKey = equivalenceKey };
            test.Add(test.TestState, new[] { source });
            test.Add(test.FixedState, new[] { fixedSource });
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static IReadOnlyList<(string Path, SourceText Text)> Generate(bool withOther)
        {
            var specs = new[] { "errorcode-net-socket.md", "errorcode-kernel.md", "errorcode-universal.md" }
                .Select(name => new TestSpec("/spec/" + name, File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "spec", name))))
                .Concat(withOther ? new[] { new TestSpec("/spec/errorcode-other.md", OtherSpec) } : Array.Empty<TestSpec>());
            var result = new GeneratorRunner(specs, rootNamespace: "App").Run().Result;
            return result.GeneratedSources.Select(source => ("/generated/" + source.HintName, source.SourceText)).ToList();
        }

        private void Add(ProjectState project, string[] sources)
        {
            foreach (var source in sources)
            {
                project.Sources.Add(source);
            }

            foreach (var (path, text) in (_withOther ? s_catalogsWithOther : s_catalogs).Value)
            {
                project.Sources.Add(("/" + project.Name + path, text));
            }
        }

        /// <summary>An expected ECA0001 at the markup's location <c>{|#n:…|}</c>.</summary>
        public static DiagnosticResult IsACode(int location, int code, string enumName, string member) =>
            new DiagnosticResult(Rules.NumberIsACode).WithLocation(location).WithArguments(code, enumName, member);

        /// <summary>An expected ECA0002 at the markup's location <c>{|#n:…|}</c>.</summary>
        public static DiagnosticResult IsNoCode(int location, int code, string enumName, int meant, string member) =>
            new DiagnosticResult(Rules.NumberIsNoCode).WithLocation(location).WithArguments(code, enumName, meant, member);
    }
}
