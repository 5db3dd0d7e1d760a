using System.Globalization;
using System.Text.RegularExpressions;

namespace FactStore.Importers.Wikidata;

/// <summary>
/// Maps Wikidata JSON time values (<c>time</c>, <c>precision</c>, <c>calendarmodel</c>) to <see cref="PartialDate"/>
/// and back.
/// </summary>
/// <remarks>
/// <para>
/// Wikidata years are historical: there is no year 0 and <c>-0044</c> is 44 BCE, which is astronomical year -43
/// (<c>-0043</c> in EDTF). Sources: Phabricator T99674 ("We currently represent 44 BCE as -0044 internally (the year
/// 0 is accepted as input, but has no clear meaning) ... consistent with the traditional numbering system", and notes
/// the conflict with ISO 8601's -0043); T94064 ("A date of +0000-01-01 is allowed in wikibase but has no meaning");
/// the time datatype in Wikidata Help:Dates / mw:Wikibase/DataModel/JSON#time (year signed and padded to 4–16
/// digits, precision 0 = billion years … 6 = millennium, 7 = century, 8 = decade, 9 = year, 10 = month, 11 = day,
/// 12–14 = hour, minute, second; calendarmodel a URI). Year 0 is therefore refused.
/// </para>
/// <para>
/// Precision 7 and 6 are ordinal and contain the year: <c>+1900</c> is the 19th century (1801–1900),
/// <c>+1901</c> to <c>+2000</c> the 20th (1901–2000), <c>-0044</c> the 1st century BCE (<c>[-0099..0000]</c>).
/// Precisions 0–5 contain the year the same way, in the ordinal spans of <see cref="DatePrecision"/>. Precision 8
/// is the EDTF decade (a multiple of 10 in astronomical years) that contains the year. Month and day may be 00
/// below their precision and are otherwise ignored there; the time of day is ignored.
/// </para>
/// <para>
/// <see cref="Format"/> writes, for an ordinal span, its year farthest from year 0 (<c>+1900</c> for the 19th century,
/// <c>-0100</c> for the 1st century BCE), for a decade its first year (in historical numbering), and 00 for month and
/// day below the precision, so <c>Parse(Format(d)) == d</c> for every date <see cref="Parse"/> returns.
/// </para>
/// </remarks>
internal static class WikidataTime
{
    /// <summary>Wikidata's proleptic Gregorian calendar (Q1985727).</summary>
    public const string Gregorian = "http://www.wikidata.org/entity/Q1985727";

    /// <summary>Wikidata's proleptic Julian calendar (Q1985786).</summary>
    public const string Julian = "http://www.wikidata.org/entity/Q1985786";

    /// <summary>Reads a Wikidata time value.</summary>
    /// <param name="time">The <c>time</c> string, e.g. <c>+2013-12-31T00:00:00Z</c> or <c>-0044-03-15T00:00:00Z</c>.</param>
    /// <param name="precision">The <c>precision</c>, 0–14.</param>
    /// <param name="calendarModel">The <c>calendarmodel</c> URI; <see langword="null"/> is Gregorian.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The value is malformed, out of range or in another calendar; the message quotes it.</exception>
    public static PartialDate Parse(string time, int precision, string? calendarModel)
    {
        ArgumentNullException.ThrowIfNull(time);
        var calendar = calendarModel switch
        {
            null or Gregorian => CalendarModel.Gregorian,
            Julian => CalendarModel.Julian,
            _ => throw new FormatException($"Wikidata time '{time}' has calendar model '{calendarModel}'; only {Gregorian} (Gregorian) and {Julian} (Julian) are supported."),
        };

        var match = TimePattern.Match(time);
        if (!match.Success)
        {
            throw Malformed(time, "expected a signed year of 4 to 16 digits, month and day, e.g. +2013-12-31T00:00:00Z");
        }

        if (precision is < 0 or > 14)
        {
            throw Malformed(time, $"precision {precision} is not one of Wikidata's 0 (billion years) to 14 (second)");
        }

        var historicalYear = long.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (historicalYear == 0)
        {
            throw Malformed(time, "Wikidata numbers years historically and has no year 0 (-0001 is 1 BCE)");
        }

        var year = match.Groups["s"].Value == "-" ? 1 - historicalYear : historicalYear;
        if (year is < -999_999_999 or > 999_999_999)
        {
            throw Malformed(time, "the year is outside the supported range -999,999,999 to 999,999,999 (astronomical)");
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month > 12 || day > 31 || (precision >= 10 && month == 0) || (precision >= 11 && day == 0))
        {
            throw Malformed(time, $"month {month:00} and day {day:00} are not valid at precision {precision}");
        }

        try
        {
            var date = (DatePrecision)Math.Min(precision, (int)DatePrecision.Day) switch
            {
                DatePrecision.Day => PartialDate.FromYearMonthDay((int)year, month, day, calendar),
                DatePrecision.Month => PartialDate.FromYearMonth((int)year, month),
                DatePrecision.Year => PartialDate.FromYear((int)year),
                DatePrecision.Decade => PartialDate.FromDecade((int)(FloorDiv(year, 10) * 10)),
                var span => PartialDate.FromSpan(span, (int)OrdinalSpanStart(year, span)),
            };
            return date.WithCalendar(calendar);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Wikidata time '{time}' at precision {precision} is not a date: {e.Message}", e);
        }
    }

