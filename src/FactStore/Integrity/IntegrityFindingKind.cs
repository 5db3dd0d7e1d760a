namespace FactStore;

/// <summary>What <see cref="IFactStoreMaintenance.VerifyAsync"/> found wrong.</summary>
public enum IntegrityFindingKind
{
    /// <summary>A row's columns no longer hash to the row hash it was written with: a value was changed outside FactStore.</summary>
    RowChanged = 0,

    /// <summary>A source's text, or a stance's quote, prefix or suffix, changed outside FactStore (a redaction's erasure is not this).</summary>
    ExcerptChanged = 1,

    /// <summary>The rows of a run no longer add up to the digest the run recorded: a row of it was deleted, or one was added.</summary>
    RunRowsChanged = 2,

    /// <summary>The hash chain of runs is broken: a run was deleted, or its place or its link to the run before was changed.</summary>
    ChainBroken = 3,

    /// <summary>A citation's offsets are outside its source's text, or an exact citation's quote is not the text at its offsets.</summary>
    CitationMismatch = 4,

    /// <summary>A run's recorded counts differ from the rows it holds.</summary>
    CountMismatch = 5,

    /// <summary>A trigger that keeps the store append-only is missing: rows could be changed or deleted in place.</summary>
    TriggerMissing = 6,
}
