using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactStore;

public readonly partial record struct PartialDate : ISpanFormattable, IParsable<PartialDate>
{
    /// <summary>Parses the EDTF form written by <see cref="ToString()"/>; the form does not depend on culture.</summary>
    /// <param name="s">The text, e.g. <c>2022-01</c>, <c>XXXX-11-23</c> or <c>199X~</c>.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not a partial date; the message quotes it.</exception>
    public static PartialDate Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var result)
            ? result
            : throw new FormatException($"'{s}' is not a partial date. Expected an EDTF date such as 2013, 2022-01, 2022-01-05, XXXX-11-23, XXXX-09, 199X or 19XX, optionally followed by ~, ? or %.");
    }

    /// <inheritdoc/>
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) =>
        TryParse(s, out result);

    /// <summary>Tries to parse the EDTF form written by <see cref="ToString()"/>; the form does not depend on culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The partial date, when the text is one.</param>
    /// <returns>Whether the text is a valid partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDate result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        var match = EdtfPattern.Match(s);
        if (!match.Success)
        {
            return false;
        }

        var qualifier = match.Groups["q"].Value switch
        {
            "~" => DateQualifier.Approximate,
            "?" => DateQualifier.Uncertain,
            "%" => DateQualifier.Approximate | DateQualifier.Uncertain,
            _ => DateQualifier.None,
        };
        var yearText = match.Groups["y"].Value;
        var month = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : (int?)null;
        var day = match.Groups["d"].Success ? Number(match.Groups["d"].Value) : (int?)null;

        try
        {
            PartialDate date;
            if (yearText == "XXXX")
            {
                if (month is null)
                {
                    return false;
                }

                date = day is null ? FromMonth(month.Value) : FromMonthDay(month.Value, day.Value);
            }
            else if (yearText.EndsWith("XX", StringComparison.Ordinal))
            {
                if (month is not null)
                {
                    return false;
                }

                date = FromCentury(Number(yearText[..2]) * 100);
            }
            else if (yearText.EndsWith('X'))
            {
                if (month is not null)
                {
                    return false;
                }

                date = FromDecade(Number(yearText[..3]) * 10);
            }
            else
            {
                var year = Number(yearText);
                date = (month, day) switch
                {
                    (null, _) => FromYear(year),
                    (int m, null) => FromYearMonth(year, m),
                    (int m, int d) when d <= DateTime.DaysInMonth(year, m) => FromDate(new DateOnly(year, m, d)),
                    _ => throw new ArgumentOutOfRangeException(nameof(s)),
                };
            }

            result = date.WithQualifier(qualifier);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The EDTF form: <c>2013</c>, <c>2022-01</c>, <c>2022-01-05</c>, <c>XXXX-11-23</c>, <c>XXXX-09</c>, <c>199X</c>, <c>19XX</c>, with <c>~</c>, <c>?</c> or <c>%</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString()
    {
        var core = Precision switch
        {
            DatePrecision.Century => string.Create(CultureInfo.InvariantCulture, $"{Year / 100:00}XX"),
            DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"{Year / 10:000}X"),
            DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}"),
            DatePrecision.Month when Year is null => string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:00}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
            DatePrecision.Day when Year is null => string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:00}-{Day:00}"),
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
            _ => "",
        };
        return Qualifier switch
        {
            DateQualifier.Approximate => core + "~",
            DateQualifier.Uncertain => core + "?",
            DateQualifier.Approximate | DateQualifier.Uncertain => core + "%",
            _ => core,
        };
    }

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = text.Length <= destination.Length ? text.Length : 0;
        return text.AsSpan().TryCopyTo(destination);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static readonly Regex EdtfPattern = new(
        @"^(?<y>\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?<q>[~?%])?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
}
