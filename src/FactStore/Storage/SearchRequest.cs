using FactStore.Searching;

namespace FactStore.Storage;

/// <summary>A search as the engine runs it: the phrases to find (all of them), what to search, and the page asked for.</summary>
internal sealed record SearchRequest
{
    /// <summary>The phrases, each one word or more, as <see cref="SearchText.Phrases"/> read them; never empty.</summary>
    public required IReadOnlyList<string> Phrases { get; init; }

    public required SearchScope Scope { get; init; }

    /// <summary>As known at, in <see cref="StoreTime"/>'s format.</summary>
    public required string Known { get; init; }

    public bool IncludeSuperseded { get; init; }

    public bool IncludeRetracted { get; init; }

    /// <summary>The last hit of the previous page: only hits ranked after it are wanted.</summary>
    public SearchCursor? After { get; init; }

    /// <summary>The most rows to return of each kind.</summary>
    public required int Limit { get; init; }
}
