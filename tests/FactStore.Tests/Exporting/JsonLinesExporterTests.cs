using System.Text;
using System.Text.Json;
using FactStore.Tests.Support;

namespace FactStore.Tests.Exporting;

/// <summary><see cref="FactStoreDatabase.ExportJsonLinesAsync"/> and the writer behind it.</summary>
public class JsonLinesExporterTests
{
    [Fact]
    public async Task ExportJsonLines_History_WritesEveryRecordInTableThenInsertionOrder()
    {
        await using var test = await TestStore.CreateAsync();
        var original = TestRecords.Presides(from: "2018");
        var stance = TestRecords.Says(original, "there is no need to constantly raise alarms");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, original, stance]);
        test.Clock.Advance(TimeSpan.FromDays(1));
        var correction = TestRecords.Presides(from: "2019") with { Supersedes = original.Id };
        var storedStance = await test.StoredAsync(stance);
        await test.Store.WriteAsync([correction, new Retraction { TargetId = storedStance.Id, Reason = "Misread." }]);
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Court order." }]);

        var lines = await ExportAsync(test.Store);

        Assert.Equal(
            ["source", "entity", "fact", "fact", "stance", "retraction", "redaction"],
            lines.Select(l => l.GetProperty("type").GetString()));
        Assert.Equal(
            [TestRecords.Article.Id, TestRecords.Tokayev.Id, original.Id, correction.Id, storedStance.Id],
            lines.Take(5).Select(l => l.GetProperty("id").GetString()));
        var source = lines[0];
        Assert.True(source.GetProperty("redacted").GetBoolean());
        Assert.Equal(Source.RedactedText, source.GetProperty("text").GetString());
        Assert.Equal("file:summit.txt", source.GetProperty("locators")[0].GetString());
        Assert.Equal("unknown", source.GetProperty("statedDateKind").GetString());
        Assert.Equal((await test.Store.GetEntityAsync(TestRecords.Tokayev.Id))!.Aliases.Select(a => a.Text), lines[1].GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("2018", lines[2].GetProperty("validity").GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("validity").GetProperty("to").ValueKind);
        Assert.Equal(original.Id, lines[3].GetProperty("supersedes").GetString());
        Assert.Equal("text", lines[2].GetProperty("object").GetProperty("type").GetString());
        Assert.True(lines[4].GetProperty("redacted").GetBoolean());
        Assert.Equal(storedStance.Id, lines[5].GetProperty("targetId").GetString());
        Assert.Equal("Court order.", lines[6].GetProperty("reason").GetString());
        Assert.All(lines, l => Assert.Equal("manual", l.GetProperty("provenance").GetProperty("importer").GetString()));
        Assert.Equal("2026-01-03T12:00:00.0000000Z", lines[6].GetProperty("provenance").GetProperty("recordedAt").GetString());
    }

    [Fact]
    public async Task ExportJsonLines_Twice_WritesTheSameBytes()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, TestRecords.Presides()]);

        using var first = new MemoryStream();
        using var second = new MemoryStream();
        await test.Store.Export.ExportJsonLinesAsync(first);
        await test.Store.Export.ExportJsonLinesAsync(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.EndsWith("\n", Encoding.UTF8.GetString(first.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJsonLines_EmptyStore_WritesOnlyTheHeader()
    {
        await using var test = await TestStore.CreateAsync();
        using var output = new MemoryStream();

        await test.Store.Export.ExportJsonLinesAsync(output);

        Assert.Equal("{\"type\":\"factstore\",\"version\":1}\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task ExportJsonLines_TamperedRow_IsReportedNotExported()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);
        RawDatabase.Execute(test.DatabasePath, "DROP TRIGGER IF EXISTS entities_append_only_update; UPDATE entities SET label = 'Someone else'");

        using var output = new MemoryStream();
        await Assert.ThrowsAsync<RecordIntegrityException>(() => test.Store.Export.ExportJsonLinesAsync(output));
    }

    private static async Task<List<JsonElement>> ExportAsync(FactStoreDatabase store)
    {
        using var output = new MemoryStream();
        await store.Export.ExportJsonLinesAsync(output, includeProvenance: true);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }
}
