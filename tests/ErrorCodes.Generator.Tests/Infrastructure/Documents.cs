using System.Threading;
using ErrorCodes.Model;
using ErrorCodes.Model.Parsing;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>The model library as a tool uses it: markdown in, parsed documents and catalogs out, without a compiler.</summary>
    internal static class Documents
    {
        public const string SpecPath = "/repo/spec/errorcode-test.md";

        public const string TwinPath = "/repo/spec/en/errorcode-test.md";

        public static ParsedDocument Parse(string markdown, string path = SpecPath) => SpecParser.Parse(path, markdown, CancellationToken.None);

        /// <summary>The catalog of a spec and, when given, its twin, as the generator builds it for a project in /repo.</summary>
        public static CatalogResult Build(string markdown, CatalogOptions? options = null, string? twin = null) =>
            CatalogBuilder.Build(Parse(markdown), twin == null ? null : Parse(twin, TwinPath), options ?? new CatalogOptions(ProjectDirectory: "/repo", RootNamespace: "Consumer"));

        /// <summary>A code section in the OpenHarmony form, with every label.</summary>
        public static string Code(int code, string title, string message, string description = "描述。", string cause = "原因。", string step = "步骤。") =>
            $"## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n**处理步骤**\n\n{step}\n\n";

        /// <summary>The same code section with the English labels.</summary>
        public static string EnglishCode(int code, string title, string message, string description = "Description.", string cause = "Cause.", string step = "Step.") =>
            $"## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{step}\n\n";
    }
}