    /// <summary>Writes a partial date as a Wikidata time value, the inverse of <see cref="Parse"/>.</summary>
    /// <param name="date">The date: with a year, without qualifier, and not an EDTF century or millennium.</param>
    /// <returns>The <c>time</c> string, the precision (11 at most) and the calendar model URI.</returns>
    /// <exception cref="ArgumentException">
    /// The date has no Wikidata form: it has no year, is qualified (Wikidata states that with qualifiers on the
    /// statement), or is an EDTF century or millennium such as <c>19XX</c>, which Wikidata's ordinal ones do not match.
    /// </exception>
    public static (string Time, int Precision, string CalendarModel) Format(PartialDate date)
    {
        if (!date.IsValid || date.Year is not int year)
        {
            throw new ArgumentException($"'{date}' has no year, so it has no Wikidata time.", nameof(date));
        }

        if (date.Qualifier != DateQualifier.None)
        {
            throw new ArgumentException($"'{date}' is qualified; a Wikidata time value carries no qualifier.", nameof(date));
        }

        var span = date.Precision < DatePrecision.Decade ? PartialDate.SpanYears(date.Precision) : 1;
        if (span > 1 && year - (FloorDiv(year, span) * span) != 1)
        {
            throw new ArgumentException($"'{date}' is an EDTF {date.Precision} ({year} to {year + span - 1}); Wikidata's are ordinal ({year + 1} to {year + span}).", nameof(date));
        }

        // An ordinal span lies wholly after or before year 0: write its year farthest from it (+1900, -0100).
        long written = span == 1 ? year : year > 0 ? (long)year + span - 1 : year;
        var historical = written > 0 ? written : 1 - written;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{(written > 0 ? '+' : '-')}{historical:0000}-{date.Month ?? 0:00}-{date.Day ?? 0:00}T00:00:00Z");
        return (text, (int)date.Precision, date.Calendar == CalendarModel.Julian ? Julian : Gregorian);
    }

    /// <summary>The first year of the ordinal span at <paramref name="precision"/> that contains <paramref name="year"/>.</summary>
    private static long OrdinalSpanStart(long year, DatePrecision precision)
    {
        long span = PartialDate.SpanYears(precision);
        return (FloorDiv(year - 1, span) * span) + 1;
    }

    private static long FloorDiv(long a, long b) => (long)Math.Floor((decimal)a / b);

    private static FormatException Malformed(string time, string reason) =>
        new($"'{time}' is not a Wikidata time value: {reason}.");

    private static readonly Regex TimePattern = new(
        @"^(?<s>[+-])(?<y>[0-9]{4,16})-(?<m>[0-9]{2})-(?<d>[0-9]{2})T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
}
