using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.Wikidata;

/// <summary>Input shapes, streaming, line numbers and errors.</summary>
public partial class WikidataImporterTests
{
    [Fact]
    public async Task ReadAsync_EveryShapePlainAndGzip_GivesTheSameRecords()
    {
        var bielefeld = await File.ReadAllTextAsync(Fixture("Q2112.json"));
        var expected = (await ReadAsync(ImportInput.FromFile(Fixture("Q2112.json")))).Select(i => i.Record!.Id).ToList();
        var compact = JsonNode.Parse(bielefeld)!.ToJsonString();
        string[] shapes =
        [
            bielefeld,
            "{\"entities\": {\"Q2112\": " + bielefeld + "}, \"success\": 1}",
            "{\"entities\":{\"Q2112\":" + compact + "}}",
            "[\n" + compact + "\n]\n",
        ];

        foreach (var shape in shapes)
        {
            var bytes = Encoding.UTF8.GetBytes(shape);
            Assert.Equal(expected, (await ReadAsync(ImportInput.FromBytes("input", bytes))).Select(i => i.Record!.Id));
            Assert.Equal(expected, (await ReadAsync(ImportInput.FromBytes("input.gz", Gzip(bytes)))).Select(i => i.Record!.Id));
        }

        Assert.Equal(expected, (await ReadAsync(ImportInput.FromBytes("bom", (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(bielefeld)]))).Select(i => i.Record!.Id));
    }

    [Fact]
    public async Task ImportAsync_SameEntityInAnotherShape_AddsNothing()
    {
        await using var test = await ImportedAsync("Q2112.json");
        var compact = JsonNode.Parse(await File.ReadAllTextAsync(Fixture("Q2112.json")))!.ToJsonString();

        var dump = await test.Store.ImportAsync("wikidata", ImportInput.FromBytes("latest-all.json.gz", Gzip(Encoding.UTF8.GetBytes("[\n" + compact + "\n]\n"))));

        Assert.False(dump.AlreadyImported);
        Assert.False(dump.AddedAnything);
    }

    [Fact]
    public async Task ReadAsync_Dump_ReportsTheLineOfEachEntity()
    {
        var dump = DumpOf("Q2112.json", "Q90001.json");

        var items = await ReadAsync(ImportInput.FromBytes("dump.json", Encoding.UTF8.GetBytes(dump)));

        Assert.Equal(2, items.Single(i => i.Record is Entity { Label: "Bielefeld" }).Line);
        Assert.Equal(3, items.Single(i => i.Record is Entity { Label: "Test item" }).Line);
        Assert.All(items.Where(i => i.Record is Fact { StatementKey: string key } && key.StartsWith("Q90001", StringComparison.Ordinal)), i => Assert.Equal(3, i.Line));
    }

    [Fact]
    public async Task ReadAsync_EntitiesDocument_ReportsTheLineEachEntityStartsOn()
    {
        var document = "{\n  \"entities\": {\n    \"Q90001\": " + File.ReadAllText(Fixture("Q90001.json")).Replace("\n", "\n    ", StringComparison.Ordinal)
            + ",\n    \"Q2112\": " + Compact("Q2112.json") + "\n  }\n}\n";

        var items = await ReadAsync(ImportInput.FromBytes("entities.json", Encoding.UTF8.GetBytes(document)));

        Assert.Equal(3, items.Single(i => i.Record is Entity { Label: "Test item" }).Line);
        Assert.Equal(document.Split('\n').ToList().FindIndex(l => l.Contains("\"Q2112\": {", StringComparison.Ordinal)) + 1, items.Single(i => i.Record is Entity { Label: "Bielefeld" }).Line);
    }

    [Fact]
    public async Task ReadAsync_Dump_KeepsOnlyOneEntityInMemory()
    {
        var entity = Compact("Q90001.json");
        using var stream = new ReopenableStream("[\n" + string.Join(",\n", Enumerable.Repeat(entity, 200)) + "\n]\n");

        var firstEntityReadAt = -1;
        await foreach (var item in new FactStore.Importers.Wikidata.WikidataImporter().ReadAsync(ImportInput.FromStream("dump", () => stream.Reopen()), CancellationToken.None))
        {
            firstEntityReadAt = firstEntityReadAt < 0 ? stream.BytesRead : firstEntityReadAt;
        }

        Assert.True(firstEntityReadAt < stream.Length / 10, $"the first records came after reading {firstEntityReadAt} of {stream.Length} bytes");
    }

