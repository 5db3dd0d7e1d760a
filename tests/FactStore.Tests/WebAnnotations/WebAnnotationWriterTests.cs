using System.Text.Json;
using FactStore.Tests.Support;

namespace FactStore.Tests.WebAnnotations;

/// <summary>
/// <see cref="FactStoreDatabase.ExportWebAnnotationsAsync"/> and <see cref="FactStoreDatabase.WriteWebAnnotationAsync"/>,
/// read back through the <c>web-annotation</c> importer.
/// </summary>
public class WebAnnotationWriterTests
{
    [Fact]
    public async Task ExportWebAnnotations_SeedsImportedIntoAStoreWithTheSameArticlesAndFacts_GiveTheSameStancesAndTheSameBytes()
    {
        await using var seeded = await TestStore.CreateSeededAsync();
        var exported = await ExportAsync(seeded.Store);
        await using var target = await TestStore.CreateAsync();
        foreach (var article in Seeds.Articles)
        {
            await target.Store.ImportAsync("plain-text-article", ImportInput.FromFile(article));
        }

        // Facts and holders travel by id: a structured fact is more than its statement (see docs/web-annotation.md).
        var withoutStances = new List<StoreRecord>();
        await foreach (var item in BuiltIns.Importers().Single(i => i.Name == "annotations-jsonl").ReadAsync(ImportInput.FromFile(Seeds.Annotations), CancellationToken.None))
        {
            if (item.Record is not Stance)
            {
                withoutStances.Add(item.Record!);
            }
        }

        await target.Store.WriteAsync(withoutStances);

        var result = await target.Store.ImportAsync("web-annotation", ImportInput.FromBytes("stances.jsonld", exported));

        var expected = await StancesAsync(seeded.Store);
        Assert.True(expected.Count > 50, $"only {expected.Count} seed stances");
        Assert.Equal(expected.Count, result.StancesAdded);
        Assert.Equal(0, result.SourcesAdded + result.FactsAdded + result.EntitiesAdded);
        Assert.Equal(expected, await StancesAsync(target.Store));
        Assert.Equal(exported, await ExportAsync(target.Store));
    }

