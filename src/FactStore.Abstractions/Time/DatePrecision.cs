namespace FactStore;

/// <summary>
/// How precisely a <see cref="PartialDate"/> is known. The numeric values are Wikidata's time precisions,
/// so a value maps to a Wikidata time without loss.
/// </summary>
/// <remarks>
/// <para>
/// Wikidata also has hour (12), minute (13) and second (14). A partial date is a calendar date, so those are not
/// members: a time of day is truncated to <see cref="Day"/>.
/// </para>
/// <para>
/// Spans of years. A decade is always the EDTF one, ten years from a multiple of 10 (<c>199X</c> is 1990–1999).
/// A century or a millennium is either the EDTF one, from a multiple of 100 or 1000 (<c>19XX</c> is 1900–1999),
/// or the ordinal one Wikidata uses, from one past a multiple (the 19th century is 1801–1900, the 2nd millennium
/// 1001–2000), written <c>[1801..1900]</c>. The coarser spans, <see cref="BillionYears"/> to
/// <see cref="TenThousandYears"/>, are ordinal only: a span of N years runs from kN + 1 to (k + 1)N in astronomical
/// years, e.g. <c>[1..10000]</c>, <c>[-9999..0]</c> (10,000 BCE to 1 BCE), <c>[-2999999..-2000000]</c>; so the
/// spans lie symmetrically around the missing historical year 0, as ordinal centuries do
/// (<c>[-99..0]</c> is the 1st century BCE).
/// </para>
/// </remarks>
public enum DatePrecision
{
    /// <summary>A billion years (Wikidata precision 0), e.g. <c>[-999999999..0]</c>.</summary>
    BillionYears = 0,

    /// <summary>A hundred million years (Wikidata precision 1), e.g. <c>[-99999999..0]</c>.</summary>
    HundredMillionYears = 1,

    /// <summary>Ten million years (Wikidata precision 2), e.g. <c>[-69999999..-60000000]</c>.</summary>
    TenMillionYears = 2,

    /// <summary>A million years (Wikidata precision 3), e.g. <c>[-2999999..-2000000]</c>.</summary>
    MillionYears = 3,

    /// <summary>A hundred thousand years (Wikidata precision 4), e.g. <c>[-99999..0]</c>.</summary>
    HundredThousandYears = 4,

    /// <summary>Ten thousand years (Wikidata precision 5), e.g. <c>[-9999..0]</c>.</summary>
    TenThousandYears = 5,

    /// <summary>A millennium (Wikidata precision 6), written <c>1XXX</c> (1000–1999) or, ordinal, <c>[1001..2000]</c>.</summary>
    Millennium = 6,

    /// <summary>A century, written <c>19XX</c> (1900–1999) or, ordinal, <c>[1801..1900]</c>.</summary>
    Century = 7,

    /// <summary>A decade, written <c>199X</c> (1990–1999).</summary>
    Decade = 8,

    /// <summary>A year, written <c>2013</c>.</summary>
    Year = 9,

    /// <summary>A month of a year, written <c>2022-01</c>, or <c>XXXX-09</c> when the year is not stated.</summary>
    Month = 10,

    /// <summary>
    /// A day, written <c>2022-01-05</c>, or <c>XXXX-11-23</c> when the year is not stated. The finest precision:
    /// Wikidata's hour (12), minute (13) and second (14) are truncated to a day.
    /// </summary>
    Day = 11,
}
