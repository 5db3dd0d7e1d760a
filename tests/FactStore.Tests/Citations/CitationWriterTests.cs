using System.Text.Json;
using FactStore.Citations;
using FactStore.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace FactStore.Tests.Citations;

/// <summary><see cref="CitationWriter"/> on seed stances and two sources known by reference (see <see cref="CitedStances"/>).</summary>
public class CitationWriterTests
{
    [Theory]
    [InlineData(CitationFormat.Plain)]
    [InlineData(CitationFormat.Markdown)]
    [InlineData(CitationFormat.CslJson)]
    [InlineData(CitationFormat.BibTeX)]
    [InlineData(CitationFormat.WebAnnotation)]
    public async Task WriteAsync_SeedStancesAndSourcesByReference_MatchSnapshot(CitationFormat format)
    {
        var (test, stances) = await CitedStances.CreateAsync();
        await using var _ = test;

        var text = await CitedStances.WriteAsync(stances, format);

        Snapshot.Match(text.Split('\n'), new SnapshotNameExtension(format.ToString()));
    }

    [Fact]
    public async Task WriteAsync_WebAnnotationImportedIntoAStoreHoldingTheSameSourcesAndFacts_GivesTheSameStances()
    {
        var (test, stances) = await CitedStances.CreateAsync();
        await using var _ = test;
        var annotations = await CitedStances.WriteAsync(stances, CitationFormat.WebAnnotation);
        await using var target = await TestStore.CreateAsync();
        foreach (var article in Seeds.Articles)
        {
            await target.Store.ImportAsync("plain-text-article", ImportInput.FromFile(article));
        }

        // Facts and holders travel by id (docs/web-annotation.md): the target holds the seed's facts and entities, not its stances.
        var withoutStances = new List<StoreRecord> { CitedStances.MinskReport, CitedStances.JournalArticle };
        await foreach (var item in BuiltIns.Importers().Single(i => i.Name == "annotations-jsonl").ReadAsync(ImportInput.FromFile(Seeds.Annotations), CancellationToken.None))
        {
            if (item.Record is not Stance)
            {
                withoutStances.Add(item.Record!);
            }
        }

        await target.Store.WriteAsync(withoutStances);

        var result = await target.Store.ImportAsync("web-annotation", ImportInput.FromBytes("citations.jsonld", System.Text.Encoding.UTF8.GetBytes(annotations)));

        Assert.Equal((stances.Count, 0, 0), (result.StancesAdded, result.FactsAdded, result.SourcesAdded));
        foreach (var expected in stances.Select(s => s.Stance))
        {
            var back = await target.Store.GetStanceAsync(expected.Id);
            Assert.NotNull(back);
            Assert.Equal(
                (expected.FactId, expected.SourceId, expected.HolderId, expected.Position, expected.Citation, expected.Origin, expected.Rank),
                (back.FactId, back.SourceId, back.HolderId, back.Position, back.Citation, back.Origin, back.Rank));
        }
    }

