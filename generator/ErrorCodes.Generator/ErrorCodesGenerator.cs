using System;
using System.Text;
using ErrorCodes.Generator.Emitting;
using ErrorCodes.Generator.Pipeline;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Model;
using ErrorCodes.Model.Diagnostics;
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
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Collected first: Roslyn's Combine of a values provider with a value provider loses, in the run after, the
            // files that follow one taken out of the project (seen with Roslyn 4.14 and 5.9; RandomizedIncrementalTests).
            var specFiles = context.AdditionalTextsProvider
                .Collect()
                .Combine(context.AnalyzerConfigOptionsProvider)
                .SelectMany((pair, _) => SpecFile.All(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.SpecFiles);

            var markdownFiles = specFiles.Where(file => file.Listing.Kind != SpecFileKind.Names);

            // A document depends on its text only, so that changing an item's metadata does not parse it again.
            var documents = markdownFiles
                .Select((file, _) => file.Text)
                .Select((text, cancellationToken) => SpecReader.Read(text, cancellationToken))
                .WithTrackingName(TrackingNames.Documents);

            var namesFiles = specFiles
                .Where(file => file.Listing.Kind == SpecFileKind.Names)
                .Select((file, cancellationToken) => (file.Listing, SpecReader.ReadNames(file.Text, cancellationToken)))
                .WithTrackingName(TrackingNames.NamesFiles);

            // Pairing needs every spec in view; each input is its own item again, so a catalog whose documents and
            // options did not change is not built again.
            var catalogs = markdownFiles
                .Select((file, _) => file.Listing)
                .Collect()
                .Combine(documents.Collect())
                .Combine(namesFiles.Collect())
                .SelectMany((inputs, _) => CatalogInputs.Pair(inputs.Left.Left, inputs.Left.Right, inputs.Right))
                .WithTrackingName(TrackingNames.CatalogInputs)
                .Select((input, _) => new BuiltCatalog(CatalogBuilder.Build(input.Spec, input.Twin, input.Names, input.Options), input.Spec.Start, input.Settings))
                .WithTrackingName(TrackingNames.Catalogs);

            var emitOptions = context.ParseOptionsProvider
                .Combine(context.CompilationProvider.Select((compilation, _) => CompilationFacts.From(compilation)))
                .Select((pair, _) => EmitOptions.From(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.EmitOptions);

            var outputs = catalogs
                .Collect()
                .Combine(emitOptions)
                .SelectMany((pair, _) => EmitPlanner.Plan(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Plans)
                .Select((plan, _) => EmitModelBuilder.Build(plan))
                .WithTrackingName(TrackingNames.Outputs);

            context.RegisterSourceOutput(outputs, Emit);
        }

        private static void Emit(SourceProductionContext context, CatalogOutput output)
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(diagnostic));
            }

            if (output.Source == null)
            {
                return;
            }

            string source;
            try
            {
                source = CatalogEmitter.Emit(output.Source);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // An emitter's mistake must not fail the build: the catalog is left out, and the build says so.
                context.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(DiagnosticInfo.Create(DiagnosticRules.InternalError, output.Source.SpecStart, exception.GetType().Name + ": " + exception.Message)));
                return;
            }

            context.AddSource(output.Source.HintName, SourceText.From(source, Encoding.UTF8));
        }
    }
}
