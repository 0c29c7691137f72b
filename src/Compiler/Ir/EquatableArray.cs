using System.Collections;
using System.Collections.Immutable;

namespace Qconv.Compiler.Ir;

/// <summary>
/// An immutable list with value equality, so IR records compare structurally (the round-trip
/// property tests compare whole domains with <c>==</c>). Collection expressions build it through
/// <see cref="EquatableArray.Create{T}(ReadOnlySpan{T})"/>: without the builder they would call the
/// non-mutating <see cref="Add"/> and silently give an empty array.
/// </summary>
[System.Runtime.CompilerServices.CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    public EquatableArray(ImmutableArray<T> items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = [.. items];

    public static EquatableArray<T> Empty => new(ImmutableArray<T>.Empty);

    public int Count => _items.IsDefault ? 0 : _items.Length;

    public bool IsEmpty => Count == 0;

    public T this[int index] => _items[index];

    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    public EquatableArray<T> SetItem(int index, T item) => new(AsImmutableArray().SetItem(index, item));

    public EquatableArray<T> Insert(int index, T item) => new(AsImmutableArray().Insert(index, item));

    public bool Equals(EquatableArray<T> other) => AsImmutableArray().SequenceEqual(other.AsImmutableArray());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator EquatableArray<T>(T[] items) => new(ImmutableArray.Create(items));

    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";
}

/// <summary>Collection-expression and LINQ friendly constructors.</summary>
public static class EquatableArray
{
    public static EquatableArray<T> Create<T>(params T[] items) => new(ImmutableArray.Create(items));

    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
