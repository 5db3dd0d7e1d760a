namespace FactStore.Tests.Time;

public partial class ValidityIntervalTests
{
    [Fact]
    public void PointInTime_DiffersFromAtButCoversTheSameDays()
    {
        var date = D("2013-12-31");
        var point = ValidityInterval.PointInTime(date);
        var at = ValidityInterval.At(date);

        Assert.True(point.IsPointInTime);
        Assert.False(at.IsPointInTime);
        Assert.Equal(date, point.From);
        Assert.Equal(date, point.To);
        Assert.Equal("2013-12-31", point.ToString());
        Assert.Equal("2013-12-31/2013-12-31", at.ToString());
        Assert.NotEqual(at, point);
        Assert.True(point.Contains(new DateOnly(2013, 12, 31)));
        Assert.False(point.Contains(new DateOnly(2014, 1, 1)));
        Assert.False(point.IsUnstated);
    }

    [Fact]
    public void PointInTime_Default_Throws()
    {
        Assert.Throws<ArgumentException>(() => ValidityInterval.PointInTime(default));
    }

    [Theory]
    [InlineData("2002/..")]
    [InlineData("../2021")]
    [InlineData("../..")]
    [InlineData("2022-05-16/2022-05-16")]
    [InlineData("2022-06/2022")]
    [InlineData("2013-12-31")]
    [InlineData("[1801..1900]")]
    [InlineData("-0043-03-15[u-ca=julian]")]
    [InlineData("[-9999..0000]/-0043~")]
    [InlineData("XXXX-11-23/XXXX-11-23")]
    [InlineData("1582-10-04[u-ca=julian]/1582-10-14")]
    public void Parse_EveryForm_RoundTrips(string text)
    {
        var validity = ValidityInterval.Parse(text);

        Assert.Equal(text, validity.ToString());
        Assert.True(ValidityInterval.TryParse(text, out var again));
        Assert.Equal(validity, again);
    }

    [Fact]
    public void Parse_FactoryOutputs_RoundTrip()
    {
        ValidityInterval[] validities =
        [
            ValidityInterval.Unstated, ValidityInterval.Since(D("2002")), ValidityInterval.Until(D("-0043")),
            ValidityInterval.At(D("2022-05")), ValidityInterval.PointInTime(D("2022-05")),
            ValidityInterval.Between(D("Y-170000000"), D("19XX%")),
        ];

        foreach (var validity in validities)
        {
            Assert.Equal(validity, ValidityInterval.Parse(validity.ToString()));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("2022/2021")]
    [InlineData("2013/")]
    [InlineData("/2013")]
    [InlineData("2013/2014/2015")]
    [InlineData("..")]
    [InlineData("2022-13")]
    public void Parse_Invalid_ThrowsFormatExceptionQuotingTheInput(string text)
    {
        Assert.False(ValidityInterval.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => ValidityInterval.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EndBeforeStart_SaysSo()
    {
        var error = Assert.Throws<FormatException>(() => ValidityInterval.Parse("2022/2021"));
        Assert.Contains("before it starts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_BceEndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => ValidityInterval.Between(D("-0043"), D("-0044")));
        Assert.Equal("-0044/-0043", ValidityInterval.Between(D("-0044"), D("-0043")).ToString());
    }

    [Fact]
    public void Between_JulianAndGregorian_ComparesOnGregorianDays()
    {
        // Julian 1582-10-04 is Gregorian 1582-10-14: an interval from it may end on Gregorian 1582-10-14, not 10-13.
        Assert.Throws<ArgumentException>(() => ValidityInterval.Between(D("1582-10-04[u-ca=julian]"), D("1582-10-13")));
        var interval = ValidityInterval.Between(D("1582-10-04[u-ca=julian]"), D("1582-10-14"));

        Assert.True(interval.Contains(new DateOnly(1582, 10, 14)));
        Assert.False(interval.Contains(new DateOnly(1582, 10, 13)));
    }

    [Fact]
    public void Contains_OpenEndBeforeBceStart_ContainsCeDays()
    {
        Assert.True(ValidityInterval.Since(D("-0043-03-15")).Contains(new DateOnly(1, 1, 1)));
        Assert.False(ValidityInterval.Until(D("-0043")).Contains(new DateOnly(1, 1, 1)));
        Assert.True(ValidityInterval.Until(D("Y12345")).Contains(DateOnly.MaxValue));
    }
}
