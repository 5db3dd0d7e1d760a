namespace FactStore;

/// <summary>Where a holder stands on a fact.</summary>
public enum StancePosition
{
    /// <summary>Mentions the fact without taking a side.</summary>
    Neutral = 0,

    /// <summary>Asserts the fact.</summary>
    Supports = 1,

    /// <summary>Denies or contradicts the fact.</summary>
    Refutes = 2,

    /// <summary>Doubts the fact or holds it open.</summary>
    Uncertain = 3,
}
