namespace FactStore;

/// <summary>A stance with its source and its holder.</summary>
public sealed record StanceEvidence
{
    /// <summary>The stance, with its citation.</summary>
    public required Stance Stance { get; init; }

    /// <summary>The source the stance is taken from.</summary>
    public required Source Source { get; init; }

    /// <summary>
    /// The fact the stance is on; filled by <see cref="IFactStoreReader.FindStancesAsync"/>, <see langword="null"/> in a
    /// <see cref="FactEvidence"/>, whose <see cref="FactEvidence.Fact"/> it is.
    /// </summary>
    public Fact? Fact { get; init; }

    /// <summary>The person or body holding the position; <see langword="null"/> when the source itself holds it.</summary>
    public Entity? Holder { get; init; }

    /// <summary>Who holds the position, for display: the holder's label, else the source's publisher or title, else its id.</summary>
    public string HolderName => Holder?.Label ?? Source.Publisher ?? Source.Title ?? Source.Id;
}
