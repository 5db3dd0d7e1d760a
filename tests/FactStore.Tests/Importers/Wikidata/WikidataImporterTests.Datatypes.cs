using FactStore.Importers.Wikidata;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.Wikidata;

/// <summary>Every datatype and snak type, on the hand-written item Q90001.</summary>
public partial class WikidataImporterTests
{
    private const string Julian = "http://www.wikidata.org/entity/Q1985786";

    [Theory]
    [InlineData("P1813", LiteralType.MonolingualText, "TI")]
    [InlineData("P18", LiteralType.Text, "Example image.jpg")]
    [InlineData("P856", LiteralType.Url, "https://example.org/home")]
    [InlineData("P214", LiteralType.ExternalId, "123456789")]
    [InlineData("P1545", LiteralType.Text, "3")]
    [InlineData("P2534", LiteralType.Text, "E = mc^2")]
    [InlineData("P569", LiteralType.Date, "[1801..1900]")]
    [InlineData("P1082", LiteralType.Quantity, "100")]
    [InlineData("P2046", LiteralType.Quantity, "12.5")]
    [InlineData("P625", LiteralType.Coordinates, "-33.8675,151.207")]
    [InlineData("P3896", LiteralType.Text, """{"value":{"shape":"Data:Example.map"},"type":"futuretype"}""")]
    public async Task ReadAsync_Datatype_MapsToLiteral(string property, LiteralType type, string value)
    {
        var fact = await FactOfAsync(property);

        Assert.Equal((type, value), (fact.Object!.LiteralType, fact.Object.Value));
    }

    [Fact]
    public async Task ReadAsync_Values_CarryTheirLanguageUnitBoundsAndGlobe()
    {
        Assert.Equal("en", (await FactOfAsync("P1813")).Object!.Language);
        var area = (await FactOfAsync("P2046")).Object!;
        Assert.Equal((Entity.IdFor("wikidata:Q712226"), "12.4", "12.6"), (area.UnitId, area.LowerBound, area.UpperBound));
        Assert.Null((await FactOfAsync("P1082")).Object!.UnitId);
        var place = (await FactOfAsync("P625")).Object!;
        Assert.Equal(((double?)null, (ExternalId?)ExternalId.Create("wikidata", "Q2")), (place.Precision, place.Globe));
    }

    [Fact]
    public async Task ReadAsync_BceJulianDate_KeepsItsCalendar()
    {
        var date = (await FactOfAsync("P571")).Object!;

        Assert.Equal(LiteralType.Date, date.LiteralType);
        Assert.Equal(FactObject.Date(WikidataTime.Parse("-0044-03-15T00:00:00Z", 11, Julian)), date);
        Assert.Equal(CalendarModel.Julian, PartialDate.Parse(date.Value!).Calendar);
    }

    [Theory]
    [InlineData("P31", "Q5", "wikidata:Q5")]
    [InlineData("P1647", "P279", "wikidata:P279")]
    [InlineData("P5137", "L7-S1", "wikidata-sense:L7-S1")]
    public async Task ReadAsync_EntityValue_IsAPlaceholderEntityYieldedFirst(string property, string label, string externalId)
    {
        var items = await ReadAsync(ImportInput.FromFile(Fixture("Q90001.json")));
        var fact = items.Select(i => i.Record).OfType<Fact>().Single(f => f.Predicate == property);

        var placeholder = items.FindIndex(i => i.Record is Entity e && e.Id == fact.Object!.EntityId);
        Assert.InRange(placeholder, 0, items.FindIndex(i => i.Record == fact));
        var entity = (Entity)items[placeholder].Record!;
        Assert.Equal((label, ExternalId.Parse(externalId)), (entity.Label, entity.ExternalIds[0]));
        Assert.True(entity.HasPlaceholderLabel);
    }

    [Fact]
    public async Task ReadAsync_SomeValueAndNoValue_AreSpecialValues()
    {
        Assert.Equal(FactObject.UnknownValue(), (await FactOfAsync("P40")).Object);
        Assert.Equal(FactObject.NoValue(), (await FactOfAsync("P1889")).Object);
    }

