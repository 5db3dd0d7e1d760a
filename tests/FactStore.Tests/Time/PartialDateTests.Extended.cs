using System.Globalization;

namespace FactStore.Tests.Time;

public partial class PartialDateTests
{
    [Theory]
    [InlineData("0000", DatePrecision.Year, 0, null, null)]
    [InlineData("-0043", DatePrecision.Year, -43, null, null)]
    [InlineData("-0043-03-15", DatePrecision.Day, -43, 3, 15)]
    [InlineData("-0001-12", DatePrecision.Month, -1, 12, null)]
    [InlineData("Y12345", DatePrecision.Year, 12345, null, null)]
    [InlineData("Y-170000000", DatePrecision.Year, -170000000, null, null)]
    [InlineData("Y12345-01-05", DatePrecision.Day, 12345, 1, 5)]
    [InlineData("[1801..1900]", DatePrecision.Century, 1801, null, null)]
    [InlineData("[1001..2000]", DatePrecision.Millennium, 1001, null, null)]
    [InlineData("1XXX", DatePrecision.Millennium, 1000, null, null)]
    [InlineData("0XXX", DatePrecision.Millennium, 0, null, null)]
    [InlineData("00XX", DatePrecision.Century, 0, null, null)]
    [InlineData("000X", DatePrecision.Decade, 0, null, null)]
    [InlineData("[-0050..-0041]", DatePrecision.Decade, -50, null, null)]
    [InlineData("[-0099..0000]", DatePrecision.Century, -99, null, null)]
    [InlineData("[-0100..-0001]", DatePrecision.Century, -100, null, null)]
    [InlineData("[Y10000..Y10099]", DatePrecision.Century, 10000, null, null)]
    [InlineData("[-9999..0000]", DatePrecision.TenThousandYears, -9999, null, null)]
    [InlineData("[0001..Y10000]", DatePrecision.TenThousandYears, 1, null, null)]
    [InlineData("[Y-99999..0000]", DatePrecision.HundredThousandYears, -99999, null, null)]
    [InlineData("[Y-2999999..Y-2000000]", DatePrecision.MillionYears, -2999999, null, null)]
    [InlineData("[Y-69999999..Y-60000000]", DatePrecision.TenMillionYears, -69999999, null, null)]
    [InlineData("[Y-99999999..0000]", DatePrecision.HundredMillionYears, -99999999, null, null)]
    [InlineData("[Y-999999999..0000]", DatePrecision.BillionYears, -999999999, null, null)]
    public void Parse_ExtendedForms_RoundTrip(string text, DatePrecision precision, int? year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(CalendarModel.Gregorian, date.Calendar);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("1500-03-01[u-ca=julian]")]
    [InlineData("1500-02-29[u-ca=julian]")]
    [InlineData("1500-02[u-ca=julian]")]
    [InlineData("-0043-03-15~[u-ca=julian]")]
    [InlineData("[1401..1500]?[u-ca=julian]")]
    [InlineData("XXXX-02-29[u-ca=julian]")]
    [InlineData("[1801..1900]%")]
    [InlineData("Y-170000000~")]
    public void Parse_QualifiedAndJulianForms_RoundTrip(string text)
    {
        Assert.Equal(text, PartialDate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("1500-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("1500-02-30[u-ca=julian]")]
    [InlineData("2022[u-ca=hebrew]")]
    [InlineData("2022[u-ca=julian]~")]
    [InlineData("Y1234")]
    [InlineData("Y01234")]
    [InlineData("Y1000000000")]
    [InlineData("10000")]
    [InlineData("-10000")]
    [InlineData("[1800..1899]x")]
    [InlineData("[1802..1901]")]
    [InlineData("[1..10]")]
    [InlineData("[-0..9]")]
    [InlineData("[0..9999]")]
    [InlineData("[1900..1950]")]
    [InlineData("[1..1000000000]")]
    [InlineData("[1801..1900]-01")]
    [InlineData("1XXX-01")]
    public void TryParse_InvalidExtendedForms_ReturnsFalse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[-9999..0]", "[-9999..0000]")]
    [InlineData("[-99..0]", "[-0099..0000]")]
    [InlineData("[1801..1900]", "[1801..1900]")]
    [InlineData("[1900..1999]", "19XX")]
    public void Parse_SetWithoutLeadingZeros_ReadsTheSameSpan(string text, string written)
    {
        Assert.Equal(written, PartialDate.Parse(text).ToString());
    }

    [Fact]
    public void Parse_EveryFactoryOutput_RoundTrips()
    {
        PartialDate[] dates =
        [
            PartialDate.FromYear(-999_999_999), PartialDate.FromYear(999_999_999), PartialDate.FromYear(-9999),
            PartialDate.FromYear(-10000), PartialDate.FromYearMonth(0, 2), PartialDate.FromYearMonthDay(-4, 2, 29),
            PartialDate.FromYearMonthDay(999_999_999, 12, 31), PartialDate.FromDecade(9990), PartialDate.FromDecade(10000),
            PartialDate.FromDecade(-10), PartialDate.FromCentury(9900), PartialDate.FromCentury(9901), PartialDate.FromCentury(-99),
            PartialDate.FromCentury(-100), PartialDate.FromMillennium(9000), PartialDate.FromMillennium(-999),
            PartialDate.FromMillennium(-1000), PartialDate.FromSpan(DatePrecision.TenThousandYears, 10001),
            PartialDate.FromSpan(DatePrecision.BillionYears, -999_999_999), PartialDate.FromYear(1500).WithCalendar(CalendarModel.Julian),
            PartialDate.FromMonthDay(2, 29).WithCalendar(CalendarModel.Julian).WithQualifier(DateQualifier.Uncertain),
        ];

        foreach (var date in dates)
        {
            Assert.Equal(date, PartialDate.Parse(date.ToString()));
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-4, true)]
    [InlineData(-100, false)]
    [InlineData(-400, true)]
    [InlineData(1900, false)]
    [InlineData(2000, true)]
    [InlineData(-1, false)]
    public void FromYearMonthDay_February29_FollowsProlepticGregorianLeapRules(int year, bool leap)
    {
        if (leap)
        {
            Assert.Equal(29, PartialDate.FromYearMonthDay(year, 2, 29).Day);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonthDay(year, 2, 29));
        }
    }

    [Theory]
    [InlineData(-1_000_000_000)]
    [InlineData(1_000_000_000)]
    public void FromYear_OutsideSupportedRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonthDay(year, 1, 1));
    }

