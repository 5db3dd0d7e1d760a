using FactStore.Searching;

namespace FactStore.Engines;

/// <summary>A search as the engine runs it: the phrases to find (all of them), what to search, and the page asked for.</summary>
public sealed record SearchRequest
{
    /// <summary>The phrases, each one word or more, folded; never empty. Every phrase must match, its words in order.</summary>
    public required IReadOnlyList<string> Phrases { get; init; }

    /// <summary>What to search.</summary>
    public required SearchScope Scope { get; init; }

    /// <summary>"As known at": rows recorded after this stamp (ISO 8601 UTC with seven fractional digits) are not seen.</summary>
    public required string Known { get; init; }

    /// <summary>Whether superseded facts and stances are hits too.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Whether retracted facts and stances are hits too.</summary>
    public bool IncludeRetracted { get; init; }

    /// <summary>The last hit of the previous page: only hits ranked after it are wanted.</summary>
    public SearchPosition? After { get; init; }

    /// <summary>The most rows to return of each kind.</summary>
    public required int Limit { get; init; }

    /// <summary>The text that marks where a match starts in a snippet.</summary>
    public required string MatchStart { get; init; }

    /// <summary>The text that marks where a match ends in a snippet.</summary>
    public required string MatchEnd { get; init; }

    /// <summary>The text that marks where a snippet cuts its text.</summary>
    public required string Cut { get; init; }

    /// <summary>
    /// The SQL conditions every hit of a kind must meet (known by <see cref="Known"/>, not superseded or retracted unless
    /// asked, its source not redacted), over the aliases <c>f</c> (a fact), <c>st</c> (a stance) and <c>s</c> (a source,
    /// the stance's for a quote); they read the parameter <c>@known</c>, which the engine binds to <see cref="Known"/>.
    /// </summary>
    /// <param name="kind">The kind of hit.</param>
    /// <returns>Conditions to join with AND.</returns>
    public IEnumerable<string> Conditions(SearchHitKind kind) => Storage.Sql.SearchFilters(kind, IncludeSuperseded, IncludeRetracted);
}
