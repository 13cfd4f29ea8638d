using System;
using System.Collections.ObjectModel;

namespace ErrorCodes
{
    /// <summary>Read-only copies of the arrays a constructor is given, so that the caller cannot change an entry afterwards.</summary>
    internal static class ReadOnlyLists
    {
        public static ReadOnlyCollection<T> Copy<T>(T[]? items) =>
            items == null || items.Length == 0 ? Empty<T>.Instance : new ReadOnlyCollection<T>((T[])items.Clone());

        private static class Empty<T>
        {
            public static readonly ReadOnlyCollection<T> Instance = new ReadOnlyCollection<T>(Array.Empty<T>());
        }
    }
}
