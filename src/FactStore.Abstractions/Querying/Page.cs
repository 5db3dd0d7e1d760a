using System.Collections;

namespace FactStore;

/// <summary>
/// One page of a list the store returns: the items, whether more follow, and the cursor that asks for them. A list is
/// never cut short silently: when <see cref="HasMore"/> is true, pass <see cref="NextCursor"/> back to get the rest.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _items;

    /// <summary>Creates a page.</summary>
    /// <param name="items">The items of this page.</param>
    /// <param name="nextCursor">The cursor of the next page, or <see langword="null"/> when this is the last.</param>
    public Page(IReadOnlyList<T> items, string? nextCursor)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
        NextCursor = nextCursor;
    }

    /// <summary>The cursor that asks for the next page, or <see langword="null"/> when this is the last one.</summary>
    public string? NextCursor { get; }

    /// <summary>Whether more items follow this page.</summary>
    public bool HasMore => NextCursor is not null;

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
