using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodes.CodeFixes
{
    /// <summary>
    /// Writes a catalog's member for a number used as an error code: the member itself in place of a cast to its enum,
    /// <c>(int)</c> and the member in place of a bare number. For ECA0002 the member is the one suggested.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogMemberCodeFix))]
    [Shared]
    public sealed class UseCatalogMemberCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.NumberIsACode.Id, Rules.NumberIsNoCode.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.Members, out var list) || string.IsNullOrEmpty(list)
                    || !diagnostic.Properties.TryGetValue(FixProperties.Form, out var form)
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number)
                {
                    continue;
                }

                // One action a member, when catalogs share the code; the first, the message's, is what fix-all applies.
                var members = list!.Split(FixProperties.Separator);
                for (var i = 0; i < members.Length; i++)
                {
                    var member = members[i];
                    var title = "Use " + Short(member);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            title,
                            cancellationToken => ReplaceAsync(context.Document, number, member, form == FixProperties.IntForm, cancellationToken),
                            equivalenceKey: i == 0 ? nameof(UseCatalogMemberCodeFix) : nameof(UseCatalogMemberCodeFix) + "." + member),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax number, string member, bool asInt, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var separator = member.IndexOf(FixProperties.MemberSeparator);
            var codeEnum = model?.Compilation.GetTypeByMetadataName(member.Substring(0, separator));
            if (codeEnum == null)
            {
                return document;
            }

            // Fully qualified, then simplified to the shortest name the file's usings allow. Parsed as an expression, so
            // that the tree is the one the text reads as. The member's name is escaped where it is a keyword.
            var type = SyntaxFactory.ParseExpression(codeEnum.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            ExpressionSyntax replacement = SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    type,
                    SyntaxFactory.IdentifierName(Identifier(member.Substring(separator + 1))))
                .WithAdditionalAnnotations(Simplifier.Annotation);
            if (asInt)
            {
                replacement = SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), replacement);
            }

            return document.WithSyntaxRoot(root.ReplaceNode(number, replacement.WithTriviaFrom(number)));
        }

        private static SyntaxToken Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
                ? SyntaxFactory.VerbatimIdentifier(default, "@" + name, name, default)
                : SyntaxFactory.Identifier(name);

        // NetSocketErrorCode.ConnectionTimedOut, for the title.
        private static string Short(string member)
        {
            var separator = member.IndexOf(FixProperties.MemberSeparator);
            var type = member.Substring(0, separator);
            var start = type.LastIndexOfAny(new[] { '.', '+' }) + 1;
            return type.Substring(start) + "." + member.Substring(separator + 1);
        }
    }
}
