namespace FactStore.Tests.Time;

/// <summary>The common forms are read without the pattern; they must agree with it, valid or not.</summary>
public class PartialDateFastParseTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2022-13", false)]
    [InlineData("2022-00", false)]
    [InlineData("2022-01-32", false)]
    [InlineData("0999", true)]
    [InlineData("1000", true)]
    [InlineData("2022-1-05", false)]
    [InlineData("20a2", false)]
    [InlineData("\u0661\u0669\u0669\u0660", false)]
    [InlineData("\u0661\u0669\u0669\u0660-01", false)]
    public void TryParse_CommonForms_AgreeWithTheirMeaning(string text, bool valid)
    {
        Assert.Equal(valid, PartialDate.TryParse(text, out var date));
        if (valid)
        {
            Assert.Equal(text, date.ToString());
        }
    }
}
