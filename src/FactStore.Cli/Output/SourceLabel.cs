using System.Globalization;

namespace FactStore.Cli.Output;

/// <summary>
/// A source as one cell of a table, and where in it: <c>Gazeta, 001_236d5692e30f297c.txt 3966-4041</c> (publisher or
/// title, its first locator, a file by its name, and the offsets in its text when known).
/// </summary>
internal static class SourceLabel
{
    public static string Of(Source source, int? start = null, int? end = null)
    {
        var name = source.Publisher ?? source.Title;
        var locator = source.Locators.Count == 0 ? source.Id
            : source.Locators[0] is { Scheme: "file" } file ? file.Value
            : source.Locators[0].ToString();
        var where = start is int from && end is int to ? string.Create(CultureInfo.InvariantCulture, $" {from}-{to}") : "";
        return (name is null ? "" : name + ", ") + locator + where;
    }
}
