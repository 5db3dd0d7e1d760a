using FactStore.Citations;

namespace FactStore.Tests.Citations;

/// <summary>Dates and validities for a reader, at the precision stated and never finer.</summary>
public class CitationDatesTests
{
    [Theory]
    [InlineData("2024-04-30", "30 April 2024")]
    [InlineData("2019-02", "February 2019")]
    [InlineData("2019", "2019")]
    [InlineData("2019~", "c. 2019")]
    [InlineData("2019?", "2019?")]
    [InlineData("2019%", "c. 2019?")]
    [InlineData("199X", "1990s")]
    [InlineData("19XX", "1900–1999")]
    [InlineData("[1801..1900]", "1801–1900")]
    [InlineData("XXXX-11-23", "23 November (year not stated)")]
    [InlineData("XXXX-09", "September (year not stated)")]
    [InlineData("-0043-03-15", "15 March 44 BCE")]
    [InlineData("1500-03-01[u-ca=julian]", "1 March 1500 (Julian calendar)")]
    public void Text_Date_IsWrittenAtItsPrecision(string date, string expected) =>
        Assert.Equal(expected, CitationDates.Text(PartialDate.Parse(date)));

    [Theory]
    [InlineData("../..", "not stated")]
    [InlineData("2013-12-31", "31 December 2013")]
    [InlineData("2022-01/2022-01", "January 2022")]
    [InlineData("2002/..", "since 2002")]
    [InlineData("../2021", "until 2021")]
    [InlineData("2019-03/2022", "from March 2019 to 2022")]
    public void Text_Validity_IsWrittenAtItsPrecision(string validity, string expected) =>
        Assert.Equal(expected, CitationDates.Text(ValidityInterval.Parse(validity)));

    [Fact]
    public void Text_InAnotherCulture_IsStillEnglish()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = Other();
            Assert.Equal("5 February 2019", CitationDates.Text(PartialDate.Parse("2019-02-05")));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        // Globalization-invariant mode (the second CI run) has only the invariant culture.
        static System.Globalization.CultureInfo Other()
        {
            try
            {
                return new System.Globalization.CultureInfo("ar-SA");
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                return System.Globalization.CultureInfo.InvariantCulture;
            }
        }
    }
}
