using FactStore.Tests.Support;
using static FactStore.Tests.Importers.Jsonl.JsonlRoundTrip;

namespace FactStore.Tests.Importers.Jsonl;

/// <summary>Export, import into an empty store, export again: the same file, provenance aside.</summary>
public class CanonicalJsonLinesImporterRoundTripTests
{
    [Fact]
    public async Task RoundTrip_Seeds_ExportsTheSameFile()
    {
        await using var seeded = await TestStore.CreateSeededAsync();
        var export = await ExportAsync(seeded.Store);

        var (again, import) = await ReimportAsync(export);

        Assert.Empty(import.Skipped);
        Assert.Equal(export.Count(c => c == '\n') - 1, import.SourcesAdded + import.EntitiesAdded + import.FactsAdded + import.StancesAdded + import.RetractionsAdded);
        Assert.Equal(WithoutProvenance(export), WithoutProvenance(again));
        Assert.Equal(export, again);
    }

    [Fact]
    public async Task RoundTrip_Wikidata_ExportsTheSameFile()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("wikidata", ImportInput.FromFile(Path.Combine(AppContext.BaseDirectory, "Importers", "Wikidata", "Fixtures", "Q2112.json")));
        var export = await ExportAsync(test.Store);

        var (again, _) = await ReimportAsync(export);

        Assert.Equal(WithoutProvenance(export), WithoutProvenance(again));
        Assert.Contains("\"rank\":\"preferred\"", export, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"coordinates\"", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoundTrip_History_KeepsEveryFieldOfEveryRecordType()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync(HistoryRecords.First());
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync(await HistoryRecords.CorrectionsAsync(test));
        var export = await ExportAsync(test.Store);

        var (again, import) = await ReimportAsync(export);

        Assert.Empty(import.Skipped);
        Assert.Equal(WithoutProvenance(export), WithoutProvenance(again));
        foreach (var expected in new[]
        {
            "\"pointInTime\":\"2019-06-09\"", "-0043-03-15", "[u-ca=julian]", "\"supersedes\":\"fct_", "\"type\":\"retraction\"",
            "\"citation\":null", "\"rank\":\"deprecated\"", "\"key\":\"ref-1\"", "\"type\":\"noValue\"", "\"type\":\"unknownValue\"",
            "\"type\":\"monolingualText\"", "\"unit\":\"ent_", "\"globe\":\"wikidata:Q2\"", "\"accessed\":\"2024-05\"",
        })
        {
            Assert.Contains(expected, export, StringComparison.Ordinal);
        }
    }
}
