using CsCheck;

namespace FactStore.Tests.Fuzzing;

/// <summary><see cref="ValidityInterval"/> parsing on any text, and its round trip.</summary>
public class ValidityIntervalFuzzTests
{
    private static readonly Gen<string> End = Gen.Frequency(
        (3, PartialDateFuzzTests.Dates.Select(d => d.ToString())),
        (1, Gen.Const("..")),
        (1, Gen.Const("")),
        (2, PartialDateFuzzTests.Texts));

    private static readonly Gen<string> Texts = Gen.Frequency(
        (3, Gen.Select(End, End, (from, to) => from + "/" + to)),
        (1, End),
        (1, TextGens.Over(PartialDateFuzzTests.DateAlphabet + "//..", 30)));

    [Fact]
    public void TryParse_AnyText_NeverThrows() =>
        Texts.Sample(s => { _ = ValidityInterval.TryParse(s, out _); }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Parse_AnyText_ReturnsTheTryParseResultOrThrowsFormatException() =>
        Texts.Sample(s =>
        {
            if (ValidityInterval.TryParse(s, out var expected))
            {
                Assert.Equal(expected, ValidityInterval.Parse(s));
            }
            else
            {
                Assert.Throws<FormatException>(() => ValidityInterval.Parse(s));
            }
        }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Parse_ToStringOfAParsedText_GivesAnEqualValue() =>
        Texts.Sample(s =>
        {
            if (ValidityInterval.TryParse(s, out var validity))
            {
                Assert.Equal(validity, ValidityInterval.Parse(validity.ToString()));
            }
        }, iter: FuzzScale.Of(3000));
}
