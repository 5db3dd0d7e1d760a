using System.Globalization;

namespace FactStore.Tests.Time;

public partial class PartialDateTests
{
    [Theory]
    [InlineData("2013", DatePrecision.Year, 2013, null, null)]
    [InlineData("2022-01", DatePrecision.Month, 2022, 1, null)]
    [InlineData("2022-01-05", DatePrecision.Day, 2022, 1, 5)]
    [InlineData("XXXX-11-23", DatePrecision.Day, null, 11, 23)]
    [InlineData("XXXX-09", DatePrecision.Month, null, 9, null)]
    [InlineData("199X", DatePrecision.Decade, 1990, null, null)]
    [InlineData("19XX", DatePrecision.Century, 1900, null, null)]
    public void Parse_EdtfForms_KeepTheirPrecision(string text, DatePrecision precision, int? year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2022~", DateQualifier.Approximate)]
    [InlineData("2022-01?", DateQualifier.Uncertain)]
    [InlineData("199X%", DateQualifier.Approximate | DateQualifier.Uncertain)]
    public void Parse_Qualifiers_RoundTrip(string text, DateQualifier qualifier)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(qualifier, date.Qualifier);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    [InlineData("XXXX")]
    [InlineData("XXXX-13")]
    [InlineData("199X-01")]
    [InlineData("January 2022")]
    [InlineData("-0000")]
    [InlineData("2022-1-5")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EarliestLatest_MonthPrecision_CoverTheWholeMonthWithoutInventingADay()
    {
        var february = PartialDate.FromYearMonth(2024, 2);

        Assert.Equal(new DateOnly(2024, 2, 1), february.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 29), february.Latest);
        Assert.Null(february.Day);
    }

    [Fact]
    public void EarliestLatest_DecadeAndCentury_CoverTheirYears()
    {
        Assert.Equal(new DateOnly(1999, 12, 31), PartialDate.FromDecade(1990).Latest);
        Assert.Equal(new DateOnly(1999, 12, 31), PartialDate.FromCentury(1900).Latest);
    }

    [Fact]
    public void MonthDay_WithoutYear_CannotBePlacedAndCoversNoDay()
    {
        var november23 = PartialDate.FromMonthDay(11, 23);

        Assert.False(november23.HasYear);
        Assert.Null(november23.Earliest);
        Assert.False(november23.Covers(new DateOnly(2022, 11, 23)));
    }

    [Fact]
    public void FromMonthDay_February29_IsAllowedWithoutAYear()
    {
        Assert.Equal("XXXX-02-29", PartialDate.FromMonthDay(2, 29).ToString());
    }

    [Theory]
    [InlineData(1995)]
    [InlineData(-1995)]
    [InlineData(999_999_995)]
    public void FromDecade_NotADecadeStart_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDecade(year));
    }

    [Fact]
    public void CompareTo_OrdersByStartThenPrecisionWithYearlessLast()
    {
        var dates = new[] { "XXXX-11-23", "2022-01-05", "2022", "2013", "2022-01", "XXXX-01-02", "XXXX-11" }
            .Select(d => PartialDate.Parse(d))
            .Order()
            .Select(d => d.ToString());

        Assert.Equal(["2013", "2022-01", "2022", "2022-01-05", "XXXX-01-02", "XXXX-11", "XXXX-11-23"], dates);
    }

    [Fact]
    public void Equality_DependsOnPrecision()
    {
        Assert.NotEqual(PartialDate.FromYear(2022), PartialDate.FromYearMonth(2022, 1));
        Assert.Equal(PartialDate.FromYear(2022), PartialDate.Parse("2022"));
    }
}