    [Fact]
    public async Task WriteAsync_FactEvidenceAsWebAnnotation_BodiesCarryTheStatementAndTheFactIri()
    {
        var (test, stances) = await CitedStances.CreateAsync();
        await using var _ = test;
        var evidence = (await test.Store.GetEvidenceAsync(stances[1].Stance.FactId))!;
        using var output = new StringWriter();

        await CitationWriter.WriteAsync(output, evidence, CitationFormat.WebAnnotation);

        using var json = JsonDocument.Parse(output.ToString());
        var items = json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(evidence.Stances.Count, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(evidence.Stances.Count, items.Count);
        Assert.All(items, item => Assert.Equal(
            (evidence.Fact.Statement, "urn:factstore:fact:" + evidence.Fact.Id),
            (item.GetProperty("body").GetProperty("value").GetString(), item.GetProperty("body").GetProperty("factstore:fact").GetString())));
        Assert.Contains(items, item => item.GetProperty("body").GetProperty("factstore:position").GetString() == "refutes");
    }

    [Theory]
    [InlineData(CitationFormat.Plain)]
    [InlineData(CitationFormat.Markdown)]
    [InlineData(CitationFormat.CslJson)]
    [InlineData(CitationFormat.BibTeX)]
    public async Task Format_OneStance_IsWhatWriteAsyncWritesForItAlone(CitationFormat format)
    {
        var stance = CitedStances.Of(CitedStances.JournalArticle, "an attack on one member", locator: "p. 12");

        var text = CitationWriter.Format(stance, format);

        Assert.Equal((await CitedStances.WriteAsync([stance], format)).TrimEnd('\n'), text);
        Assert.False(text.EndsWith('\n'));
    }

    [Fact]
    public async Task Format_WebAnnotation_IsTheCollectionsAnnotationWithItsOwnContext()
    {
        var stance = CitedStances.Of(TestRecords.Article, "there is no need to constantly raise alarms", TestRecords.Tokayev);

        using var single = JsonDocument.Parse(CitationWriter.Format(stance, CitationFormat.WebAnnotation));

        using var collection = JsonDocument.Parse(await CitedStances.WriteAsync([stance], CitationFormat.WebAnnotation));
        var item = collection.RootElement.GetProperty("first").GetProperty("items")[0];
        Assert.True(JsonElement.DeepEquals(collection.RootElement.GetProperty("@context"), single.RootElement.GetProperty("@context")));
        Assert.Equal(item.EnumerateObject().Select(p => p.Name), single.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "@context"));
        Assert.All(item.EnumerateObject(), p => Assert.True(JsonElement.DeepEquals(p.Value, single.RootElement.GetProperty(p.Name)), p.Name));
        var selectors = single.RootElement.GetProperty("target").GetProperty("selector");
        Assert.Equal(["TextQuoteSelector"], selectors.EnumerateArray().Select(s => s.GetProperty("type").GetString()));
        Assert.Equal("Kassym-Jomart Tokayev", single.RootElement.GetProperty("creator").GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_CslJsonOfSeedStances_CitesEachSourceOnceWithAnAsciiKey()
    {
        var (test, stances) = await CitedStances.CreateAsync();
        await using var _ = test;

        using var json = JsonDocument.Parse(await CitedStances.WriteAsync(stances, CitationFormat.CslJson));

        var ids = json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(stances.Select(s => s.Source.Id).Distinct().Count(), ids.Count);
        Assert.Equal(6, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+-[0-9a-f]{6}$", id));
        using var alone = JsonDocument.Parse(CitationWriter.Format(stances[^1], CitationFormat.CslJson));
        Assert.Equal(ids[^1], alone.RootElement[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task WriteAsync_BibTeXOfTwoStancesFromOneSource_WritesOneEntryWithBothQuotes()
    {
        var (test, stances) = await CitedStances.CreateAsync();
        await using var _ = test;

        var bibtex = await CitedStances.WriteAsync(stances.Where(s => s.Source.Title?.Contains("We managed", StringComparison.Ordinal) == true), CitationFormat.BibTeX);

        Assert.Single(bibtex.Split('\n'), l => l.StartsWith('@'));
        Assert.Contains("Quotes: “The Collective Security Treaty was signed in Tashkent in 1992”; Institute of World Economy", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NoStances_WritesAnEmptyDocument()
    {
        Assert.Equal("", await CitedStances.WriteAsync([], CitationFormat.Markdown));
        Assert.Equal("[]\n", await CitedStances.WriteAsync([], CitationFormat.CslJson));
        using var json = JsonDocument.Parse(await CitedStances.WriteAsync([], CitationFormat.WebAnnotation));
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_BadArguments_Throw()
    {
        var stance = CitedStances.Of(CitedStances.MinskReport);
        using var output = new StringWriter();

        Assert.Throws<ArgumentOutOfRangeException>(() => CitationWriter.Format(stance, (CitationFormat)99));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CitationWriter.WriteAsync(output, [stance], (CitationFormat)99));
        await Assert.ThrowsAsync<OperationCanceledException>(() => CitationWriter.WriteAsync(output, [stance], CitationFormat.Plain, new CancellationToken(canceled: true)));
        Assert.Equal("", output.ToString());
        await Assert.ThrowsAsync<ArgumentException>(() => CitationWriter.WriteAsync(output, [stance, null!], CitationFormat.Plain));
    }
}
