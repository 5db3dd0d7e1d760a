namespace FactStore;

/// <summary>What a literal <see cref="FactObject"/> is. The numeric values are stored; never renumber them.</summary>
public enum LiteralType
{
    /// <summary>Plain text.</summary>
    Text = 0,

    /// <summary>A number as the source wrote it, e.g. <c>120,000</c>.</summary>
    Number = 1,

    /// <summary>A percentage as the source wrote it, e.g. <c>37%</c>.</summary>
    Percent = 2,

    /// <summary>An amount of money as the source wrote it, e.g. <c>$31bn</c>.</summary>
    Money = 3,

    /// <summary>A date, in the EDTF form of <see cref="PartialDate"/>; see <see cref="FactObject.Date"/>.</summary>
    Date = 4,

    /// <summary>An exact decimal amount with an optional unit (an entity) and bounds; see <see cref="FactObject.Quantity"/>.</summary>
    Quantity = 5,

    /// <summary>A point on a globe; see <see cref="FactObject.Coordinates"/>.</summary>
    Coordinates = 6,

    /// <summary>A text in a stated language; see <see cref="FactObject.MonolingualText"/>.</summary>
    MonolingualText = 7,

    /// <summary>A URL.</summary>
    Url = 8,

    /// <summary>An identifier in an external system (the fact's predicate says which), e.g. a VIAF id.</summary>
    ExternalId = 9,

    /// <summary>There is a value, but it is not known (Wikidata's "unknown value", <c>somevalue</c>).</summary>
    UnknownValue = 10,

    /// <summary>There is no value (Wikidata's "no value", <c>novalue</c>): e.g. a person with no children.</summary>
    NoValue = 11,
}
