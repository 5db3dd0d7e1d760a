namespace FactStore;

/// <summary>One independent voice on a fact: a holder, a publisher or a lone source, with the stances that are its.</summary>
public sealed record ConsensusVoice
{
    /// <summary>
    /// What identifies the voice: the holder's entity id, the publisher's name folded (case, diacritics and typography),
    /// or the source id.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The voice for display: the holder's label, the publisher as first written, or the source's title or id.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the voice is a holder, a publisher or a source.</summary>
    public required VoiceKind Kind { get; init; }

    /// <summary>The voice's stances in this position, in the order they were recorded (one or more).</summary>
    public required IReadOnlyList<StanceEvidence> Stances { get; init; }
}
