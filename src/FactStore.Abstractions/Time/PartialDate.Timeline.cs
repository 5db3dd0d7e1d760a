namespace FactStore;

public readonly partial record struct PartialDate
{
    /// <summary>
    /// The first day the date covers, on the proleptic Gregorian calendar, as the number
    /// <c>year * 10000 + month * 100 + day</c> with the astronomical year (2022-01-05 is 20220105, -0043-03-15 is
    /// -429685), so that day numbers sort as days do, BCE included; <see langword="null"/> when the year is not stated.
    /// </summary>
    /// <remarks>A Julian date is converted: <c>1582-10-04[u-ca=julian]</c> is 15821014.</remarks>
    public long? EarliestDayNumber => FirstDay() is (var y, var m, var d) ? CalendarMath.DayNumber(y, m, d) : null;

    /// <summary>
    /// The last day the date covers, as for <see cref="EarliestDayNumber"/>; <see langword="null"/> when the year is
    /// not stated.
    /// </summary>
    public long? LatestDayNumber => LastDay() is (var y, var m, var d) ? CalendarMath.DayNumber(y, m, d) : null;

    /// <summary>
    /// The first day the date covers, on the proleptic Gregorian calendar; <see langword="null"/> when the year is not
    /// stated or that day falls outside <see cref="DateOnly"/>'s years 1–9999 (use <see cref="EarliestDayNumber"/>).
    /// </summary>
    public DateOnly? Earliest => ToDateOnly(FirstDay());

    /// <summary>
    /// The last day the date covers, on the proleptic Gregorian calendar; <see langword="null"/> when the year is not
    /// stated or that day falls outside <see cref="DateOnly"/>'s years 1–9999 (use <see cref="LatestDayNumber"/>).
    /// </summary>
    public DateOnly? Latest => ToDateOnly(LastDay());

    /// <summary>Whether the date covers the given day. A date without a year covers no day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// <see langword="true"/> when <paramref name="date"/> lies between <see cref="EarliestDayNumber"/> and
    /// <see cref="LatestDayNumber"/>.
    /// </returns>
    public bool Covers(DateOnly date)
    {
        var day = DayNumber(date);
        return EarliestDayNumber <= day && day <= LatestDayNumber;
    }

    /// <summary>
    /// Orders dates on a timeline: by <see cref="EarliestDayNumber"/> (so BCE before CE, and a Julian date where its
    /// Gregorian day falls), then the more precise first, then by qualifier and calendar; dates without a year last,
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
            ? EarliestDayNumber!.Value.CompareTo(other.EarliestDayNumber!.Value)
            : ((Month!.Value * 100) + (Day ?? 0)).CompareTo((other.Month!.Value * 100) + (other.Day ?? 0));
        if (byStart != 0)
        {
            return byStart;
        }

        var byPrecision = other.Precision.CompareTo(Precision);
        if (byPrecision != 0)
        {
            return byPrecision;
        }

        var byQualifier = Qualifier.CompareTo(other.Qualifier);
        return byQualifier != 0 ? byQualifier : Calendar.CompareTo(other.Calendar);
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

    /// <summary>The day number (see <see cref="EarliestDayNumber"/>) of a Gregorian day.</summary>
    internal static long DayNumber(DateOnly date) => CalendarMath.DayNumber(date.Year, date.Month, date.Day);

    /// <summary>The last year the date covers: the last year of a span, else <see cref="Year"/>.</summary>
    internal long? LastYear => Year is int y ? (long)y + SpanYears(Precision) - 1 : null;

    private (long Year, int Month, int Day)? FirstDay() =>
        Year is int y ? CalendarMath.ToGregorian(Calendar, y, Month ?? 1, Day ?? 1) : null;

    private (long Year, int Month, int Day)? LastDay()
    {
        if (LastYear is not long y)
        {
            return null;
        }

        var month = Month ?? 12;
        var day = Day ?? CalendarMath.DaysInMonth(Calendar, y, month);
        return CalendarMath.ToGregorian(Calendar, y, month, day);
    }

    private static DateOnly? ToDateOnly((long Year, int Month, int Day)? day) =>
        day is (var y, var m, var d) && y is >= 1 and <= 9999 ? new DateOnly((int)y, m, d) : null;
}
