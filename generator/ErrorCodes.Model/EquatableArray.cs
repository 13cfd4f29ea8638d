using System;
using System.Collections;
using System.Collections.Generic;

namespace ErrorCodes.Model
{
    /// <summary>An immutable array that compares by content.</summary>
    /// <remarks>
    /// The generator's incremental pipeline compares each step's output with the previous run's to decide what to
    /// re-run; plain arrays compare by reference and would make every step look changed.
    /// </remarks>
    /// <typeparam name="T">The element type, itself compared by value.</typeparam>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        /// <summary>The empty array.</summary>
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        /// <summary>Wraps <paramref name="items"/>, which the caller must not change afterwards.</summary>
        public EquatableArray(T[] items) => _items = items;

        /// <inheritdoc/>
        public int Count => Items.Length;

        private T[] Items => _items ?? Array.Empty<T>();

        /// <inheritdoc/>
        public T this[int index] => Items[index];

        /// <summary>Equal when both hold equal items in the same order.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Not equal when the items or their order differ.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T> other)
        {
            var left = Items;
            var right = other.Items;
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in Items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
            }

            return hash;
        }

        /// <summary>A new array: these items, then <paramref name="item"/>.</summary>
        public EquatableArray<T> Add(T item)
        {
            var items = new T[Items.Length + 1];
            Items.CopyTo(items, 0);
            items[items.Length - 1] = item;
            return new EquatableArray<T>(items);
        }

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Creates <see cref="EquatableArray{T}"/>s.</summary>
    public static class EquatableArray
    {
        /// <summary>A copy of <paramref name="items"/> that compares by content.</summary>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new EquatableArray<T>(new List<T>(items).ToArray());

        /// <summary>The given items as an array that compares by content.</summary>
        public static EquatableArray<T> Of<T>(params T[] items)
            where T : IEquatable<T> => new EquatableArray<T>((T[])items.Clone());
    }
}
