namespace FactStore;

/// <summary>
/// Day arithmetic on the proleptic Gregorian and Julian calendars for any astronomical year in
/// <see cref="PartialDate"/>'s range (year 0 is 1 BCE; both calendars make it a leap year).
/// </summary>
internal static class CalendarMath
{
    /// <summary>The smallest year a partial date may cover.</summary>
    public const int MinYear = -999_999_999;

    /// <summary>The largest year a partial date may cover.</summary>
    public const int MaxYear = 999_999_999;

    public static bool IsLeapYear(CalendarModel calendar, long year) => calendar == CalendarModel.Julian
        ? FloorMod(year, 4) == 0
        : FloorMod(year, 4) == 0 && (FloorMod(year, 100) != 0 || FloorMod(year, 400) == 0);

    public static int DaysInMonth(CalendarModel calendar, long year, int month) => month switch
    {
        2 => IsLeapYear(calendar, year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The Gregorian year, month and day of the given day in the given calendar.</summary>
    public static (long Year, int Month, int Day) ToGregorian(CalendarModel calendar, long year, int month, int day) =>
        calendar == CalendarModel.Julian ? GregorianFromDays(JulianToDays(year, month, day)) : (year, month, day);

    /// <summary>The sortable number <c>year * 10000 + month * 100 + day</c>.</summary>
    public static long DayNumber(long year, int month, int day) => (year * 10000) + (month * 100) + day;

    public static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && ((a < 0) != (b < 0))) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);

    /// <summary>Days since 1970-01-01 (Gregorian) of a Julian date; years counted from March, in four-year cycles.</summary>
    internal static long JulianToDays(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 4);
        var yearOfEra = y - (era * 4);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + dayOfYear;

        // Julian 0000-03-01 is Gregorian 0000-02-28: two days before Gregorian 0000-03-01, which is day -719468.
        return (era * 1461) + dayOfEra - 719470;
    }

    /// <summary>Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil).</summary>
    internal static long GregorianToDays(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>The Gregorian date of a day counted from 1970-01-01 (H. Hinnant's civil_from_days).</summary>
    internal static (long Year, int Month, int Day) GregorianFromDays(long days)
    {
        var z = days + 719468;
        var era = FloorDiv(z, 146097);
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1);
        var month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }
}