    [Fact]
    public async Task ReadAsync_UnknownEndTime_OpenEndAndKeptAsQualifier()
    {
        var fact = await FactOfAsync("P39");

        Assert.Equal(ValidityInterval.Since(PartialDate.FromYearMonthDay(2001, 1, 20)), fact.Validity);
        var end = Assert.Single(fact.Qualifiers);
        Assert.Equal(("P582", LiteralType.UnknownValue), (end.Property, end.Value.LiteralType));
    }

    [Fact]
    public async Task ReadAsync_SeveralStartTimes_FirstIsTheStartAndAllAreKeptAsQualifiers()
    {
        var fact = await FactOfAsync("P26");

        Assert.Equal(ValidityInterval.Since(PartialDate.FromYear(1990)), fact.Validity);
        Assert.Equal(["1990", "1991-06"], fact.Qualifiers.Select(q => q.Value.Value));
        Assert.All(fact.Qualifiers, q => Assert.Equal("P580", q.Property));
    }

    [Fact]
    public async Task ReadAsync_PointInTimeQualifier_IsTheValidityAndOtherQualifiersStay()
    {
        var fact = await FactOfAsync("P1082");

        Assert.Equal(ValidityInterval.PointInTime(PartialDate.FromYear(2020)), fact.Validity);
        var method = Assert.Single(fact.Qualifiers);
        Assert.Equal(("P459", Entity.IdFor("wikidata:Q39825")), (method.Property, method.Value.EntityId));
    }

    [Fact]
    public async Task ReadAsync_StatementWithoutReferences_HasOnlyTheItemStance()
    {
        var items = await ReadAsync(ImportInput.FromFile(Fixture("Q90001.json")));
        var fact = items.Select(i => i.Record).OfType<Fact>().Single(f => f.Predicate == "P31");

        var stance = Assert.Single(items.Select(i => i.Record).OfType<Stance>(), s => s.FactId == fact.Id);
        Assert.Equal("Q90001$p31-no-references/item", stance.Key);
    }

    [Fact]
    public async Task ImportAsync_TwoReferences_TwoSourcesAndStancesWithEveryReferenceSnak()
    {
        await using var test = await ImportedAsync("Q90001.json");
        var fact = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q90001", Predicate = "P69", Ranks = RankFilter.All }));

        var stances = (await test.Store.GetEvidenceAsync(fact.Id))!.Stances;

        Assert.Equal(3, stances.Count);
        Assert.All(stances, s => Assert.Equal(StatementRank.Deprecated, s.Stance.Rank));
        var article = stances.Single(s => s.Stance.Key == "Q90001$p69-two-references/aaaa000000000000000000000000000000000001");
        Assert.Equal(ExternalId.Parse("https://example.org/article"), article.Source.Locators[0]);
        Assert.Equal(("An article", "en"), (article.Source.Title, article.Source.Language));
        Assert.Equal((PartialDate.FromYearMonth(2015, 6), StatedDateKind.Published), (article.Source.StatedDate!.Value, article.Source.StatedDateKind));
        Assert.Equal(PartialDate.FromYearMonthDay(2020, 2, 3), article.Source.Accessed);
        Assert.Equal("12-14", article.Stance.Citation!.Locator);
        Assert.Equal(["P813", "P123"], article.Stance.Qualifiers.Select(q => q.Property));
        var imported = stances.Single(s => s.Stance.Key == "Q90001$p69-two-references/aaaa000000000000000000000000000000000002");
        Assert.Equal(
            [ExternalId.Parse("wikidata-reference:aaaa000000000000000000000000000000000002"), ExternalId.Create("wikidata", "Q36578"), ExternalId.Create("wikidata", "Q48183")],
            imported.Source.Locators.Take(1).Concat(imported.Source.Locators.Skip(1).OrderBy(l => l.ToString(), StringComparer.Ordinal)));
        Assert.Equal(PartialDate.FromYear(2021), imported.Source.Accessed);
        Assert.Null(imported.Stance.Citation);
    }

