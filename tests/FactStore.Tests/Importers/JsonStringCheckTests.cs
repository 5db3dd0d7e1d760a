using System.Text;
using FactStore.Importers;

namespace FactStore.Tests.Importers;

public class JsonStringCheckTests
{
    [Theory]
    [InlineData("""{"a":"\ud800"}""", 6)]
    [InlineData("""{"a":"x\udc00y"}""", 7)]
    [InlineData("""{"a":"\ud800\ud800\udc00"}""", 6)]
    [InlineData("""{"a":"\ud83d\ude00 then \udfff"}""", 24)]
    [InlineData("""{"\ud800":1}""", 2)]
    public void FirstLoneSurrogate_LoneEscape_GivesItsOffset(string json, int offset) =>
        Assert.Equal(offset, JsonStringCheck.FirstLoneSurrogate(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"a":"\ud83d\ude00"}""")]
    [InlineData("""{"a":"\\ud800"}""")]
    [InlineData("""{"a":"\\\\\ud83d\ude00"}""")]
    [InlineData("""{"a":"\u0041\n\"\\"}""")]
    [InlineData("""{"a":"\ud8"}""")]
    [InlineData("""{"a":"\\\\\\ud800"}""")]
    public void FirstLoneSurrogate_PairsAndEscapedBackslashes_AreNone(string json) =>
        Assert.Equal(-1, JsonStringCheck.FirstLoneSurrogate(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void ThrowIfNotText_LoneEscapeOnLineTwo_NamesTheInputLineAndColumn()
    {
        var error = Assert.Throws<InvalidRecordException>(() => JsonStringCheck.ThrowIfNotText(Encoding.UTF8.GetBytes("{\n  \"a\": \"\\uDFFF\"\n}"), "in.json", firstLine: 10));

        Assert.Equal(("in.json", 11), (error.Input, error.Line));
        Assert.Contains("lone surrogate escape \\uDFFF at column 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_InvalidUtf8_ComesFirstWithItsColumn()
    {
        byte[] json = [.. "{\"a\":\"\\ud800 "u8, 0xFF, .. "\"}"u8];

        Assert.Equal((13, "the input is not valid UTF-8 (bad byte 0xFF at column 14)"), JsonStringCheck.Problem(json));
    }
}
