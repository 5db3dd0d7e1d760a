namespace FactStore;

/// <summary>What the date a source states is known to be.</summary>
public enum StatedDateKind
{
    /// <summary>No date, or a date of unknown meaning.</summary>
    Unknown = 0,

    /// <summary>The date the source says it was published.</summary>
    Published = 1,

    /// <summary>A date printed on the page (a header clock, an archive stamp), not the publication date.</summary>
    PageDate = 2,

    /// <summary>A date the page states that the source's own content contradicts (it reports later events); never a publication date.</summary>
    Contradicted = 3,
}