    [Fact]
    public async Task ExportWebAnnotations_PlainClaimWithEveryStanceField_TravelsWholeIntoAStoreWithOnlyTheArticle()
    {
        await using var test = await TestStore.CreateAsync();
        var claim = new Fact { Statement = "There is no need to raise alarms." };
        var stance = TestRecords.Says(claim, "there is no need to constantly raise alarms", StancePosition.Refutes) with
        {
            HolderId = TestRecords.Tokayev.Id,
            SaidAt = PartialDate.Parse("2022-11"),
            Origin = StanceOrigin.Model,
            Confidence = 0.75,
            Rank = StatementRank.Preferred,
            Key = "review-1",
            Qualifiers = [new Qualifier { Property = "ratingValue", Value = FactObject.Quantity("2") }, new Qualifier { Property = "name", Value = FactObject.Literal("False") }],
        };
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, claim, stance]);
        var stored = await test.StoredAsync(stance);
        var exported = await ExportAsync(test.Store);
        await using var target = await TestStore.CreateAsync();
        await target.Store.WriteAsync([TestRecords.Article]);

        var result = await target.Store.ImportAsync("web-annotation", ImportInput.FromBytes("stances.jsonld", exported));

        Assert.Equal((1, 1, 1), (result.StancesAdded, result.FactsAdded, result.EntitiesAdded));
        var back = (await target.Store.GetStanceAsync(stored.Id))!;
        Assert.Equal(
            (stored.Id, stored.Citation, stored.HolderId, stored.SaidAt, stored.Origin, stored.Confidence, stored.Rank, stored.Key),
            (back.Id, back.Citation, back.HolderId, back.SaidAt, back.Origin, back.Confidence, back.Rank, back.Key));
        Assert.Equal(stored.Qualifiers, back.Qualifiers);
        Assert.Equal(exported, await ExportAsync(target.Store));
    }

    [Fact]
    public async Task ExportWebAnnotations_Collection_IsValidWebAnnotationJsonLd()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "there is no need to constantly raise alarms")]);

        using var json = JsonDocument.Parse(await ExportAsync(test.Store));

        var root = json.RootElement;
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context")[0].GetString());
        Assert.Equal("urn:factstore:vocab:", root.GetProperty("@context")[1].GetProperty("factstore").GetString());
        Assert.Equal(("AnnotationCollection", 1), (root.GetProperty("type").GetString(), root.GetProperty("total").GetInt32()));
        var annotation = Assert.Single(root.GetProperty("first").GetProperty("items").EnumerateArray());
        Assert.StartsWith("urn:factstore:stance:stn_", annotation.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("assessing", annotation.GetProperty("motivation").GetString());
        Assert.Equal(
            ("Tokayev is President of Kazakhstan.", "urn:factstore:fact:" + fact.Id, "supports"),
            (annotation.GetProperty("body").GetProperty("value").GetString(), annotation.GetProperty("body").GetProperty("factstore:fact").GetString(), annotation.GetProperty("body").GetProperty("factstore:position").GetString()));
        var target = annotation.GetProperty("target");
        Assert.Equal("urn:factstore:source:" + TestRecords.Article.Id, target.GetProperty("source").GetString());
        var selectors = target.GetProperty("selector");
        Assert.Equal(("TextQuoteSelector", "there is no need to constantly raise alarms", "News) - President Tokaev said: \u201C"), (selectors[0].GetProperty("type").GetString(), selectors[0].GetProperty("exact").GetString(), selectors[0].GetProperty("prefix").GetString()));
        Assert.Equal(("TextPositionSelector", 43, 86), (selectors[1].GetProperty("type").GetString(), selectors[1].GetProperty("start").GetInt32(), selectors[1].GetProperty("end").GetInt32()));
        Assert.Equal(("urn:factstore:source:" + TestRecords.Article.Id, "Organization", "AsiaNews"), (annotation.GetProperty("creator").GetProperty("id").GetString(), annotation.GetProperty("creator").GetProperty("type").GetString(), annotation.GetProperty("creator").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ExportWebAnnotations_RetractedStance_IsLeftOut()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "there is no need to constantly raise alarms");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]);
        await test.Store.WriteAsync([new Retraction { TargetId = (await test.StoredAsync(stance)).Id, Reason = "Misread." }]);

        using var json = JsonDocument.Parse(await ExportAsync(test.Store));

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task WriteWebAnnotation_OneStance_WritesTheAnnotationTheCollectionHoldsWithItsContext()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "there is no need to constantly raise alarms");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]);
        var id = (await test.StoredAsync(stance)).Id;
        using var output = new MemoryStream();

        Assert.True(await test.Store.Export.WriteWebAnnotationAsync(id, output));

        using var single = JsonDocument.Parse(output.ToArray());
        using var collection = JsonDocument.Parse(await ExportAsync(test.Store));
        var item = collection.RootElement.GetProperty("first").GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Array, single.RootElement.GetProperty("@context").ValueKind);
        Assert.Equal(item.EnumerateObject().Select(p => p.Name), single.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "@context"));
        Assert.All(item.EnumerateObject(), p => Assert.True(JsonElement.DeepEquals(p.Value, single.RootElement.GetProperty(p.Name)), p.Name));
        Assert.False(await test.Store.Export.WriteWebAnnotationAsync("stn_0000", new MemoryStream()));
    }

    private static async Task<byte[]> ExportAsync(FactStoreDatabase store)
    {
        using var output = new MemoryStream();
        await store.Export.ExportWebAnnotationsAsync(output);
        return output.ToArray();
    }

    /// <summary>Every stance's id and what the round trip must keep, read from the canonical JSON Lines export.</summary>
    private static async Task<List<string>> StancesAsync(FactStoreDatabase store)
    {
        using var output = new MemoryStream();
        await store.Export.ExportJsonLinesAsync(output);
        var stances = new List<string>();
        foreach (var line in System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            var r = record.RootElement;
            if (r.GetProperty("type").GetString() != "stance")
            {
                continue;
            }

            var c = r.GetProperty("citation");
            stances.Add(string.Join(
                " | ",
                r.GetProperty("id").GetString(), r.GetProperty("factId").GetString(), r.GetProperty("sourceId").GetString(), r.GetProperty("position").GetString(),
                r.GetProperty("holderId").ToString(), c.ValueKind == JsonValueKind.Null ? "" : $"{c.GetProperty("quote")} {c.GetProperty("start")}-{c.GetProperty("end")} {c.GetProperty("anchor")}",
                r.GetProperty("saidAt").ToString(), r.GetProperty("origin").GetString(), r.GetProperty("rank").GetString(), r.GetProperty("qualifiers").GetRawText()));
        }

        return stances;
    }
}
