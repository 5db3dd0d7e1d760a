namespace FactStore.Engines;

/// <summary>A label or alias from the name index.</summary>
public sealed record NameRow
{
    /// <summary>The entity it names.</summary>
    public required string EntityId { get; init; }

    /// <summary>The name as recorded.</summary>
    public required string Alias { get; init; }

    /// <summary>The name folded (<c>TextFolding.Fold</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Its transliteration key.</summary>
    public required string Spelling { get; init; }
}
