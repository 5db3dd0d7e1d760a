using FactStore.Searching;

namespace FactStore.Engines;

/// <summary>
/// The last hit of a page of search hits. Hits are ordered by score (best first), then kind, then row (seq), so the next
/// page starts right after it.
/// </summary>
public readonly record struct SearchPosition
{
    /// <summary>The hit's score.</summary>
    public required double Score { get; init; }

    /// <summary>The hit's kind.</summary>
    public required SearchHitKind Kind { get; init; }

    /// <summary>The hit row's seq.</summary>
    public required long Seq { get; init; }
}