    [Theory]
    [InlineData("{\"entities\": {", 1)]
    [InlineData("{\n  \"id\": \"Q1\",\n  \"labels\": {,\n}", 3)]
    [InlineData("[\n{\"id\": \"Q1\", \"type\": \"item\"},\n{\"id\": \"Q2\", \"type\": \n]", 3)]
    [InlineData("[\n{\"id\": \"Q1\", \"type\": \"item\"},\n", 2)]
    [InlineData("", 1)]
    [InlineData("\"Q1\"", 1)]
    public async Task ImportAsync_MalformedJson_InvalidRecordNamingInputAndLine(string json, int line)
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.ImportAsync("wikidata", ImportInput.FromBytes("broken.json", Encoding.UTF8.GetBytes(json))));

        Assert.Equal(("broken.json", line), (error.Input, error.Line));
        Assert.StartsWith($"broken.json, line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task ImportAsync_Lexeme_InvalidRecordNamingInputLineAndEntity()
    {
        await using var test = await TestStore.CreateAsync();
        var dump = DumpOf("Q90001.json", "L7.json");

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.ImportAsync("wikidata", ImportInput.FromBytes("lexemes.json", Encoding.UTF8.GetBytes(dump))));

        Assert.Equal(("lexemes.json", 3), (error.Input, error.Line));
        Assert.StartsWith("L7:", error.Reason, StringComparison.Ordinal);
        Assert.Contains("lexeme", error.Reason, StringComparison.Ordinal);
        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task ImportAsync_Bzip2_InvalidRecordSayingSo()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.ImportAsync("wikidata", ImportInput.FromBytes("latest-all.json.bz2", "BZh91AY&SY"u8.ToArray())));

        Assert.Contains("bzip2", error.Reason, StringComparison.Ordinal);
    }

    private static string Compact(string fixture) => JsonNode.Parse(File.ReadAllText(Fixture(fixture)))!.ToJsonString();

    private static string DumpOf(params string[] fixtures) => "[\n" + string.Join(",\n", fixtures.Select(Compact)) + "\n]\n";

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task ImportAsync_DumpFromStreams_ReadsItOnceBesidesPeekingAtItsStart()
    {
        await using var test = await TestStore.CreateAsync();
        var entity = Compact("Q2112.json");
        byte[] Dump(int copies) => Encoding.UTF8.GetBytes(
            "[\n" + string.Join(",\n", Enumerable.Range(0, copies).Select(i => entity.Replace("\"Q2112\"", $"\"Q9{i:000}2112\"", StringComparison.Ordinal))) + "\n]\n");
        var first = Dump(10);
        var readTo = new List<long>();

        var imported = await test.Store.ImportAsync("wikidata", ImportInput.FromStream("dump.json", () => new RecordedStream(first, readTo)));

        Assert.False(imported.AlreadyImported);
        Assert.True(readTo.Sum() < first.Length + 16_384, $"read {string.Join(" + ", readTo)} bytes of a {first.Length}-byte input");

        // The run's identity is the hash of every byte, not of what a peek read: a longer dump with the same start is new.
        var longer = await test.Store.ImportAsync("wikidata", ImportInput.FromStream("dump.json", () => new RecordedStream(Dump(11), [])));
        Assert.False(longer.AlreadyImported);
        Assert.True(longer.FactsAdded > 0);
        var again = await test.Store.ImportAsync("wikidata", ImportInput.FromStream("dump.json", () => new RecordedStream(first, [])));
        Assert.True(again.AlreadyImported);
    }

    [Fact]
    public async Task ImportAsync_DumpWithByteOrderMarkAndABadByte_IsRefusedWithItsLine()
    {
        await using var test = await TestStore.CreateAsync();
        byte[] dump = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[\n" + Compact("Q90001.json") + ",\n{\"id\":\"Q90002\",\"type\":\"item\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"B"), 0xFF, .. Encoding.UTF8.GetBytes("\"}}}\n]\n")];

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("wikidata", ImportInput.FromBytes("dump.json", dump)));

        Assert.Equal(("dump.json", 3), (error.Input, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    /// <summary>A stream over bytes that notes, when it is disposed, how far it was read.</summary>
    private sealed class RecordedStream(byte[] bytes, List<long> readTo) : MemoryStream(bytes, writable: false)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing && CanRead)
            {
                readTo.Add(Position);
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A readable stream over text that tells how far it has been read.</summary>
    private sealed class ReopenableStream(string text) : IDisposable
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);
        private MemoryStream? _current;

        public void Dispose() => _current?.Dispose();

        public long Length => _bytes.Length;

        public int BytesRead => (int)(_current?.Position ?? 0);

        public MemoryStream Reopen()
        {
            _current = new MemoryStream(_bytes, writable: false);
            return _current;
        }
    }
}
