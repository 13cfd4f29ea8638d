using System;
using System.Text;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
using ErrorCodes.Model.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Generates an enum and a catalog of lookups for every <c>ErrorCodeSpec</c> item of the project (an additional
    /// file with <c>ErrorCodesSpec=true</c> metadata). The steps: spec files, parsed documents, specs paired with their
    /// twins, catalog models, plans made with the whole project in view, emit models, then source and diagnostics.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ErrorCodesGenerator : IIncrementalGenerator
    {
        private readonly StepGuard _guard;

        /// <summary>The generator, as the compiler creates it.</summary>
        public ErrorCodesGenerator()
            : this(null)
        {
        }

        // For tests: fault is called with each step's name and the spec's path before the step, and may throw.
        internal ErrorCodesGenerator(Action<string, string>? fault) => _guard = new StepGuard(fault);

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Every step for one spec runs through _guard: a failure is that spec's ECG0099, and every other spec
            // still generates. An exception that reached Roslyn would drop every file of every spec.
            var guard = _guard;

            // Collected first: Roslyn's Combine of a values provider with a value provider loses, in the run after, the
            // files that follow one taken out of the project (seen with Roslyn 4.14 and 5.9; RandomizedIncrementalTests).
            var specFiles = context.AdditionalTextsProvider
                .Collect()
                .Combine(context.AnalyzerConfigOptionsProvider)
                .SelectMany((pair, _) => SpecFile.All(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.SpecFiles);

            var markdownFiles = specFiles.Where(file => file.Listing.Kind is SpecFileKind.Spec or SpecFileKind.Twin);

            // A document depends on its text only, so that changing an item's metadata does not parse it again.
            var documents = markdownFiles
                .Select((file, _) => file.Text)
                .Select((text, cancellationToken) => guard.Run(
                    "read",
                    text.Path,
                    () => SpecReader.Read(text, cancellationToken),
                    failure => ParsedDocument.Failure(text.Path, failure.Rule, failure.Location, failure.Arguments[0])))
                .WithTrackingName(TrackingNames.Documents);

            var namesFiles = specFiles
                .Where(file => file.Listing.Kind is SpecFileKind.Names or SpecFileKind.OrphanedNames)
                .Select((file, cancellationToken) => new ListedNames(file.Listing, SpecReader.ReadNames(file.Text, cancellationToken)))
                .WithTrackingName(TrackingNames.NamesFiles);

            // Pairing needs every spec in view; each input is its own item again, so a catalog whose documents and
            // options did not change is not built again. Every combination of the generator has one shape, a collection
            // and one value: each shape of Roslyn's generic steps is code the JIT compiles in every fresh compiler.
            var allDocuments = documents
                .Collect()
                .Select((all, _) => new DocumentSet(all.ToEquatableArray()));
            var listedDocuments = markdownFiles
                .Select((file, _) => file.Listing)
                .Collect()
                .Combine(allDocuments)
                .Select((pair, _) => new ListedDocuments(pair.Left.ToEquatableArray(), pair.Right.Documents));
            var catalogs = namesFiles
                .Collect()
                .Combine(listedDocuments)
                .SelectMany((inputs, _) => CatalogInputs.Pair(inputs.Right.Listings, inputs.Right.Documents, inputs.Left, guard))
                .WithTrackingName(TrackingNames.CatalogInputs)
                .Select((input, _) => new BuiltCatalog(
                    guard.Run(
                        "build",
                        input.Spec.FilePath,
                        () => CatalogBuilder.Build(input.Spec, input.Twin, input.Names, input.Options),
                        failure => new CatalogResult(input.Spec.FilePath, null, input.Spec.Diagnostics.Add(failure))),
                    input.Spec.Start,
                    input.Settings))
                .WithTrackingName(TrackingNames.Catalogs);

            var emitOptions = context.CompilationProvider
                .Select((compilation, _) => EmitOptions.From(compilation))
                .WithTrackingName(TrackingNames.EmitOptions);

            var outputs = catalogs
                .Collect()
                .Combine(emitOptions)
                .SelectMany((pair, _) => EmitPlanner.Plan(pair.Left, pair.Right, guard))
                .WithTrackingName(TrackingNames.Plans)
                .Select((plan, _) => guard.Run(
                    "model",
                    plan.SpecStart.FilePath,
                    () => EmitModelBuilder.Build(plan),
                    failure => new CatalogOutput(null, plan.Settings.Finish(plan.Diagnostics.Add(failure)).ToEquatableArray())))
                .WithTrackingName(TrackingNames.Outputs);

            context.RegisterSourceOutput(outputs, (context, output) => Emit(context, output, guard));
        }

        private static void Emit(SourceProductionContext context, CatalogOutput output, StepGuard guard)
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(diagnostic));
            }

            var model = output.Source;
            if (model == null)
            {
                return;
            }

            // The emitter's mistake, or Roslyn refusing the file, leaves this catalog out, and the build says so.
            var failure = guard.Run<DiagnosticInfo?>(
                "emit",
                model.SpecStart.FilePath,
                () =>
                {
                    context.AddSource(model.HintName, SourceText.From(CatalogEmitter.Emit(model), Encoding.UTF8));
                    return null;
                },
                failed => failed);
            if (failure != null)
            {
                context.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(failure));
            }
        }
    }
}
