using System.Globalization;
using System.Text.RegularExpressions;

namespace FactStore.Importers.ClaimReview;

/// <summary>Reads a schema.org <c>Date</c> or <c>DateTime</c> at the precision it is written in.</summary>
/// <remarks>
/// <c>2021</c> is a year, <c>2021-03</c> a month, <c>2021-03-05</c> a day; a timestamp (<c>2021-03-05T09:30:00-05:00</c>)
/// is the day written in it, in the publisher's own offset, not converted to UTC. Other forms publishers use
/// (<c>March 5, 2021</c>, <c>05/03/2021</c>) are read only when unambiguous in the invariant culture; a date that cannot
/// be read is left out rather than guessed.
/// </remarks>
internal static partial class SchemaDate
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = IsoDate().Match(text.Trim());
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : (int?)null;
            try
            {
                return (month, day) switch
                {
                    (null, _) => PartialDate.FromYear(year),
                    (int m, null) => PartialDate.FromYearMonth(year, m),
                    (int m, int d) => PartialDate.FromYearMonthDay(year, m, d),
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        // Month names only (not 05/03/2021, which is the 5th of March or the 3rd of May depending on the site).
        return LetterMonth().IsMatch(text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? PartialDate.FromDate(DateOnly.FromDateTime(parsed))
            : null;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{2})(-(?<d>[0-9]{2})([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex LetterMonth();
}
