namespace FactStore;

/// <summary>The answer to a named query: facts with their evidence.</summary>
public sealed record QueryResult
{
    /// <summary>The facts that answer the query, with their stances and citations.</summary>
    public required IReadOnlyList<FactEvidence> Facts { get; init; }
}
