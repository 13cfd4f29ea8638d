using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        public InMemoryAdditionalText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        /// <summary>
        /// A file's bytes decoded as the compiler decodes a file: BOM detection, else UTF-8 with U+FFFD for bad bytes. Not
        /// for UTF-32, whose marks this detects and the compiler does not (ToolFileSystemTests builds such a file for real).
        /// </summary>
        public static SourceText Decode(byte[] bytes) => SourceText.From(new System.IO.MemoryStream(bytes), encoding: null);

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
