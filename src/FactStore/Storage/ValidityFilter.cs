using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// The valid-time conditions of a <see cref="FactQuery"/> (<see cref="FactQuery.ValidAt"/>,
/// <see cref="FactQuery.ValidDuring"/>) on the stored day numbers of a fact's validity (<c>valid_from_day</c> is the
/// first day its start covers, <c>valid_to_day</c> the last day its end covers, <c>yyyymmdd</c> with the astronomical
/// year, see <see cref="PartialDate.EarliestDayNumber"/>); the conditions are fixed fragments, the values parameters.
/// </summary>
internal static class ValidityFilter
{
    /// <summary>Months and days are compared as <c>mmdd</c>; an empty range is one that no <c>mmdd</c> falls in.</summary>
    private const int YearEnd = 1231, YearStart = 101, EmptyFrom = 9999, EmptyTo = 0;

    /// <summary>Binds the parameters of <see cref="Condition"/>.</summary>
    public static void Bind(DbCommand command, FactQuery query)
    {
        if (query.ValidAt is DateOnly day)
        {
            command.With("@day", StoreTime.Day(day));
        }

        if (query.ValidDuring is not { } during)
        {
            return;
        }

        if (IsYearless(during))
        {
            // Months and days in any year: one range, or two when it wraps around the new year.
            var from = MonthDay(during.From!.Value, first: true);
            var to = MonthDay(during.To!.Value, first: false);
            var wraps = to < from;
            command.With("@md1_from", from).With("@md1_to", wraps ? YearEnd : to)
                .With("@md2_from", wraps ? YearStart : EmptyFrom).With("@md2_to", wraps ? to : EmptyTo);
        }
        else
        {
            command.With("@during_from", during.From?.EarliestDayNumber).With("@during_to", during.To?.LatestDayNumber);
        }
    }

    /// <summary>The valid-time conditions on fact <c>{alias}</c>, or <see langword="null"/> when the query has none.</summary>
    public static string? Condition(FactQuery query, string alias)
    {
        var conditions = new List<string>();
        if (query.ValidAt is not null)
        {
            conditions.Add($"{Dated(alias)} AND ({alias}.valid_from_day IS NULL OR {alias}.valid_from_day <= @day) AND ({alias}.valid_to_day IS NULL OR {alias}.valid_to_day >= @day)");
        }

        if (query.ValidDuring is { } during && IsYearless(during))
        {
            conditions.Add($"(({Dated(alias)} AND {DatedOnMonthDays(alias)}) OR ({alias}.placeable = 0 AND {YearlessOnMonthDays(alias)}))");
        }
        else if (query.ValidDuring is { } interval)
        {
            conditions.Add(Dated(alias)
                + (interval.From is null ? "" : $" AND ({alias}.valid_to_day IS NULL OR {alias}.valid_to_day >= @during_from)")
                + (interval.To is null ? "" : $" AND ({alias}.valid_from_day IS NULL OR {alias}.valid_from_day <= @during_to)"));
        }

        return conditions.Count == 0 ? null : string.Join(" AND ", conditions);
    }

    /// <summary>The position of a fact on a timeline: the first day of its start, else the last day of its end; undated last.</summary>
    public static string TimelineKey(string alias) =>
        $"(CASE WHEN {Dated(alias)} THEN COALESCE({alias}.valid_from_day, {alias}.valid_to_day) ELSE 9223372036854775807 END)";

    private static bool IsYearless(ValidityInterval during) => during.From is { HasYear: false };

    private static int MonthDay(PartialDate date, bool first) => (date.Month!.Value * 100) + (date.Day ?? (first ? 1 : 31));

    /// <summary>A validity that is stated and has a year at every end it gives.</summary>
    private static string Dated(string a) => $"{a}.placeable = 1 AND ({a}.valid_from IS NOT NULL OR {a}.valid_to IS NOT NULL)";

    /// <summary>
    /// A dated validity covers some of the months and days asked about in some year: always when it is open at an end
    /// or spans more than a calendar year's boundary twice; otherwise by the months and days of its one or two years.
    /// </summary>
    private static string DatedOnMonthDays(string a)
    {
        string Md(string day) => $"(({day} % 10000 + 10000) % 10000)";
        string Year(string day) => $"(({day} - {Md(day)}) / 10000)";
        var (from, to) = ($"{a}.valid_from_day", $"{a}.valid_to_day");
        var years = $"({Year(to)} - {Year(from)})";
        return $"({from} IS NULL OR {to} IS NULL OR {years} >= 2"
            + $" OR ({years} = 0 AND {Overlaps(Md(from), Md(to))})"
            + $" OR ({years} = 1 AND ({Overlaps(Md(from), "1231")} OR {Overlaps("101", Md(to))})))";
    }

    /// <summary>
    /// A validity dated without a year (<c>XXXX-09-26</c>, stored as EDTF text) covers some of the months and days asked
    /// about: always when its other end is open; when both ends have no year, by their months and days (wrapping around
    /// the new year when the end's come before the start's). An end with a year beside one without never matches.
    /// </summary>
    private static string YearlessOnMonthDays(string a)
    {
        var (from, to) = ($"{a}.valid_from", $"{a}.valid_to");
        string Yearless(string end) => $"substr({end}, 1, 5) = 'XXXX-'";

        // The cast is guarded inside the CASE, which is evaluated in order, not by the AND beside it: an engine may test
        // the conditions of an AND in any order, and a year-first date is no month.
        string Md(string end, int missingDay) =>
            $"(CASE WHEN {Yearless(end)} THEN CAST(substr({end}, 6, 2) AS INTEGER) * 100 + CASE WHEN substr({end}, 8, 1) = '-' THEN CAST(substr({end}, 9, 2) AS INTEGER) ELSE {missingDay} END END)";
        var (start, end) = (Md(from, 1), Md(to, 31));
        return $"(({Yearless(from)} AND {to} IS NULL) OR ({Yearless(to)} AND {from} IS NULL)"
            + $" OR ({Yearless(from)} AND {Yearless(to)} AND (({start} <= {end} AND {Overlaps(start, end)})"
            + $" OR ({start} > {end} AND ({Overlaps(start, "1231")} OR {Overlaps("101", end)})))))";
    }

    /// <summary>The months and days from <paramref name="from"/> to <paramref name="to"/> meet one of the ranges asked about.</summary>
    private static string Overlaps(string from, string to) =>
        $"(({from} <= @md1_to AND @md1_from <= {to}) OR ({from} <= @md2_to AND @md2_from <= {to}))";
}
