using CsCheck;

namespace FactStore.Tests.Fuzzing;

/// <summary><see cref="PartialDate"/> parsing on any text, and its round trip.</summary>
public class PartialDateFuzzTests
{
    internal const string DateAlphabet = "0123456789-X~?%[].,Y+ /uca=julianE";

    internal static Gen<string> Texts { get; } = Gen.Frequency((4, TextGens.Over(DateAlphabet, 24)), (1, TextGens.Arbitrary));

    /// <summary>Dates built from their parts, at every precision, with qualifiers and calendars.</summary>
    internal static Gen<PartialDate> Dates { get; } =
        Gen.Select(Gen.Int[0, 7], Gen.OneOf(Gen.Int[-9999, 9999], Gen.Int[-999_999_999, 999_999_999]), Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 3], Gen.Bool, Build)
            .Where(d => d is not null)
            .Select(d => d!.Value);

    [Fact]
    public void TryParse_AnyText_NeverThrows() =>
        Texts.Sample(s => { _ = PartialDate.TryParse(s, out _); }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Parse_AnyText_ReturnsTheTryParseResultOrThrowsFormatException() =>
        Texts.Sample(s =>
        {
            if (PartialDate.TryParse(s, out var expected))
            {
                Assert.Equal(expected, PartialDate.Parse(s));
            }
            else
            {
                Assert.Throws<FormatException>(() => PartialDate.Parse(s));
            }
        }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Parse_ToStringOfAParsedText_GivesAnEqualValue() =>
        Texts.Sample(s =>
        {
            if (PartialDate.TryParse(s, out var date))
            {
                Assert.Equal(date, PartialDate.Parse(date.ToString()));
            }
        }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Parse_ToStringOfABuiltDate_GivesAnEqualValue() =>
        Dates.Sample(date => Assert.Equal(date, PartialDate.Parse(date.ToString())), iter: FuzzScale.Of(3000));

    private static PartialDate? Build(int shape, int year, int month, int day, int qualifier, bool julian)
    {
        try
        {
            var date = shape switch
            {
                0 => PartialDate.FromYear(year),
                1 => PartialDate.FromYearMonth(year, month),
                2 => PartialDate.FromYearMonthDay(year, month, day, julian ? CalendarModel.Julian : CalendarModel.Gregorian),
                3 => PartialDate.FromMonth(month),
                4 => PartialDate.FromMonthDay(month, day),
                5 => PartialDate.FromDecade(year - (year % 10)),
                6 => PartialDate.FromCentury(year - (year % 100)),
                _ => PartialDate.FromMillennium(year - (year % 1000)),
            };
            return date.WithQualifier((DateQualifier)qualifier);
        }
        catch (ArgumentException)
        {
            // A day past the month's end, a span not starting on its boundary: the factories refuse them, as documented.
            return null;
        }
    }
}
