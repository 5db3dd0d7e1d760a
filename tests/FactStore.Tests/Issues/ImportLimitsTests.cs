using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// Issue 13, defect 6: a 50 MB label was accepted; a 50 MB quote that was not found became a 52-million-character
/// exception message; invalid UTF-8 reported a byte offset but no line. Values over <see cref="ImportLimits"/> are
/// refused with a short message, a message quotes at most <see cref="ImportLimits.ExcerptLength"/> characters of the
/// input, and bytes that are not UTF-8 are reported with their line.
/// </summary>
public class ImportLimitsTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    /// <summary>A location, a reason and an excerpt of at most about 200 characters of input.</summary>
    private const int ShortMessage = 600;

    private static readonly string Huge = new('a', FiftyMegabytes);

    [Fact]
    public async Task Write_FiftyMegabyteLabel_IsRefusedWithAShortMessage()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([new Entity { Label = Huge }]));

        Assert.Contains($"its label has {FiftyMegabytes:N0} characters, more than the limit of 4,096", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 1, ShortMessage);
        Assert.Equal(0, (await test.Store.Maintenance.GetStatisticsAsync()).Runs);
    }

    [Fact]
    public async Task Write_FiftyMegabyteTitle_IsRefusedWithAShortMessage()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Article with { Title = Huge }]));

        Assert.Contains($"its title has {FiftyMegabytes:N0} characters, more than the limit of 4,096", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 1, ShortMessage);
    }

    [Fact]
    public async Task Import_JsonLinesWithAFiftyMegabyteLabel_IsRefusedByItsLineLength()
    {
        await using var test = await TestStore.CreateAsync();
        var line = "{\"type\":\"entity\",\"label\":\"" + Huge + "\",\"kind\":\"person\"}\n";

        var error = await Assert.ThrowsAsync<InvalidRecordException>(
            () => test.Store.ImportAsync("jsonl", ImportInput.FromBytes("big.jsonl", Encoding.UTF8.GetBytes("{\"type\":\"entity\",\"label\":\"CSTO\",\"kind\":\"organization\"}\n" + line))));

        Assert.Equal(("big.jsonl", 2), (error.Input, error.Line));
        Assert.Contains("more than the limit of 16,777,216", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 1, ShortMessage);
    }

    [Fact]
    public async Task Write_FiftyMegabyteQuote_IsRefusedByTheQuoteLimitWithAShortMessage()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(
            () => test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Huge)]));

        Assert.Contains($"its quote has {FiftyMegabytes:N0} characters, more than the limit of 16,384", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 1, ShortMessage);
    }

    [Fact]
    public async Task Import_FiftyMegabyteQuoteNotFoundUnderRaisedLimits_QuotesAnExcerpt()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var importer = new ListImporter(TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Huge));
        var options = new ImportOptions { Limits = new ImportLimits { MaxQuoteLength = 64 * 1024 * 1024 } };

        var error = await Assert.ThrowsAsync<CitationNotFoundException>(
            () => test.Store.ImportAsync(importer, ImportInput.FromBytes("list", new byte[] { 1 }), options));

        Assert.Equal(FiftyMegabytes, error.Quote.Length);
        Assert.Contains(ImportLimits.Excerpt(Huge), error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 1, ShortMessage);
    }

    public static TheoryData<string, string, byte[]> InvalidUtf8() => new()
    {
        { "jsonl", "a.jsonl", Lines("{\"type\":\"entity\",\"label\":\"A\",\"kind\":\"person\"}", "{\"type\":\"entity\",\"label\":\"B\",\"kind\":\"person\"}", "{\"type\":\"entity\",\"label\":\"C ", "\",\"kind\":\"person\"}") },
        { "annotations-jsonl", "a.jsonl", Lines("{\"type\":\"entity\",\"key\":\"a\",\"label\":\"A\"}", "{\"type\":\"entity\",\"key\":\"b\",\"label\":\"B\"}", "{\"type\":\"entity\",\"key\":\"c\",\"label\":\"C ", "\"}") },
        { "wikidata", "dump.json", Lines("[", "{\"id\":\"Q1\",\"type\":\"item\",\"labels\":{}},", "{\"id\":\"Q2\",\"type\":\"item\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"C ", "\"}}}\n]") },
        { "plain-text-article", "a.txt", Lines("A title", "", "The CSTO summit ended ", ".") },
        { "markdown-article", "a.md", Lines("# A title", "", "The CSTO summit ended ", ".") },
        { "html-article", "a.html", Lines("<html><head><title>A title</title></head>", "<body>", "<p>The CSTO summit ended ", ".</p></body></html>") },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public async Task Import_InvalidUtf8OnLineThree_NamesLineThree(string importer, string name, byte[] bytes)
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync(importer, ImportInput.FromBytes(name, bytes)));

        Assert.Equal((name, 3), (error.Input, error.Line));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Lines 1 and 2, then line 3 with a byte that is not UTF-8 (an encoded surrogate) between its two parts.</summary>
    private static byte[] Lines(string first, string second, string before, string after) =>
        [.. Encoding.UTF8.GetBytes($"{first}\n{second}\n{before}"), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes(after + "\n")];
}
