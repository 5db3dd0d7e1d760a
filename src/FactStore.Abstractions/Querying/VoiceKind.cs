namespace FactStore;

/// <summary>What makes a <see cref="ConsensusVoice"/> one voice.</summary>
public enum VoiceKind
{
    /// <summary>A named holder (a person or body quoted in the sources): however many outlets quote them, they count once.</summary>
    Holder = 0,

    /// <summary>A publisher speaking for itself: its stances, in however many of its articles, count once.</summary>
    Publisher = 1,

    /// <summary>A source with no holder and no publisher named: it counts on its own.</summary>
    Source = 2,
}
