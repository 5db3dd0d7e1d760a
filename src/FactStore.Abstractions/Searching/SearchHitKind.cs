namespace FactStore;

/// <summary>What a <see cref="SearchHit"/> matched.</summary>
public enum SearchHitKind
{
    /// <summary>A fact's statement; <see cref="SearchHit.RecordId"/> is the fact's id.</summary>
    Statement = 0,

    /// <summary>A stance's quote; <see cref="SearchHit.RecordId"/> is the stance's id.</summary>
    Quote = 1,

    /// <summary>A source's text; <see cref="SearchHit.RecordId"/> is the source's id.</summary>
    SourceText = 2,
}
