using System.Globalization;

namespace FactStore.Storage;

/// <summary>How record times are written: ISO 8601 UTC with seven fractional digits, which sorts as text.</summary>
internal static class StoreTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    /// <summary>"As known now": later than any time a record can carry.</summary>
    public static string Now => "9999-12-31T23:59:59.9999999Z";

    /// <summary>A day as a sortable integer, yyyymmdd.</summary>
    public static int? Day(DateOnly? date) => date is DateOnly d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;
}
