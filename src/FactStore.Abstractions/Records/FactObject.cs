namespace FactStore;

/// <summary>The object of a fact: either an entity or a literal value.</summary>
public sealed record FactObject
{
    private FactObject(string? entityId, string? value, LiteralType literalType)
    {
        EntityId = entityId;
        Value = value;
        LiteralType = literalType;
    }

    /// <summary>The entity's identifier, when the object is an entity.</summary>
    public string? EntityId { get; }

    /// <summary>The literal value as the source wrote it, when the object is a literal.</summary>
    public string? Value { get; }

    /// <summary>What the literal is; <see cref="LiteralType.Text"/> for an entity.</summary>
    public LiteralType LiteralType { get; }

    /// <summary>Whether the object is an entity.</summary>
    public bool IsEntity => EntityId is not null;

    /// <summary>An entity object.</summary>
    /// <param name="entityId">The entity's identifier.</param>
    /// <returns>The object.</returns>
    public static FactObject Entity(string entityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        return new(entityId, null, LiteralType.Text);
    }

    /// <summary>A literal object.</summary>
    /// <param name="value">The value as the source wrote it.</param>
    /// <param name="type">What the value is.</param>
    /// <returns>The object.</returns>
    public static FactObject Literal(string value, LiteralType type = LiteralType.Text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new(null, value.Trim(), Defined.Check(type, nameof(type)));
    }

    /// <summary>The entity identifier, or the literal value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => EntityId ?? Value!;
}
