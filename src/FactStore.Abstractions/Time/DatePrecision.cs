namespace FactStore;

/// <summary>
/// How precisely a <see cref="PartialDate"/> is known. The numeric values are Wikidata's time precisions,
/// so a value maps to a Wikidata time without loss.
/// </summary>
public enum DatePrecision
{
    /// <summary>A century, written <c>19XX</c> (1900–1999).</summary>
    Century = 7,

    /// <summary>A decade, written <c>199X</c> (1990–1999).</summary>
    Decade = 8,

    /// <summary>A year, written <c>2013</c>.</summary>
    Year = 9,

    /// <summary>A month of a year, written <c>2022-01</c>, or <c>XXXX-09</c> when the year is not stated.</summary>
    Month = 10,

    /// <summary>A day, written <c>2022-01-05</c>, or <c>XXXX-11-23</c> when the year is not stated.</summary>
    Day = 11,
}
