using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactStore;

public readonly partial record struct PartialDate : ISpanFormattable, IParsable<PartialDate>
{
    private const string JulianSuffix = "[u-ca=julian]";

    /// <summary>Parses the EDTF form written by <see cref="ToString()"/>; the form does not depend on culture.</summary>
    /// <param name="s">The text, e.g. <c>2022-01</c>, <c>XXXX-11-23</c>, <c>199X~</c>, <c>-0043-03-15</c> or <c>[1801..1900]</c>.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not a partial date; the message quotes it.</exception>
    public static PartialDate Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var result)
            ? result
            : throw new FormatException($"'{s}' is not a partial date. Expected an EDTF date such as 2013, 2022-01, 2022-01-05, XXXX-11-23, XXXX-09, 199X, 19XX, -0043-03-15, Y-170000000 or [1801..1900], optionally followed by ~, ? or %, then by [u-ca=julian] for a Julian date; years from -999999999 to 999999999.");
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
        if (TryParseCommon(s, out result))
        {
            return true;
        }

        result = default;
        var match = s is null ? Match.Empty : EdtfPattern.Match(s);
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
        var calendar = match.Groups["c"].Value == "julian" ? CalendarModel.Julian : CalendarModel.Gregorian;

        try
        {
            PartialDate date;
            if (match.Groups["a"].Success)
            {
                if (YearOf(match.Groups["a"].Value) is not long first || YearOf(match.Groups["b"].Value) is not long last
                    || PrecisionOfSpan(last - first + 1) is not DatePrecision precision)
                {
                    return false;
                }

                date = FromSpan(precision, checked((int)first));
            }
            else if (match.Groups["x"].Value is { Length: 4 } unspecified)
            {
                var digits = unspecified.TrimEnd('X');
                var first = Number(digits);
                date = digits.Length switch
                {
                    3 => FromDecade(first * 10),
                    2 => FromCentury(first * 100),
                    _ => FromMillennium(first * 1000),
                };
            }
            else
            {
                var year = YearOf(match.Groups["y"].Value);
                var month = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : (int?)null;
                var day = match.Groups["d"].Success ? Number(match.Groups["d"].Value) : (int?)null;
                date = (year, month, day) switch
                {
                    (null, null, _) => throw new ArgumentOutOfRangeException(nameof(s)),
                    (null, int m, null) => FromMonth(m),
                    (null, int m, int d) => FromMonthDay(m, d),
                    (long y, null, _) => FromYear(checked((int)y)),
                    (long y, int m, null) => FromYearMonth(checked((int)y), m),
                    (long y, int m, int d) => FromYearMonthDay(checked((int)y), m, d, calendar),
                };
            }

            result = date.WithCalendar(calendar).WithQualifier(qualifier);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// The EDTF form: <c>2013</c>, <c>2022-01</c>, <c>2022-01-05</c>, <c>XXXX-11-23</c>, <c>XXXX-09</c>, <c>199X</c>,
    /// <c>19XX</c>, <c>1XXX</c>, with <c>~</c>, <c>?</c> or <c>%</c>, and <c>[u-ca=julian]</c> last for a Julian date.
    /// </summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value; empty for <c>default(PartialDate)</c>.</returns>
    /// <remarks>
    /// <para>
    /// A year from 0 to 9999 has four digits; a negative year down to -9999 has a sign and four digits
    /// (<c>-0043</c> is 44 BCE); any other year has EDTF's <c>Y</c> prefix (<c>Y12345</c>, <c>Y-170000000</c>).
    /// EDTF defines the prefix for a year alone; a month or day after it (<c>Y12345-01-05</c>) is an extension.
    /// </para>
    /// <para>
    /// A span of years that the unspecified-digit forms (<c>199X</c>, <c>19XX</c>, <c>1XXX</c>, for years 0–9999)
    /// cannot write, such as an ordinal century, a negative decade or anything coarser than a millennium, is written
    /// as the EDTF "one of a set" range of its first and last year: <c>[1801..1900]</c>, <c>[-50..-41]</c>,
    /// <c>[-9999..0]</c>, <c>[Y-199999..-100000]</c>.
    /// </para>
    /// </remarks>
    public override string ToString()
    {
        if (!IsValid)
        {
            return "";
        }

        var core = Precision switch
        {
            DatePrecision.Day => $"{YearText(Year)}-{Two(Month)}-{Two(Day)}",
            DatePrecision.Month => $"{YearText(Year)}-{Two(Month)}",
            DatePrecision.Year => YearText(Year),
            DatePrecision.Decade when Year is >= 0 and <= 9990 => (Year.Value / 10).ToString("000", CultureInfo.InvariantCulture) + "X",
            DatePrecision.Century when Year is >= 0 and <= 9900 && Year % 100 == 0 => (Year.Value / 100).ToString("00", CultureInfo.InvariantCulture) + "XX",
            DatePrecision.Millennium when Year is >= 0 and <= 9000 && Year % 1000 == 0 => (Year.Value / 1000).ToString(CultureInfo.InvariantCulture) + "XXX",
            _ => $"[{YearText(Year)}..{YearText(LastYear)}]",
        };
        var qualifier = Qualifier switch
        {
            DateQualifier.Approximate => "~",
            DateQualifier.Uncertain => "?",
            DateQualifier.Approximate | DateQualifier.Uncertain => "%",
            _ => "",
        };
        return core + qualifier + (Calendar == CalendarModel.Julian ? JulianSuffix : "");
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

    private static string Two(int? value) => value!.Value.ToString("00", CultureInfo.InvariantCulture);

    private static string YearText(long? year) => year switch
    {
        null => "XXXX",
        >= 0 and <= 9999 => year.Value.ToString("0000", CultureInfo.InvariantCulture),
        < 0 and >= -9999 => "-" + (-year.Value).ToString("0000", CultureInfo.InvariantCulture),
        _ => "Y" + year.Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The year a token written by <see cref="YearText"/> stands for; null for <c>XXXX</c>.</summary>
    private static long? YearOf(string token)
    {
        if (token == "XXXX")
        {
            return null;
        }

        if (token.StartsWith('-') && token.Trim('-', '0').Length == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(token), "Year 0 has no sign.");
        }

        return long.Parse(token.TrimStart('Y'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static DatePrecision? PrecisionOfSpan(long years) => years switch
    {
        10 => DatePrecision.Decade,
        100 => DatePrecision.Century,
        1000 => DatePrecision.Millennium,
        10_000 => DatePrecision.TenThousandYears,
        100_000 => DatePrecision.HundredThousandYears,
        1_000_000 => DatePrecision.MillionYears,
        10_000_000 => DatePrecision.TenMillionYears,
        100_000_000 => DatePrecision.HundredMillionYears,
        1_000_000_000 => DatePrecision.BillionYears,
        _ => null,
    };

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string YearToken = @"-?[0-9]{4}|Y-?[1-9][0-9]{4,9}";

    /// <summary>In a set, a year of up to four digits is also read without leading zeros (<c>[-99..0]</c>).</summary>
    private const string SetYearToken = @"-?[0-9]{1,4}|Y-?[1-9][0-9]{4,9}";

    private static readonly Regex EdtfPattern = new(
        $@"^(?:\[(?<a>{SetYearToken})\.\.(?<b>{SetYearToken})\]|(?<x>[0-9]{{3}}X|[0-9]{{2}}XX|[0-9]XXX)|(?<y>XXXX|{YearToken})(?:-(?<m>[0-9]{{2}})(?:-(?<d>[0-9]{{2}}))?)?)(?<q>[~?%])?(?:\[u-ca=(?<c>julian|gregory)\])?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The forms nearly every stored date has, <c>YYYY</c>, <c>YYYY-MM</c> and <c>YYYY-MM-DD</c> with a year from 1000,
    /// read without the pattern: dates are parsed for every row a query reads.
    /// </summary>
    private static bool TryParseCommon(string? s, out PartialDate result)
    {
        result = default;
        if (s is not { Length: 4 or 7 or 10 } || !IsDigits(s, 0, 4) || s[0] == '0')
        {
            return false;
        }

        var year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        if (s.Length == 4)
        {
            result = FromYear(year);
            return true;
        }

        if (s[4] != '-' || !IsDigits(s, 5, 2) || (s.Length == 10 && (s[7] != '-' || !IsDigits(s, 8, 2))))
        {
            return false;
        }

        var month = ((s[5] - '0') * 10) + (s[6] - '0');
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (s.Length == 7)
        {
            result = FromYearMonth(year, month);
            return true;
        }

        var day = ((s[8] - '0') * 10) + (s[9] - '0');
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = FromYearMonthDay(year, month, day);
        return true;
    }

    private static bool IsDigits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
