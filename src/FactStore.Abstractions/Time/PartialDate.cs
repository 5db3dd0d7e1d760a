namespace FactStore;

/// <summary>
/// A calendar date known only to the precision a text gives: a century, a decade, a year, a month or a day,
/// optionally without a year ("November 23", "in September"), optionally approximate or uncertain.
/// </summary>
/// <remarks>
/// A partial date never turns into a <see cref="DateTime"/> by accident: it keeps its precision and round-trips
/// through its text form, a subset of EDTF (ISO 8601-2): <c>19XX</c>, <c>199X</c>, <c>2013</c>, <c>2022-01</c>,
/// <c>2022-01-05</c>, <c>XXXX-11-23</c>, <c>XXXX-09</c>, each optionally followed by <c>~</c>, <c>?</c> or <c>%</c>.
/// It covers the days from <see cref="Earliest"/> to <see cref="Latest"/>, both included.
/// The calendar is the proleptic Gregorian one; years run from 1 to 9999.
/// </remarks>
public readonly partial record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int? year, int? month, int? day, DatePrecision precision, DateQualifier qualifier)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
        Qualifier = qualifier;
    }

    /// <summary>The year; for a decade or a century, its first year; <see langword="null"/> when not stated.</summary>
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
    /// Whether this is a real date rather than <c>default(PartialDate)</c>, which has no precision; records refuse
    /// a default date.
    /// </summary>
    public bool IsValid => Precision != 0;

    /// <summary>Whether the year is known, so that the date can be placed on a timeline.</summary>
    public bool HasYear => Year is not null;

    /// <summary>The first day the date covers, or <see langword="null"/> when the year is not stated.</summary>
    public DateOnly? Earliest => Year is int y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>The last day the date covers, or <see langword="null"/> when the year is not stated.</summary>
    public DateOnly? Latest => Year is not int y
        ? null
        : Precision switch
        {
            DatePrecision.Century => new DateOnly(Math.Min(y + 99, 9999), 12, 31),
            DatePrecision.Decade => new DateOnly(Math.Min(y + 9, 9999), 12, 31),
            DatePrecision.Year => new DateOnly(y, 12, 31),
            DatePrecision.Month => new DateOnly(y, Month!.Value, DateTime.DaysInMonth(y, Month.Value)),
            _ => new DateOnly(y, Month!.Value, Day!.Value),
        };

    /// <summary>A century, given by its first year (a multiple of 100, e.g. 1900 for <c>19XX</c>).</summary>
    /// <param name="firstYear">The first year of the century.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or not a multiple of 100.</exception>
    public static PartialDate FromCentury(int firstYear)
    {
        CheckYear(firstYear);
        if (firstYear % 100 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, "A century starts at a multiple of 100 (1900 for 19XX).");
        }

        return new(firstYear, null, null, DatePrecision.Century, DateQualifier.None);
    }

    /// <summary>A decade, given by its first year (a multiple of 10, e.g. 1990 for <c>199X</c>).</summary>
    /// <param name="firstYear">The first year of the decade.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or not a multiple of 10.</exception>
    public static PartialDate FromDecade(int firstYear)
    {
        CheckYear(firstYear);
        if (firstYear % 10 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, "A decade starts at a multiple of 10 (1990 for 199X).");
        }

        return new(firstYear, null, null, DatePrecision.Decade, DateQualifier.None);
    }

    /// <summary>A year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year);
        return new(year, null, null, DatePrecision.Year, DateQualifier.None);
    }

    /// <summary>A month of a year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(year, month, null, DatePrecision.Month, DateQualifier.None);
    }

    /// <summary>A day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The partial date.</returns>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day, DateQualifier.None);

    /// <summary>A month whose year is not stated ("in September").</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The partial date, written <c>XXXX-09</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is out of range.</exception>
    public static PartialDate FromMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(null, month, null, DatePrecision.Month, DateQualifier.None);
    }

    /// <summary>A day of a month whose year is not stated ("November 23").</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid in that month of a leap year.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static PartialDate FromMonthDay(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2000, month));
        return new(null, month, day, DatePrecision.Day, DateQualifier.None);
    }

    /// <summary>The same date with the given qualifier.</summary>
    /// <param name="qualifier">Approximate, uncertain, both or none.</param>
    /// <returns>The qualified date.</returns>
    public PartialDate WithQualifier(DateQualifier qualifier) => new(Year, Month, Day, Precision, qualifier);

    /// <summary>Whether the date covers the given day. A date without a year covers no day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between <see cref="Earliest"/> and <see cref="Latest"/>.</returns>
    public bool Covers(DateOnly date) => HasYear && Earliest <= date && date <= Latest;

    /// <summary>
    /// Orders dates on a timeline: by <see cref="Earliest"/>, then the more precise first; dates without a year last,
    /// by month and day.
    /// </summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive, as for <see cref="IComparable{T}"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        if (HasYear != other.HasYear)
        {
            return HasYear ? -1 : 1;
        }

        var byStart = HasYear
            ? Earliest!.Value.CompareTo(other.Earliest!.Value)
            : ((Month!.Value * 100) + (Day ?? 0)).CompareTo((other.Month!.Value * 100) + (other.Day ?? 0));
        if (byStart != 0)
        {
            return byStart;
        }

        var byPrecision = other.Precision.CompareTo(Precision);
        return byPrecision != 0 ? byPrecision : Qualifier.CompareTo(other.Qualifier);
    }

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> on a timeline.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes before or with <paramref name="right"/> on a timeline.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> on a timeline.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes after or with <paramref name="right"/> on a timeline.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>Returns <paramref name="date"/>, or throws when it is <c>default(PartialDate)</c>.</summary>
    internal static PartialDate? Checked(PartialDate? date, string paramName) =>
        date is { IsValid: false }
            ? throw new ArgumentException("default(PartialDate) is not a date: build one with PartialDate.Parse or a From… method.", paramName)
            : date;

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
    }
}
