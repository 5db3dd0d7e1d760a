namespace FactStore;

/// <summary>The calendar a <see cref="PartialDate"/>'s year, month and day are counted in.</summary>
/// <remarks>
/// Whatever the calendar, dates are compared and placed on the proleptic Gregorian calendar
/// (<see cref="PartialDate.EarliestDayNumber"/>); the calendar only says how to read the stated fields.
/// </remarks>
public enum CalendarModel
{
    /// <summary>The proleptic Gregorian calendar (Wikidata's Q1985727); written without a suffix.</summary>
    Gregorian = 0,

    /// <summary>The proleptic Julian calendar (Wikidata's Q1985786); written with the suffix <c>[u-ca=julian]</c>.</summary>
    Julian = 1,
}
