namespace FactStore;

/// <summary>What kind of thing an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>Anything else.</summary>
    Other = 0,

    /// <summary>A person.</summary>
    Person = 1,

    /// <summary>An organization, an alliance, a company, a government body.</summary>
    Organization = 2,

    /// <summary>A country or state.</summary>
    Country = 3,

    /// <summary>A city, region or other place.</summary>
    Place = 4,

    /// <summary>An event: a summit, a war, an exercise.</summary>
    Event = 5,
}
