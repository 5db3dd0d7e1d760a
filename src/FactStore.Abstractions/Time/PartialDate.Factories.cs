namespace FactStore;

public readonly partial record struct PartialDate
{
    /// <summary>
    /// A span of years at <paramref name="precision"/>, given by its first (astronomical) year. A decade starts at a
    /// multiple of 10; a century or millennium at a multiple of 100 or 1000 (EDTF, <c>19XX</c>) or one past it
    /// (ordinal, <c>[1801..1900]</c>); a coarser span of N years at one past a multiple of N (<c>[-9999..0]</c>).
    /// </summary>
    /// <param name="precision">
    /// <see cref="DatePrecision.Decade"/>, <see cref="DatePrecision.Century"/>, <see cref="DatePrecision.Millennium"/>
    /// or coarser.
    /// </param>
    /// <param name="firstYear">The first year of the span.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The precision is not a span of years, the span does not start where its precision allows, or it covers a year
    /// outside -999,999,999 to 999,999,999.
    /// </exception>
    public static PartialDate FromSpan(DatePrecision precision, int firstYear)
    {
        if (precision is < DatePrecision.BillionYears or > DatePrecision.Decade)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "A span of years is a decade, a century, a millennium or coarser; use FromYear, FromYearMonth or FromYearMonthDay for the others.");
        }

        var years = SpanYears(precision);
        var offset = CalendarMath.FloorMod(firstYear, years);
        var aligned = precision switch
        {
            DatePrecision.Decade => offset == 0,
            DatePrecision.Century or DatePrecision.Millennium => offset is 0 or 1,
            _ => offset == 1,
        };
        if (!aligned)
        {
            var rule = precision switch
            {
                DatePrecision.Decade => "A decade starts at a multiple of 10 (1990 for 199X).",
                DatePrecision.Century => "A century starts at a multiple of 100 (1900 for 19XX) or one past it (1801 for the ordinal 19th century, [1801..1900]).",
                DatePrecision.Millennium => "A millennium starts at a multiple of 1000 (1000 for 1XXX) or one past it (1001 for the ordinal 2nd millennium, [1001..2000]).",
                _ => $"A span of {years:N0} years starts one past a multiple of {years:N0} (1, or -{years - 1:N0} for the span that ends with year 0).",
            };
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, rule);
        }

        CheckYear(firstYear, nameof(firstYear));
        CheckYear((long)firstYear + years - 1, nameof(firstYear));
        return new(firstYear, null, null, precision, DateQualifier.None, CalendarModel.Gregorian);
    }

    /// <summary>
    /// A millennium, given by its first year: a multiple of 1000 for EDTF's <c>1XXX</c> (1000–1999), or one past it
    /// for the ordinal millennium Wikidata uses, <c>[1001..2000]</c> (the 2nd millennium).
    /// </summary>
    /// <param name="firstYear">The first year of the millennium.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range, or neither a multiple of 1000 nor one past it.</exception>
    public static PartialDate FromMillennium(int firstYear) => FromSpan(DatePrecision.Millennium, firstYear);

    /// <summary>
    /// A century, given by its first year: a multiple of 100 for EDTF's <c>19XX</c> (1900–1999), or one past it
    /// for the ordinal century Wikidata uses, <c>[1801..1900]</c> (the 19th century).
    /// </summary>
    /// <param name="firstYear">The first year of the century.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range, or neither a multiple of 100 nor one past it.</exception>
    public static PartialDate FromCentury(int firstYear) => FromSpan(DatePrecision.Century, firstYear);

    /// <summary>A decade, given by its first year (a multiple of 10, e.g. 1990 for <c>199X</c>, -50 for <c>[-50..-41]</c>).</summary>
    /// <param name="firstYear">The first year of the decade.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or not a multiple of 10.</exception>
    public static PartialDate FromDecade(int firstYear) => FromSpan(DatePrecision.Decade, firstYear);

    /// <summary>A year.</summary>
    /// <param name="year">The astronomical year, -999,999,999 to 999,999,999 (0 is 1 BCE).</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year, nameof(year));
        return new(year, null, null, DatePrecision.Year, DateQualifier.None, CalendarModel.Gregorian);
    }

    /// <summary>A month of a year.</summary>
    /// <param name="year">The astronomical year, -999,999,999 to 999,999,999 (0 is 1 BCE).</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        CheckMonth(month);
        return new(year, month, null, DatePrecision.Month, DateQualifier.None, CalendarModel.Gregorian);
    }

    /// <summary>A day on the proleptic Gregorian calendar.</summary>
    /// <param name="year">The astronomical year, -999,999,999 to 999,999,999 (0 is 1 BCE, a leap year).</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid in that month by the Gregorian leap rules.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public static PartialDate FromYearMonthDay(int year, int month, int day) =>
        FromYearMonthDay(year, month, day, CalendarModel.Gregorian);

    /// <summary>A day on the given calendar; a Julian date keeps its Julian fields (see <see cref="Calendar"/>).</summary>
    /// <param name="year">The astronomical year, -999,999,999 to 999,999,999 (0 is 1 BCE, a leap year).</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid in that month by the leap rules of <paramref name="calendar"/>.</param>
    /// <param name="calendar">The calendar the fields are counted in.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year, month, day or calendar is out of range.</exception>
    public static PartialDate FromYearMonthDay(int year, int month, int day, CalendarModel calendar)
    {
        CheckCalendar(calendar);
        CheckYear(year, nameof(year));
        CheckMonth(month);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, CalendarMath.DaysInMonth(calendar, year, month));
        return new(year, month, day, DatePrecision.Day, DateQualifier.None, calendar);
    }

    /// <summary>A day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The partial date.</returns>
    public static PartialDate FromDate(DateOnly date) =>
        new(date.Year, date.Month, date.Day, DatePrecision.Day, DateQualifier.None, CalendarModel.Gregorian);

    /// <summary>A month whose year is not stated ("in September").</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The partial date, written <c>XXXX-09</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is out of range.</exception>
    public static PartialDate FromMonth(int month)
    {
        CheckMonth(month);
        return new(null, month, null, DatePrecision.Month, DateQualifier.None, CalendarModel.Gregorian);
    }

    /// <summary>A day of a month whose year is not stated ("November 23").</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid in that month of a leap year.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static PartialDate FromMonthDay(int month, int day)
    {
        CheckMonth(month);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2000, month));
        return new(null, month, day, DatePrecision.Day, DateQualifier.None, CalendarModel.Gregorian);
    }

    /// <summary>How many years a date at <paramref name="precision"/> spans: 10 for a decade, 100 for a century, 1 from a year down to a day.</summary>
    /// <param name="precision">The precision.</param>
    /// <returns>The number of years.</returns>
    public static int SpanYears(DatePrecision precision) => precision switch
    {
        DatePrecision.Decade => 10,
        DatePrecision.Century => 100,
        DatePrecision.Millennium => 1000,
        DatePrecision.TenThousandYears => 10_000,
        DatePrecision.HundredThousandYears => 100_000,
        DatePrecision.MillionYears => 1_000_000,
        DatePrecision.TenMillionYears => 10_000_000,
        DatePrecision.HundredMillionYears => 100_000_000,
        DatePrecision.BillionYears => 1_000_000_000,
        _ => 1,
    };

    private static void CheckYear(long year, string paramName)
    {
        if (year is < CalendarMath.MinYear or > CalendarMath.MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "A partial date covers only years from -999,999,999 to 999,999,999.");
        }
    }

    private static void CheckMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
    }
}
