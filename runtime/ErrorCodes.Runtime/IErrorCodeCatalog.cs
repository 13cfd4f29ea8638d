using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

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

        /// <summary>The languages of the catalog's texts: the spec's own first, then its twin's, such as <c>zh-CN</c>, <c>en</c>.</summary>
        IReadOnlyList<string> Languages { get; }

        /// <summary>The document's metadata comments, such as <c>Kit</c> = <c>Network Kit</c> from <c>&lt;!--Kit: Network Kit--&gt;</c>.</summary>
        IReadOnlyDictionary<string, string> Properties { get; }

        /// <summary>The file names of the documents the notes point to, such as <c>errorcode-universal.md</c>.</summary>
        IReadOnlyList<string> Links { get; }

        /// <summary>Whether the document itself defines <paramref name="code"/>.</summary>
        bool IsDefined(int code);

        /// <summary>
        /// Finds the code, in the language of <see cref="CultureInfo.CurrentUICulture"/> (or its parents) when the catalog
        /// has it, else in the spec's own, as <c>ResourceManager</c> chooses: a code the document defines, else one its
        /// errno rule maps to the kernel catalog, else one of the linked catalogs (such as the universal codes) in the
        /// same assembly.
        /// </summary>
        bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info);

        /// <summary>As <see cref="TryGetInfo(int, out ErrorCodeInfo)"/>, with texts in the language of <paramref name="culture"/> (null: the current UI culture; <see cref="CultureInfo.InvariantCulture"/>: the spec's own) when the catalog has it.</summary>
        bool TryGetInfo(int code, CultureInfo? culture, [NotNullWhen(true)] out ErrorCodeInfo? info);
    }
}
