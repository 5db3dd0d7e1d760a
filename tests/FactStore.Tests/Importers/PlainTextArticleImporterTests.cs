using FactStore.Importers;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers;

public class PlainTextArticleImporterTests
{
    [Theory]
    [InlineData("000", "Arkady Moshes: Moscow Gets Significance Of Tokayev\u2019s Move", "Charter97.org", "2024-04-30", StatedDateKind.PageDate)]
    [InlineData("001", "\u201CWe managed to save in very difficult conditions\u201D: What has CSTO come to in 20 years?", "Gazeta", null, StatedDateKind.Unknown)]
    [InlineData("002", "Trouble At The CSTO: Ukraine Should Not Be Putin\u2019s Only Concern \u2013 OpEd", null, null, StatedDateKind.Unknown)]
    [InlineData("003", "CSTO: the different perspectives of the Eurasian alliance", "AsiaNews", "2019", StatedDateKind.Contradicted)]
    [InlineData("004", null, "CEPA", null, StatedDateKind.Unknown)]
    public async Task Read_Seed_FindsTheMetadataTheTextStates(string seed, string? title, string? publisher, string? date, StatedDateKind kind)
    {
        var source = await ReadAsync(ImportInput.FromFile(Seeds.Article(seed)));

        Assert.Equal(title, source.Title);
        Assert.Equal(publisher, source.Publisher);
        Assert.Equal(date, source.StatedDate?.ToString());
        Assert.Equal(kind, source.StatedDateKind);
        Assert.Equal("en", source.Language);
        Assert.Equal([Path.GetFileName(Seeds.Article(seed))], source.Locators);
    }

    [Fact]
    public async Task Read_Seed_KeepsTheTextExactly()
    {
        var path = Seeds.Article("002");

        var source = await ReadAsync(ImportInput.FromFile(path));

        Assert.Equal(await File.ReadAllTextAsync(path), source.Text);
        Assert.Contains('\u00A0', source.Text!);
    }

    [Fact]
    public async Task Read_ByteOrderMark_IsNotPartOfTheText()
    {
        var withBom = await ReadAsync(ImportInput.FromBytes("a.txt", (byte[])[0xEF, 0xBB, 0xBF, .. "Hello world, the text."u8]));
        var without = await ReadAsync(ImportInput.FromBytes("b.txt", "Hello world, the text."u8.ToArray()));

        Assert.Equal(without.Id, withBom.Id);
    }

    [Fact]
    public async Task Read_InvalidUtf8_NamesTheInputAndOffset()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(ImportInput.FromBytes("latin1.txt", (byte[])[0x41, 0x42, 0xE9, 0x43])));

        Assert.Equal("latin1.txt", error.Input);
        Assert.Contains("offset 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_InvalidUtf8OnALaterLine_NamesTheLineAndTheFileOffset()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(ImportInput.FromBytes("a.txt", (byte[])[0xEF, 0xBB, 0xBF, .. "one\ntwo\nth"u8, 0xE9, .. "ree"u8])));

        Assert.Equal(3, error.Line);
        Assert.Contains("a.txt, line 3: the file is not valid UTF-8 (bad byte at offset 13)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public async Task Read_Utf16WithByteOrderMark_IsTheSameSourceAsUtf8(string encoding)
    {
        var path = Seeds.Article("002");
        var utf16 = System.Text.Encoding.GetEncoding(encoding);
        var bytes = (byte[])[.. utf16.GetPreamble(), .. utf16.GetBytes(await File.ReadAllTextAsync(path))];

        var source = await ReadAsync(ImportInput.FromBytes("002-utf16.txt", bytes));

        Assert.Equal((await ReadAsync(ImportInput.FromFile(path))).Id, source.Id);
    }

    [Fact]
    public async Task Read_FileTooLargeForTheTextLimit_IsRefusedBeforeItIsRead()
    {
        var input = ImportInput.FromFile(Seeds.Article("000")).WithLimits(new ImportLimits { MaxTextLength = 100 });

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(input));

        Assert.Contains("too many for a text of at most 100 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, input.BytesRead);
    }

    [Fact]
    public async Task Read_StreamOfUnknownLengthTooLarge_StopsReadingAtTheBound()
    {
        var input = ImportInput.FromStream("endless.txt", () => new MemoryStream(new byte[1_000_000])).WithLimits(new ImportLimits { MaxTextLength = 1000 });

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(input));

        Assert.Contains("the file has more than 4,000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DayMonthOrderUnknown_KeepsOnlyTheYear()
    {
        var source = await ReadAsync(ImportInput.FromBytes("a.txt", "A headline for the text\nBody in 2019 and the rest.\n07/02/2019 17:28\n"u8.ToArray()));

        Assert.Equal("2019", source.StatedDate?.ToString());
        Assert.Equal(StatedDateKind.Published, source.StatedDateKind);
    }

    [Fact]
    public async Task Read_UnambiguousNumericDate_KeepsTheDay()
    {
        var source = await ReadAsync(ImportInput.FromBytes("a.txt", "A headline for the text\nBody.\n23/11/2022 10:00\n"u8.ToArray()));

        Assert.Equal("2022-11-23", source.StatedDate?.ToString());
    }

    [Fact]
    public async Task Read_LaterYearsInTheFuture_DoNotContradictTheDate()
    {
        var importer = new PlainTextArticleImporter(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        var text = "A headline for the text\nIn 2019 the plan aimed at growth by 2030.\n23/11/2020 10:00\n"u8.ToArray();

        var source = await ReadAsync(ImportInput.FromBytes("a.txt", text), importer);

        Assert.Equal(StatedDateKind.Published, source.StatedDateKind);
    }

    [Fact]
    public async Task Read_SeveralSourceLines_TakesTheLastAndIgnoresLateParentheses()
    {
        var text = "A headline for the text\nSource: Wikimedia Commons\nThe Collective Security Treaty Organization (CSTO) – founded in 2002.\nSource: CEPA\n"u8.ToArray();

        var source = await ReadAsync(ImportInput.FromBytes("a.txt", text));

        Assert.Equal("CEPA", source.Publisher);
        Assert.Empty(source.Authors);
    }

    private static async Task<Source> ReadAsync(ImportInput input, PlainTextArticleImporter? importer = null)
    {
        var items = new List<ImportItem>();
        await foreach (var item in (importer ?? new PlainTextArticleImporter()).ReadAsync(input, CancellationToken.None))
        {
            items.Add(item);
        }

        return Assert.IsType<Source>(Assert.Single(items).Record);
    }
}
