namespace FactStore;

/// <summary>What a <see cref="Change"/> recorded.</summary>
public enum ChangeKind
{
    /// <summary>A source was recorded.</summary>
    SourceAdded = 0,

    /// <summary>A source already known got another locator (<see cref="Change.Detail"/>: <c>scheme:value</c>).</summary>
    LocatorAdded = 1,

    /// <summary>An entity was recorded (<see cref="Change.Detail"/>: its label).</summary>
    EntityAdded = 2,

    /// <summary>An entity already known got a new label (<see cref="Change.Detail"/>).</summary>
    EntityRelabelled = 3,

    /// <summary>An entity already known got another alias (<see cref="Change.Detail"/>).</summary>
    AliasAdded = 4,

    /// <summary>An entity already known got another external id (<see cref="Change.Detail"/>: <c>scheme:value</c>).</summary>
    ExternalIdAdded = 5,

    /// <summary>A fact was recorded (<see cref="Change.Detail"/>: its statement).</summary>
    FactAdded = 6,

    /// <summary>A correction superseded a fact (<see cref="Change.TargetId"/>: the version it replaces).</summary>
    FactCorrected = 7,

    /// <summary>A stance was recorded (<see cref="Change.TargetId"/>: its fact; <see cref="Change.Detail"/>: its position).</summary>
    StanceAdded = 8,

    /// <summary>A correction superseded a stance (<see cref="Change.TargetId"/>: the version it replaces).</summary>
    StanceCorrected = 9,

    /// <summary>A record was retracted (<see cref="Change.TargetId"/>: the record; <see cref="Change.Detail"/>: the reason).</summary>
    Retracted = 10,

    /// <summary>A source's content was erased (<see cref="Change.TargetId"/>: the source; <see cref="Change.Detail"/>: the reason).</summary>
    Redacted = 11,
}
