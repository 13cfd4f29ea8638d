using System;
using System.Collections.ObjectModel;

namespace ErrorCodes
{
    /// <summary>Read-only views of the arrays a constructor is given.</summary>
    internal static class ReadOnlyLists
    {
        /// <summary>A copy, so that the caller cannot change an entry afterwards.</summary>
        public static ReadOnlyCollection<T> Copy<T>(T[]? items) =>
            items == null || items.Length == 0 ? Empty<T>.Instance : new ReadOnlyCollection<T>((T[])items.Clone());

        /// <summary>The array itself, for a caller that gives it up (generated code, which made it for the entry).</summary>
        public static ReadOnlyCollection<T> Take<T>(T[]? items) =>
            items == null || items.Length == 0 ? Empty<T>.Instance : new ReadOnlyCollection<T>(items);

        private static class Empty<T>
        {
            public static readonly ReadOnlyCollection<T> Instance = new ReadOnlyCollection<T>(Array.Empty<T>());
        }
    }
}
