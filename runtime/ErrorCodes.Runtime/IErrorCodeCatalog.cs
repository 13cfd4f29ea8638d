using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ErrorCodes
{
    /// <summary>The codes of one error-code document, as generated into an assembly.</summary>
    public interface IErrorCodeCatalog
    {
        /// <summary>The catalog's name, such as <c>NetSocket</c>.</summary>
        string Name { get; }

        /// <summary>The document's title, such as <c>Socket 错误码</c>; empty when it has none.</summary>
        string Title { get; }

        /// <summary>The document's notes that belong to no code, in document order.</summary>
        IReadOnlyList<string> Notes { get; }

        /// <summary>Every code, in document order.</summary>
        IReadOnlyList<ErrorCodeInfo> All { get; }

        /// <summary>Finds the code; returns false when the catalog does not define it.</summary>
        bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info);
    }
}
