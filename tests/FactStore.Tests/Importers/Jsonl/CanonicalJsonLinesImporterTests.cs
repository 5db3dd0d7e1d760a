using System.Text;
using FactStore.Importers.Jsonl;
using FactStore.Tests.Support;
using static FactStore.Tests.Importers.Jsonl.JsonlRoundTrip;

namespace FactStore.Tests.Importers.Jsonl;

/// <summary>The <c>jsonl</c> importer: header and version, unknown fields, bad lines and limits.</summary>
public class CanonicalJsonLinesImporterTests
{
    private const string Entity = """{"type":"entity","label":"CSTO","kind":"organization"}""";

    [Fact]
    public async Task Export_StartsWithTheHeader()
    {
        await using var test = await TestStore.CreateAsync();

        var export = await ExportAsync(test.Store);

        Assert.Equal("{\"type\":\"factstore\",\"version\":1}\n", export);
    }

    [Fact]
    public async Task ReadAsync_WithoutHeaderOrIdOrProvenance_ReadsTheRecords()
    {
        var items = await ReadAsync(Entity + "\n\n" + """{"type":"entity","label":"Tokayev","kind":"person"}""");

        Assert.Equal([1, 3], items.Select(i => i.Line));
        Assert.Equal(TestRecords.Csto.Id, items[0].Record!.Id);
    }

    [Fact]
    public async Task ReadAsync_NewerMajorVersion_FailsTheWholeImport()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync("{\"type\":\"factstore\",\"version\":2}\n" + Entity));

        Assert.Contains("version 2, newer than version 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task ReadAsync_UnknownFields_AreKeptAsExtensionData()
    {
        var items = await ReadAsync("""{"type":"entity","id":"ent_x","label":"CSTO","kind":"organization","reviewedBy":{"desk":3,"names":["é"]},"tag":null}""".Replace("\"id\":\"ent_x\",", "", StringComparison.Ordinal));

        Assert.Equal("""{"reviewedBy":{"desk":3,"names":["é"]},"tag":null}""", items.Single().Record!.ExtensionData);
    }

    [Fact]
    public async Task RoundTrip_UnknownFields_AreStoredAndExportedAgain()
    {
        await using var test = await TestStore.CreateAsync();
        const string Line = """{"type":"entity","id":"ent_x","kind":"organization","label":"CSTO","aliases":[],"externalIds":[],"descriptions":[],"reviewedBy":"desk 3","score":[1,2.5]}""";
        await test.Store.ImportAsync("jsonl", Input(Line.Replace("ent_x", TestRecords.Csto.Id, StringComparison.Ordinal)));

        var export = await ExportAsync(test.Store);
        var (again, _) = await ReimportAsync(export);

        Assert.Contains("\"descriptions\":[],\"reviewedBy\":\"desk 3\",\"score\":[1,2.5]}", export, StringComparison.Ordinal);
        Assert.Equal(WithoutProvenance(export), WithoutProvenance(again));
    }

    [Fact]
    public async Task ReadAsync_UnknownMemberInANestedObject_IsABadLine()
    {
        var item = (await ReadAsync("""{"type":"fact","statement":"A claim.","validity":{"from":"2020","until":"2021"}}""")).Single();

        Assert.Equal("\"validity\" in the line has unknown member \"until\"", item.Problem);
        Assert.Equal("fact", item.RecordType);
    }

    [Theory]
    [InlineData("{\"type\":\"entity\",", "not valid JSON", null)]
    [InlineData("[1]", "the line must be a JSON object", null)]
    [InlineData("{\"type\":\"opinion\"}", "unknown type 'opinion'", "opinion")]
    [InlineData("{\"type\":\"entity\",\"label\":\"CSTO\",\"kind\":\"club\"}", "\"kind\" in the line is 'club'", "entity")]
    [InlineData("{\"type\":\"entity\",\"id\":\"ent_0\",\"label\":\"CSTO\"}", "its id ent_0 is not the id of its content", "entity")]
    [InlineData("{\"type\":\"source\",\"text\":\"A text.\",\"contentHash\":\"sha256:00\"}", "its contentHash sha256:00 is not the hash of its text", "source")]
    [InlineData("{\"type\":\"fact\",\"statement\":\"A claim.\",\"confidence\":\"high\",\"supersedes\":1}", "\"supersedes\" in the line must be a string", "fact")]
    [InlineData("{\"type\":\"factstore\",\"version\":1}", "a header is only allowed as the first line", "factstore")]
    public async Task ReadAsync_BadLine_IsYieldedWithItsLineAndType(string bad, string problem, string? type)
    {
        var items = await ReadAsync(Entity + "\n" + bad + "\n" + Entity);

        Assert.Equal([1, 2, 3], items.Select(i => i.Line));
        Assert.StartsWith(problem, items[1].Problem, StringComparison.Ordinal);
        Assert.Equal(type, items[1].RecordType);
        Assert.NotNull(items[2].Record);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_IsSkippedAndReportedByItsLength()
    {
        var input = Input(Entity + "\n{\"type\":\"entity\",\"label\":\"" + new string('é', 300) + "\"}\r\n" + Entity)
            .WithLimits(new ImportLimits { MaxLineLength = 100 });

        var items = await ReadAsync(input);

        Assert.Equal("the line has 329 characters, more than the limit of 100", items[1].Problem);
        Assert.Equal([1, 2, 3], items.Select(i => i.Line));
        Assert.NotNull(items[2].Record);
    }

    [Fact]
    public async Task ReadAsync_NestingDeeperThanTheLimit_IsABadLine()
    {
        var input = Input("{\"type\":\"fact\",\"statement\":\"A claim.\",\"deep\":[[[[[[1]]]]]]}").WithLimits(new ImportLimits { MaxNestingDepth = 4 });

        var item = (await ReadAsync(input)).Single();

        Assert.StartsWith("not valid JSON", item.Problem, StringComparison.Ordinal);
        Assert.Contains("depth", item.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LongInput_ReadsAcrossBufferBoundaries()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => $"{{\"type\":\"entity\",\"label\":\"Entity {i} {new string('x', i % 97)}\"}}");

        var items = await ReadAsync("\uFEFF" + string.Join("\n", lines));

        Assert.Equal(5000, items.Count);
        Assert.All(items, i => Assert.Null(i.Problem));
        Assert.Equal("Entity 4999 " + new string('x', 4999 % 97), ((Entity)items[^1].Record!).Label);
    }

    private static ImportInput Input(string text) => ImportInput.FromBytes("test.jsonl", Encoding.UTF8.GetBytes(text));

    private static Task<List<ImportItem>> ReadAsync(string text) => ReadAsync(Input(text));

    private static async Task<List<ImportItem>> ReadAsync(ImportInput input)
    {
        var items = new List<ImportItem>();
        await foreach (var item in new CanonicalJsonLinesImporter().ReadAsync(input, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }
}
