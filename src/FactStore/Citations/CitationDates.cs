using System.Globalization;
using System.Text.Json;

namespace FactStore.Citations;

/// <summary>
/// A <see cref="PartialDate"/> written at the precision it states, never finer: for a reader (<c>30 April 2024</c>,
/// <c>February 2019</c>, <c>2019</c>, <c>c. 2019</c>, <c>1990s</c>), as CSL <c>date-parts</c> and as biblatex dates.
/// </summary>
internal static class CitationDates
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date for a reader, in English and whatever the culture: day, month and year as far as stated.</summary>
    public static string Text(PartialDate date)
    {
        var core = (date.Precision, date.Year) switch
        {
            (DatePrecision.Day, null) => $"{Number(date.Day!.Value)} {MonthNames[date.Month!.Value - 1]} (year not stated)",
            (DatePrecision.Month, null) => $"{MonthNames[date.Month!.Value - 1]} (year not stated)",
            (DatePrecision.Day, int y) => $"{Number(date.Day!.Value)} {MonthNames[date.Month!.Value - 1]} {YearText(y)}",
            (DatePrecision.Month, int y) => $"{MonthNames[date.Month!.Value - 1]} {YearText(y)}",
            (DatePrecision.Year, int y) => YearText(y),
            (DatePrecision.Decade, int y) when y > 0 => Number(y) + "s",
            (_, int y) => $"{YearText(y)}–{YearText(LastYear(date))}",
            _ => date.ToString(),
        };
        var circa = date.Qualifier.HasFlag(DateQualifier.Approximate) ? "c. " : "";
        var uncertain = date.Qualifier.HasFlag(DateQualifier.Uncertain) ? "?" : "";
        var julian = date.Calendar == CalendarModel.Julian ? " (Julian calendar)" : "";
        return circa + core + uncertain + julian;
    }

    /// <summary>A validity for a reader: <c>not stated</c>, a date, <c>from … to …</c>, <c>since …</c> or <c>until …</c>.</summary>
    public static string Text(ValidityInterval validity) => (validity.From, validity.To) switch
    {
        (null, null) => "not stated",
        (PartialDate from, PartialDate to) when validity.IsPointInTime || from == to => Text(from),
        (PartialDate from, PartialDate to) => $"from {Text(from)} to {Text(to)}",
        (PartialDate from, null) => $"since {Text(from)}",
        (null, PartialDate to) => $"until {Text(to)}",
    };

    /// <summary>
    /// Writes <c>{"date-parts": [[2019, 2]]}</c> with as many parts as the precision states; a span of years (a decade,
    /// a century) as the range of its first and last year; <c>"circa": true</c> for an approximate or uncertain date
    /// (CSL has no other qualifier). Years are historical, as CSL counts them: astronomical 0 is 1 BC (-1).
    /// </summary>
    public static void WriteCsl(Utf8JsonWriter json, string name, PartialDate date)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(CslYear(date.Year!.Value));
        if (date.Precision >= DatePrecision.Month)
        {
            json.WriteNumberValue(date.Month!.Value);
        }

        if (date.Precision == DatePrecision.Day)
        {
            json.WriteNumberValue(date.Day!.Value);
        }

        json.WriteEndArray();
        if (date.Precision < DatePrecision.Year)
        {
            json.WriteStartArray();
            json.WriteNumberValue(CslYear(LastYear(date)));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (date.Qualifier != DateQualifier.None)
        {
            json.WriteBoolean("circa", true);
        }

        json.WriteEndObject();
    }

    /// <summary>BibTeX's <c>year</c>: the year, or <c>1990--1999</c> for a span of years.</summary>
    public static string BibTeXYear(PartialDate date) =>
        date.Precision < DatePrecision.Year ? $"{Number(date.Year!.Value)}--{Number(LastYear(date))}" : Number(date.Year!.Value);

    /// <summary>BibTeX's <c>month</c> macro (<c>feb</c>), when the month is stated.</summary>
    public static string? BibTeXMonth(PartialDate date) => date.Month is int month ? MonthMacros[month - 1] : null;

    /// <summary>
    /// biblatex's <c>date</c> (ISO 8601-2 as biblatex reads it): <c>2019-02-05</c>, <c>2019-02</c>, <c>2019</c>,
    /// <c>1990/1999</c> for a span, with <c>~</c>, <c>?</c> or <c>%</c>.
    /// </summary>
    public static string Iso(PartialDate date)
    {
        var year = date.Year!.Value;
        var core = date.Precision switch
        {
            DatePrecision.Day => $"{IsoYear(year)}-{Two(date.Month!.Value)}-{Two(date.Day!.Value)}",
            DatePrecision.Month => $"{IsoYear(year)}-{Two(date.Month!.Value)}",
            DatePrecision.Year => IsoYear(year),
            _ => $"{IsoYear(year)}/{IsoYear(LastYear(date))}",
        };
        return core + date.Qualifier switch
        {
            DateQualifier.Approximate => "~",
            DateQualifier.Uncertain => "?",
            DateQualifier.None => "",
            _ => "%",
        };
    }

    /// <summary>The day a source was retrieved, as a date at day precision (UTC).</summary>
    public static PartialDate Day(DateTimeOffset instant) => PartialDate.FromDate(DateOnly.FromDateTime(instant.UtcDateTime));

    private static int LastYear(PartialDate date) => date.Year!.Value + PartialDate.SpanYears(date.Precision) - 1;

    private static int CslYear(int year) => year > 0 ? year : year - 1;

    private static string YearText(int year) => year > 0 ? Number(year) : Number(1 - year) + " BCE";

    private static string IsoYear(int year) => year.ToString(year < 0 ? "0000;-0000" : "0000", CultureInfo.InvariantCulture);

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
