using FactStore.Importers.Wikidata;

namespace FactStore.Tests.Importers.Wikidata;

public class WikidataTimeTests
{
    private const string Gregorian = "http://www.wikidata.org/entity/Q1985727";
    private const string Julian = "http://www.wikidata.org/entity/Q1985786";

    [Theory]
    [InlineData("+1953-00-00T00:00:00Z", 9, "1953")]
    [InlineData("+2013-12-31T00:00:00Z", 11, "2013-12-31")]
    [InlineData("+2013-12-00T00:00:00Z", 10, "2013-12")]
    [InlineData("+2013-12-31T00:00:00Z", 9, "2013")]
    [InlineData("-0044-03-15T00:00:00Z", 11, "-0043-03-15")]
    [InlineData("-0001-00-00T00:00:00Z", 9, "0000")]
    [InlineData("+0001-00-00T00:00:00Z", 9, "0001")]
    [InlineData("+2013-12-31T14:05:09Z", 14, "2013-12-31")]
    [InlineData("+2013-12-31T14:00:00Z", 12, "2013-12-31")]
    [InlineData("+1990-00-00T00:00:00Z", 8, "199X")]
    [InlineData("+1995-00-00T00:00:00Z", 8, "199X")]
    [InlineData("+1900-00-00T00:00:00Z", 7, "[1801..1900]")]
    [InlineData("+1901-00-00T00:00:00Z", 7, "[1901..2000]")]
    [InlineData("+1950-00-00T00:00:00Z", 7, "[1901..2000]")]
    [InlineData("+2000-00-00T00:00:00Z", 7, "[1901..2000]")]
    [InlineData("-0044-00-00T00:00:00Z", 7, "[-0099..0000]")]
    [InlineData("-0100-00-00T00:00:00Z", 7, "[-0099..0000]")]
    [InlineData("-0101-00-00T00:00:00Z", 7, "[-0199..-0100]")]
    [InlineData("+2000-00-00T00:00:00Z", 6, "[1001..2000]")]
    [InlineData("+2001-00-00T00:00:00Z", 6, "[2001..3000]")]
    [InlineData("-10000-00-00T00:00:00Z", 5, "[-9999..0000]")]
    [InlineData("-66000000-00-00T00:00:00Z", 3, "[Y-65999999..Y-65000000]")]
    [InlineData("-0000000500000000-00-00T00:00:00Z", 0, "[Y-999999999..0000]")]
    public void Parse_Examples_MapToEdtf(string time, int precision, string expected)
    {
        Assert.Equal(expected, WikidataTime.Parse(time, precision, Gregorian).ToString());
    }

    [Fact]
    public void Parse_NullCalendar_IsGregorian()
    {
        Assert.Equal(CalendarModel.Gregorian, WikidataTime.Parse("+2013-12-31T00:00:00Z", 11, null).Calendar);
    }

    [Fact]
    public void Parse_Century1900_Covers1801To1900()
    {
        var century = WikidataTime.Parse("+1900-00-00T00:00:00Z", 7, Gregorian);

        Assert.Equal(DatePrecision.Century, century.Precision);
        Assert.Equal(new DateOnly(1801, 1, 1), century.Earliest);
        Assert.Equal(new DateOnly(1900, 12, 31), century.Latest);
        Assert.True(century.Covers(new DateOnly(1900, 6, 1)));
        Assert.False(century.Covers(new DateOnly(1901, 1, 1)));
    }

    [Fact]
    public void Parse_Millennium2000_Covers1001To2000()
    {
        var millennium = WikidataTime.Parse("+2000-00-00T00:00:00Z", 6, Gregorian);

        Assert.Equal(new DateOnly(1001, 1, 1), millennium.Earliest);
        Assert.Equal(new DateOnly(2000, 12, 31), millennium.Latest);
    }

    [Fact]
    public void Parse_Julian_KeepsJulianFieldsAndComparesAsGregorian()
    {
        var julian = WikidataTime.Parse("+1582-10-04T00:00:00Z", 11, Julian);

        Assert.Equal("1582-10-04[u-ca=julian]", julian.ToString());
        Assert.Equal(new DateOnly(1582, 10, 14), julian.Earliest);
        Assert.Equal(0, julian.EarliestDayNumber!.Value.CompareTo(PartialDate.FromYearMonthDay(1582, 10, 14).EarliestDayNumber!.Value));
        Assert.True(julian < PartialDate.FromYearMonthDay(1582, 10, 15));
        Assert.True(julian > PartialDate.FromYearMonthDay(1582, 10, 13));
    }

    [Fact]
    public void Parse_JulianLeapDay_IsAcceptedOnlyInJulian()
    {
        Assert.Equal("1500-02-29[u-ca=julian]", WikidataTime.Parse("+1500-02-29T00:00:00Z", 11, Julian).ToString());
        Assert.Throws<FormatException>(() => WikidataTime.Parse("+1500-02-29T00:00:00Z", 11, Gregorian));
    }

