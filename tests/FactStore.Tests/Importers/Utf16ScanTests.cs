using System.Text;
using FactStore.Importers;

namespace FactStore.Tests.Importers;

public class Utf16ScanTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindInvalidAsync_PairsAcrossChunksAndALoneSurrogateFarOn_NamesItsLineAndOffset(bool bigEndian)
    {
        // 40,959 characters (81,918 bytes) then "😀", whose surrogate pair straddles the 81,920-byte chunk boundary.
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var text = new StringBuilder();
        while (text.Length < 40_959)
        {
            text.Append("line\n");
        }

        text.Length = 40_959;
        var head = encoding.GetBytes(text + "😀\n" + string.Concat(Enumerable.Repeat("ü😀 line\n", 20_000)));
        byte[] lone = bigEndian ? [0xDC, 0x00] : [0x00, 0xDC];
        byte[] bytes = [.. head, .. encoding.GetBytes("a"), .. lone, .. encoding.GetBytes("\n")];

        var found = await Utf16Scan.FindInvalidAsync(new MemoryStream(bytes), bigEndian, CancellationToken.None);

        Assert.Equal((encoding.GetString(head).Count(c => c == '\n') + 1, (long)head.Length + 2), found);
    }

    [Fact]
    public async Task FindInvalidAsync_ValidInputHighSurrogateOrOddByteAtTheEnd_IsNullOrItsOffset()
    {
        Assert.Null(await Utf16Scan.FindInvalidAsync(new MemoryStream([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\né\n😀")]), bigEndian: false, CancellationToken.None));
        Assert.Equal((2, 4L), await Utf16Scan.FindInvalidAsync(new MemoryStream([.. Encoding.Unicode.GetBytes("a\n"), 0x3D, 0xD8]), bigEndian: false, CancellationToken.None));
        Assert.Equal((2, 4L), await Utf16Scan.FindInvalidAsync(new MemoryStream([.. Encoding.Unicode.GetBytes("a\n"), 0x61]), bigEndian: false, CancellationToken.None));
        Assert.Equal((1, 0L), await Utf16Scan.FindInvalidAsync(new MemoryStream([0x00, 0xD8, 0x61, 0x00]), bigEndian: false, CancellationToken.None));
    }
}
