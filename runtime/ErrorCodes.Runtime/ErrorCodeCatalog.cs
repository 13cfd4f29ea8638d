using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace ErrorCodes
{
    /// <summary>The base of every generated catalog's <c>Instance</c>.</summary>
    /// <remarks>
    /// Generated code overrides only <see cref="Find"/>, which returns a nullable value: that keeps the
    /// <see cref="NotNullWhenAttribute"/> contract of <see cref="TryGetInfo"/> here, where it is always
    /// available, rather than in consumers that target netstandard2.0 or C# 7.3.
    /// </remarks>
    public abstract class ErrorCodeCatalog : IErrorCodeCatalog
    {
        /// <summary>Creates a catalog over infos that the derived class owns and never changes.</summary>
        protected ErrorCodeCatalog(string name, string title, string[] notes, ErrorCodeInfo[] all)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Notes = new ReadOnlyCollection<string>(notes ?? throw new ArgumentNullException(nameof(notes)));
            All = new ReadOnlyCollection<ErrorCodeInfo>(all ?? throw new ArgumentNullException(nameof(all)));
        }

        /// <inheritdoc/>
        public string Name { get; }

        /// <inheritdoc/>
        public string Title { get; }

        /// <inheritdoc/>
        public IReadOnlyList<string> Notes { get; }

        /// <inheritdoc/>
        public IReadOnlyList<ErrorCodeInfo> All { get; }

        /// <inheritdoc/>
        public bool TryGetInfo(int code, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            info = Find(code);
            return info != null;
        }

        /// <summary>Returns the code's info, or null when the catalog does not define it.</summary>
        protected abstract ErrorCodeInfo? Find(int code);

        /// <summary>Returns the catalog's name.</summary>
        public override string ToString() => Name;
    }
}