    [Fact]
    public async Task ImportAsync_HandWrittenItem_EntityAndRecordSourceAsMapped()
    {
        await using var test = await ImportedAsync("Q90001.json");

        var item = Assert.Single(await test.Store.FindEntitiesAsync("Q90001"));
        var record = (await test.Store.GetSourcesAsync()).Single(s => s.Locators[0] == ExternalId.Create("url", "https://www.wikidata.org/wiki/Q90001"));

        Assert.Equal("Test item", item.Label);
        Assert.Contains(LocalizedText.Create("Testobjekt", "de"), item.Aliases);
        Assert.Contains(LocalizedText.Create("TI", "en"), item.Aliases);
        Assert.Contains(LocalizedText.Create("ein handgeschriebenes Objekt", "de"), item.Descriptions);
        Assert.Equal("Test item (Q90001) on Wikidata", record.Title);
        Assert.Equal(PartialDate.FromYearMonthDay(2024, 2, 29), record.StatedDate);
        Assert.Contains(ExternalId.Parse("https://en.wikipedia.org/wiki/Test_item"), record.Locators);
        Assert.Contains(ExternalId.Create("sitelink", "xxsite:Some page"), record.Locators);
        Assert.Contains(ExternalId.Parse("https://www.wikidata.org/w/index.php?oldid=42"), record.Locators);
    }

    [Fact]
    public async Task ImportAsync_EditedStatement_SupersedesTheEarlierVersion()
    {
        await using var test = await ImportedAsync("Q2112.json");
        const string Key = "Q2112$c024817d-4a24-cf60-0655-2ff4fe15630e";
        var before = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(1980, 1, 1) }));
        var edited = (await File.ReadAllTextAsync(Fixture("Q2112.json"))).Replace("+1990-10-02T00:00:00Z", "+1990-10-01T00:00:00Z", StringComparison.Ordinal);

        var result = await test.Store.ImportAsync("wikidata", ImportInput.FromBytes("Q2112-edited.json", System.Text.Encoding.UTF8.GetBytes(edited)));

        Assert.Equal(1, result.FactsAdded);
        var after = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(1980, 1, 1) }));
        Assert.Equal((Key, before.Id), (after.StatementKey, after.Supersedes));
        Assert.Equal(PartialDate.FromYearMonthDay(1990, 10, 1), after.Validity.To);
        Assert.Equal(FactStatus.Superseded, (await test.Store.GetEvidenceAsync(before.Id))!.Status);
        Assert.Contains((await test.Store.GetEvidenceAsync(after.Id))!.Stances, s => s.Stance.Key == Key + "/item");
    }

    [Fact]
    public async Task ImportAsync_NewQualifierOnAStatement_SupersedesTheEarlierVersion()
    {
        await using var test = await ImportedAsync("Q90001.json");
        var before = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q90001", Predicate = "P31" }));
        var edited = (await File.ReadAllTextAsync(Fixture("Q90001.json"))).Replace(
            "\"id\": \"Q90001$p31-no-references\"",
            "\"qualifiers\": {\"P642\": [{\"snaktype\": \"value\", \"property\": \"P642\", \"datavalue\": {\"value\": \"x\", \"type\": \"string\"}, \"datatype\": \"string\"}]}, \"id\": \"Q90001$p31-no-references\"",
            StringComparison.Ordinal);

        await test.Store.ImportAsync("wikidata", ImportInput.FromBytes("Q90001-edited.json", System.Text.Encoding.UTF8.GetBytes(edited)));

        var after = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q90001", Predicate = "P31" }));
        Assert.Equal(before.Id, after.Supersedes);
        Assert.Equal("P642", Assert.Single(after.Qualifiers).Property);
    }

    [Fact]
    public async Task ImportAsync_HandWrittenItem_EveryStatementIsAFact()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.ImportAsync("wikidata", ImportInput.FromFile(Fixture("Q90001.json")));

        Assert.Equal(20, result.FactsAdded);
        Assert.Equal(22, result.StancesAdded);
    }

    private static async Task<Fact> FactOfAsync(string property) =>
        (await ReadAsync(ImportInput.FromFile(Fixture("Q90001.json")))).Select(i => i.Record).OfType<Fact>().Single(f => f.Predicate == property);
}
