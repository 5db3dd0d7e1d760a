using FactStore.Searching;

namespace FactStore.Engines;

/// <summary>
/// A hit as the engine returns it: <see cref="Snippet"/> marked with the markers of <see cref="SearchRequest"/>, and the
/// text it was cut from with, for a quote, where that text starts in the source's text.
/// </summary>
public sealed record SearchRow
{
    /// <summary>What was hit.</summary>
    public required SearchHitKind Kind { get; init; }

    /// <summary>The hit row's seq.</summary>
    public required long Seq { get; init; }

    /// <summary>The id of the fact, stance or source hit.</summary>
    public required string RecordId { get; init; }

    /// <summary>The fact of a statement or quote hit.</summary>
    public string? FactId { get; init; }

    /// <summary>The source of a quote or source-text hit.</summary>
    public string? SourceId { get; init; }

    /// <summary>The relevance, higher is better; comparable within one kind.</summary>
    public required double Score { get; init; }

    /// <summary>The words around the match, marked.</summary>
    public required string Snippet { get; init; }

    /// <summary>The text hit (a quote or a source's text), when the store needs it to place the hit.</summary>
    public string? Text { get; init; }

    /// <summary>Where <see cref="Text"/> starts in its source's text, when known.</summary>
    public int? TextStart { get; init; }
}
