namespace FactStore;

/// <summary>Where a fact stands in its history, as known at some moment.</summary>
public enum FactStatus
{
    /// <summary>Neither superseded nor retracted.</summary>
    Current = 0,

    /// <summary>A correction replaced it; see <see cref="FactEvidence.SupersededBy"/>.</summary>
    Superseded = 1,

    /// <summary>It was withdrawn; see <see cref="FactEvidence.Retraction"/>.</summary>
    Retracted = 2,
}
