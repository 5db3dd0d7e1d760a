using System.Globalization;

namespace FactStore.Tests.Time;

public partial class ValidityIntervalTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    [Theory]
    [InlineData("2013", null, "2013-01-01", true)]
    [InlineData("2013", null, "2012-12-31", false)]
    [InlineData("2022-01", "2022-01", "2022-01-31", true)]
    [InlineData("2022-01", "2022-01", "2022-02-01", false)]
    [InlineData(null, "2021", "1990-06-01", true)]
    [InlineData(null, "2021", "2022-01-01", false)]
    [InlineData("XXXX-11-23", "XXXX-11-23", "2022-11-23", false)]
    public void Contains_IncludesBothEndsAtTheirPrecision(string? from, string? to, string day, bool expected)
    {
        var interval = ValidityInterval.Between(from is null ? null : D(from), to is null ? null : D(to));

        Assert.Equal(expected, interval.Contains(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Contains_Unstated_ContainsNoDay()
    {
        Assert.True(ValidityInterval.Unstated.IsUnstated);
        Assert.False(ValidityInterval.Unstated.Contains(new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void Between_EndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ValidityInterval.Between(D("2022"), D("2021-12")));
        Assert.Contains("2021-12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_SameYearAtDifferentPrecision_IsAllowed()
    {
        var interval = ValidityInterval.Between(D("2022-06"), D("2022"));

        Assert.True(interval.Contains(new DateOnly(2022, 12, 31)));
    }

    [Fact]
    public void ToString_UsesEdtfIntervalForm()
    {
        Assert.Equal("2002/..", ValidityInterval.Since(D("2002")).ToString());
        Assert.Equal("../..", ValidityInterval.Unstated.ToString());
        Assert.Equal("2022-05-16/2022-05-16", ValidityInterval.At(D("2022-05-16")).ToString());
    }

    [Fact]
    public void IsPlaceable_YearlessEnd_IsFalse()
    {
        Assert.False(ValidityInterval.At(D("XXXX-11-23")).IsPlaceable);
        Assert.True(ValidityInterval.Since(D("2002")).IsPlaceable);
    }
}
