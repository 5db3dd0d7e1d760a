namespace FactStore;

/// <summary>
/// A calendar date known only to the precision a text gives: from a span of a billion years down to a day,
/// optionally without a year ("November 23", "in September"), optionally approximate or uncertain, in the Gregorian
/// or the Julian calendar.
/// </summary>
/// <remarks>
/// <para>
/// A partial date never turns into a <see cref="DateTime"/> by accident: it keeps its precision and round-trips
/// through its text form, a subset of EDTF (ISO 8601-2): <c>19XX</c>, <c>199X</c>, <c>2013</c>, <c>2022-01</c>,
/// <c>2022-01-05</c>, <c>XXXX-11-23</c>, <c>XXXX-09</c>, <c>-0043-03-15</c>, <c>Y-170000000</c>,
/// <c>[1801..1900]</c>, each optionally followed by <c>~</c>, <c>?</c> or <c>%</c>, then, for a Julian date,
/// by the RFC 9557 annotation <c>[u-ca=julian]</c>. See <see cref="ToString()"/>.
/// </para>
/// <para>
/// Years are astronomical, as in EDTF and ISO 8601: year 0 is 1 BCE and <c>-0043</c> is 44 BCE. Every year a date
/// covers lies between -999,999,999 and 999,999,999. It covers the days from <see cref="EarliestDayNumber"/> to
/// <see cref="LatestDayNumber"/>, both included, counted on the proleptic Gregorian calendar whatever
/// <see cref="Calendar"/> the date is stated in.
/// </para>
/// </remarks>
public readonly partial record struct PartialDate : IComparable<PartialDate>
{
    private readonly bool _isValid;

    private PartialDate(int? year, int? month, int? day, DatePrecision precision, DateQualifier qualifier, CalendarModel calendar)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
        Qualifier = qualifier;
        Calendar = calendar;
        _isValid = true;
    }

    /// <summary>
    /// The astronomical year (0 is 1 BCE, -1 is 2 BCE); for a decade, century or any coarser span, its first year;
    /// <see langword="null"/> when not stated.
    /// </summary>
    public int? Year { get; }

    /// <summary>The month (1–12), or <see langword="null"/> at year precision or coarser.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or <see langword="null"/> at month precision or coarser.</summary>
    public int? Day { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Whether the date is approximate or uncertain.</summary>
    public DateQualifier Qualifier { get; }

    /// <summary>
    /// The calendar <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/> are counted in. A Julian date stays
    /// Julian; it is converted to the Gregorian calendar only to be compared and placed.
    /// </summary>
    public CalendarModel Calendar { get; }

    /// <summary>
    /// Whether this is a real date rather than <c>default(PartialDate)</c>, which has no precision; records refuse
    /// a default date.
    /// </summary>
    public bool IsValid => _isValid;

    /// <summary>Whether the year is known, so that the date can be placed on a timeline.</summary>
    public bool HasYear => Year is not null;

    /// <summary>The same date with the given qualifier.</summary>
    /// <param name="qualifier">Approximate, uncertain, both or none.</param>
    /// <returns>The qualified date.</returns>
    public PartialDate WithQualifier(DateQualifier qualifier) => new(Year, Month, Day, Precision, qualifier, Calendar);

    /// <summary>
    /// The same year, month and day read in the given calendar (not converted to it): <c>1500-03-01</c> becomes
    /// <c>1500-03-01[u-ca=julian]</c>, which falls on Gregorian 1500-03-11.
    /// </summary>
    /// <param name="calendar">The calendar the fields are counted in.</param>
    /// <returns>The date in that calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendar"/> is not a defined calendar.</exception>
    /// <exception cref="ArgumentException">The date is February 29 of a year that is not a leap year in <paramref name="calendar"/>.</exception>
    public PartialDate WithCalendar(CalendarModel calendar)
    {
        CheckCalendar(calendar);
        if (Year is int y && Day is int d && d > CalendarMath.DaysInMonth(calendar, y, Month!.Value))
        {
            throw new ArgumentException($"{this} has no such day in the {calendar} calendar.", nameof(calendar));
        }

        return new(Year, Month, Day, Precision, Qualifier, calendar);
    }

    /// <summary>Returns <paramref name="date"/>, or throws when it is <c>default(PartialDate)</c>.</summary>
    internal static PartialDate? Checked(PartialDate? date, string paramName) =>
        date is { IsValid: false }
            ? throw new ArgumentException("default(PartialDate) is not a date: build one with PartialDate.Parse or a From… method.", paramName)
            : date;

    private static void CheckCalendar(CalendarModel calendar)
    {
        if (calendar is not (CalendarModel.Gregorian or CalendarModel.Julian))
        {
            throw new ArgumentOutOfRangeException(nameof(calendar), calendar, "The calendar is Gregorian or Julian.");
        }
    }
}