    [Theory]
    [InlineData(1900, "19XX", "1900-01-01", "1999-12-31")]
    [InlineData(1801, "[1801..1900]", "1801-01-01", "1900-12-31")]
    [InlineData(-99, "[-0099..0000]", null, null)]
    public void FromCentury_BothConventions_CoverTheirYears(int firstYear, string text, string? earliest, string? latest)
    {
        var century = PartialDate.FromCentury(firstYear);

        Assert.Equal(text, century.ToString());
        Assert.Equal(earliest is null ? null : DateOnly.Parse(earliest, CultureInfo.InvariantCulture), century.Earliest);
        Assert.Equal(latest is null ? null : DateOnly.Parse(latest, CultureInfo.InvariantCulture), century.Latest);
    }

    [Theory]
    [InlineData(1850)]
    [InlineData(1899)]
    [InlineData(-98)]
    public void FromCentury_NeitherConvention_Throws(int firstYear)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromCentury(firstYear));
    }

    [Theory]
    [InlineData(1000, "1XXX", 10000101L, 19991231L)]
    [InlineData(1001, "[1001..2000]", 10010101L, 20001231L)]
    [InlineData(-999, "[-0999..0000]", -9989899L, 1231L)]
    public void FromMillennium_BothConventions_CoverTheirYears(int firstYear, string text, long earliest, long latest)
    {
        var millennium = PartialDate.FromMillennium(firstYear);

        Assert.Equal(text, millennium.ToString());
        Assert.Equal(earliest, millennium.EarliestDayNumber);
        Assert.Equal(latest, millennium.LatestDayNumber);
    }

    [Theory]
    [InlineData(1500)]
    [InlineData(1002)]
    public void FromMillennium_NeitherConvention_Throws(int firstYear)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromMillennium(firstYear));
    }

    [Theory]
    [InlineData(DatePrecision.TenThousandYears, 0)]
    [InlineData(DatePrecision.TenThousandYears, 10000)]
    [InlineData(DatePrecision.BillionYears, 1)]
    [InlineData(DatePrecision.Year, 2013)]
    public void FromSpan_NotAnOrdinalSpanInRange_Throws(DatePrecision precision, int firstYear)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromSpan(precision, firstYear));
    }

    [Fact]
    public void DayNumbers_BceDay_SortBelowCe()
    {
        var idesOfMarch = PartialDate.Parse("-0043-03-15");

        Assert.Equal(-429685L, idesOfMarch.EarliestDayNumber);
        Assert.Equal(-429685L, idesOfMarch.LatestDayNumber);
        Assert.Null(idesOfMarch.Earliest);
        Assert.True(idesOfMarch.EarliestDayNumber < PartialDate.Parse("-0043-12-31").EarliestDayNumber);
        Assert.True(PartialDate.Parse("-0044-12-31").LatestDayNumber < idesOfMarch.EarliestDayNumber);
    }

    [Fact]
    public void DayNumbers_Yearless_AreNull()
    {
        Assert.Null(PartialDate.FromMonthDay(11, 23).EarliestDayNumber);
        Assert.Null(PartialDate.FromMonth(9).LatestDayNumber);
    }

    [Fact]
    public void DayNumbers_MonthPrecision_EndOnTheLastDay()
    {
        Assert.Equal(-39771L, PartialDate.FromYearMonth(-4, 2).LatestDayNumber);
        Assert.Equal(20240229L, PartialDate.FromYearMonth(2024, 2).LatestDayNumber);
    }

    [Fact]
    public void CompareTo_AcrossBceAndCe_OrdersOnTheTimeline()
    {
        var dates = new[] { "2013", "-0043-03-15", "0000", "[-9999..0000]", "-0044", "[-0099..0000]", "0001-01-01", "Y-170000000", "Y12345" }
            .Select(d => PartialDate.Parse(d))
            .Order()
            .Select(d => d.ToString());

        Assert.Equal(["Y-170000000", "[-9999..0000]", "[-0099..0000]", "-0044", "-0043-03-15", "0000", "0001-01-01", "2013", "Y12345"], dates);
    }

    [Fact]
    public void Julian_KeepsItsFieldsButIsPlacedAsGregorian()
    {
        var julian = PartialDate.FromYearMonthDay(1582, 10, 4, CalendarModel.Julian);
        var gregorian = PartialDate.FromYearMonthDay(1582, 10, 14);

        Assert.Equal((1582, 10, 4), (julian.Year, julian.Month, julian.Day));
        Assert.Equal(15821014L, julian.EarliestDayNumber);
        Assert.Equal(new DateOnly(1582, 10, 14), julian.Earliest);
        Assert.True(julian.Covers(new DateOnly(1582, 10, 14)));
        Assert.NotEqual(gregorian, julian);
        Assert.True(julian > gregorian);
        Assert.True(julian < PartialDate.FromYearMonthDay(1582, 10, 15));
        Assert.True(PartialDate.FromYearMonthDay(1582, 10, 5, CalendarModel.Julian) > PartialDate.FromYearMonthDay(1582, 10, 14));
    }

    [Theory]
    [InlineData("1500[u-ca=julian]", 15000110L, 15010110L)]
    [InlineData("1500-02[u-ca=julian]", 15000210L, 15000310L)]
    [InlineData("0001-01-01[u-ca=julian]", 1230L, 1230L)]
    [InlineData("-0043-03-15[u-ca=julian]", -429687L, -429687L)]
    [InlineData("[1401..1500][u-ca=julian]", 14010110L, 15010110L)]
    public void Julian_MonthAndYear_ConvertTheirFirstAndLastDay(string text, long earliest, long latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(earliest, date.EarliestDayNumber);
        Assert.Equal(latest, date.LatestDayNumber);
    }

    [Fact]
    public void WithCalendar_February29OfAJulianOnlyLeapYear_ThrowsGoingGregorian()
    {
        var julian = PartialDate.Parse("1500-02-29[u-ca=julian]");

        Assert.Throws<ArgumentException>(() => julian.WithCalendar(CalendarModel.Gregorian));
        Assert.Equal("1500-03-01[u-ca=julian]", PartialDate.FromYearMonthDay(1500, 3, 1).WithCalendar(CalendarModel.Julian).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => julian.WithCalendar((CalendarModel)7));
    }

    [Fact]
    public void IsValid_Default_IsFalseAndWritesNothing()
    {
        Assert.False(default(PartialDate).IsValid);
        Assert.Equal("", default(PartialDate).ToString());
        Assert.True(PartialDate.FromSpan(DatePrecision.BillionYears, -999_999_999).IsValid);
    }

    [Fact]
    public void Earliest_OutsideDateOnlyRange_IsNullButDayNumberIsNot()
    {
        var future = PartialDate.FromYear(12345);

        Assert.Null(future.Earliest);
        Assert.Null(future.Latest);
        Assert.Equal(123450101L, future.EarliestDayNumber);
        Assert.False(future.Covers(DateOnly.MaxValue));
    }
}
