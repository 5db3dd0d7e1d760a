using System.Text;
using FactStore.Importers;

namespace FactStore.Tests.Importers;

public class Utf8ScanTests
{
    [Theory]
    [InlineData(new byte[] { 0x61, 0x62 }, 2)]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 }, 1)]
    [InlineData(new byte[] { 0xC3, 0xA9, 0xED, 0xA0, 0x80 }, 2)]
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, 1)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, 4)]
    public void FirstInvalid_Bytes_GivesTheOffsetOfTheFirstBadSequenceOrTheLength(byte[] bytes, int expected) =>
        Assert.Equal(expected, Utf8Scan.FirstInvalid(bytes));

    [Fact]
    public async Task FindInvalidAsync_SequencesAcrossChunksAndABadByteFarOn_NamesItsLineAndOffset()
    {
        // 81,919 ASCII bytes then "é" split across the 81,920-byte chunk boundary, many lines, then a bad byte.
        var text = new StringBuilder();
        while (text.Length < 81_919)
        {
            text.Append("line\n");
        }

        text.Length = 81_919;
        var head = Encoding.UTF8.GetBytes(text.ToString() + "é\n" + string.Concat(Enumerable.Repeat("ü😀 line\n", 20_000)));
        byte[] bytes = [.. head, 0x61, 0xC3, 0x28, 0x0A];

        var found = await Utf8Scan.FindInvalidAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal((head.Count(b => b == '\n') + 1, (long)head.Length + 1), found);
    }

    [Fact]
    public async Task FindInvalidAsync_ValidInputOrTruncatedSequenceAtTheEnd_IsNullOrTheEnd()
    {
        Assert.Null(await Utf8Scan.FindInvalidAsync(new MemoryStream(Encoding.UTF8.GetBytes("a\né\n😀")), CancellationToken.None));
        Assert.Equal((2, 2L), await Utf8Scan.FindInvalidAsync(new MemoryStream([0x61, 0x0A, 0xF0, 0x9F]), CancellationToken.None));
    }
}