    [Theory]
    [InlineData("+1953-00-00T00:00:00Z", 9, Gregorian)]
    [InlineData("+2013-12-31T00:00:00Z", 11, Gregorian)]
    [InlineData("+2013-12-00T00:00:00Z", 10, Gregorian)]
    [InlineData("-0044-03-15T00:00:00Z", 11, Julian)]
    [InlineData("-0001-00-00T00:00:00Z", 9, Gregorian)]
    [InlineData("+1990-00-00T00:00:00Z", 8, Gregorian)]
    [InlineData("-0041-00-00T00:00:00Z", 8, Gregorian)]
    [InlineData("-0001-00-00T00:00:00Z", 8, Gregorian)]
    [InlineData("+1900-00-00T00:00:00Z", 7, Gregorian)]
    [InlineData("+1500-00-00T00:00:00Z", 7, Julian)]
    [InlineData("-0100-00-00T00:00:00Z", 7, Gregorian)]
    [InlineData("+2000-00-00T00:00:00Z", 6, Gregorian)]
    [InlineData("-1000-00-00T00:00:00Z", 6, Julian)]
    [InlineData("-10000-00-00T00:00:00Z", 5, Gregorian)]
    [InlineData("+100000-00-00T00:00:00Z", 4, Gregorian)]
    [InlineData("-66000000-00-00T00:00:00Z", 3, Gregorian)]
    [InlineData("-1000000000-00-00T00:00:00Z", 0, Gregorian)]
    public void Format_CanonicalValue_RoundTripsExactly(string time, int precision, string calendar)
    {
        var date = WikidataTime.Parse(time, precision, calendar);

        Assert.Equal((time, precision, calendar), WikidataTime.Format(date));
    }

    [Theory]
    [InlineData("+1950-00-00T00:00:00Z", 7, "+2000-00-00T00:00:00Z", 7)]
    [InlineData("+1995-00-00T00:00:00Z", 8, "+1990-00-00T00:00:00Z", 8)]
    [InlineData("+2013-12-31T00:00:00Z", 9, "+2013-00-00T00:00:00Z", 9)]
    [InlineData("+2013-12-31T14:05:09Z", 14, "+2013-12-31T00:00:00Z", 11)]
    [InlineData("-0044-00-00T00:00:00Z", 7, "-0100-00-00T00:00:00Z", 7)]
    [InlineData("-0044-00-00T00:00:00Z", 8, "-0051-00-00T00:00:00Z", 8)]
    public void Format_AnyValue_RoundTripsToAnEqualDate(string time, int precision, string canonical, int canonicalPrecision)
    {
        var date = WikidataTime.Parse(time, precision, Gregorian);
        var formatted = WikidataTime.Format(date);

        Assert.Equal((canonical, canonicalPrecision), (formatted.Time, formatted.Precision));
        Assert.Equal(date, WikidataTime.Parse(formatted.Time, formatted.Precision, formatted.CalendarModel));
    }

    [Theory]
    [InlineData("19XX")]
    [InlineData("1XXX")]
    [InlineData("XXXX-11-23")]
    [InlineData("2013~")]
    public void Format_NoWikidataForm_Throws(string text)
    {
        Assert.Throws<ArgumentException>(() => WikidataTime.Format(PartialDate.Parse(text)));
    }

    [Theory]
    [InlineData("2013-12-31", 11)]
    [InlineData("+2013-12-31", 11)]
    [InlineData("+13-12-31T00:00:00Z", 11)]
    [InlineData("+2013-12-31T00:00:00", 11)]
    [InlineData("+0000-00-00T00:00:00Z", 9)]
    [InlineData("+2013-00-00T00:00:00Z", 10)]
    [InlineData("+2013-12-00T00:00:00Z", 11)]
    [InlineData("+2013-13-01T00:00:00Z", 9)]
    [InlineData("+2013-02-30T00:00:00Z", 11)]
    [InlineData("+2013-12-31T00:00:00Z", 15)]
    [InlineData("+2013-12-31T00:00:00Z", -1)]
    [InlineData("+1000000000-00-00T00:00:00Z", 9)]
    [InlineData("-13798000000-00-00T00:00:00Z", 0)]
    [InlineData("+0001-00-00T00:00:00Z", 0)]
    public void Parse_Malformed_ThrowsFormatExceptionQuotingTheValue(string time, int precision)
    {
        var error = Assert.Throws<FormatException>(() => WikidataTime.Parse(time, precision, Gregorian));
        Assert.Contains($"'{time}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherCalendar_ThrowsNamingIt()
    {
        const string islamic = "http://www.wikidata.org/entity/Q28892";

        var error = Assert.Throws<FormatException>(() => WikidataTime.Parse("+1440-01-01T00:00:00Z", 11, islamic));
        Assert.Contains(islamic, error.Message, StringComparison.Ordinal);
        Assert.Contains("'+1440-01-01T00:00:00Z'", error.Message, StringComparison.Ordinal);
    }
}
