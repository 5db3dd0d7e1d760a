namespace FactStore;

/// <summary>What the independent voices on a fact add up to.</summary>
public enum ConsensusVerdict
{
    /// <summary>No voice supports or refutes the fact (it may still be mentioned, or held open).</summary>
    Unattested = 0,

    /// <summary>Some voices support the fact and none refutes it.</summary>
    Supported = 1,

    /// <summary>Some voices refute the fact and none supports it.</summary>
    Refuted = 2,

    /// <summary>Some voices support the fact and others refute it.</summary>
    Contested = 3,
}
