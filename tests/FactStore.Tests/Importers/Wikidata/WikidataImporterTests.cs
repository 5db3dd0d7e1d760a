using FactStore.Importers.Wikidata;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.Wikidata;

/// <summary>The wikidata importer on Bielefeld (Q2112), real Wikidata JSON, through a real store.</summary>
public partial class WikidataImporterTests
{
    private static readonly string Germany = Entity.IdFor("wikidata:Q183");
    private static readonly string WestGermany = Entity.IdFor("wikidata:Q713750");
    private static readonly string GermanReich = Entity.IdFor("wikidata:Q1206012");

    [Fact]
    public async Task FindFactsAsync_CountryIn1980_IsWestGermanyNotGermany()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var facts = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(1980, 1, 1) });

        var fact = Assert.Single(facts);
        Assert.Equal(WestGermany, fact.Object!.EntityId);
        Assert.Equal(ValidityInterval.Between(PartialDate.FromYearMonthDay(1949, 5, 23), PartialDate.FromYearMonthDay(1990, 10, 2)), fact.Validity);
        Assert.Equal("Q2112$c024817d-4a24-cf60-0655-2ff4fe15630e", fact.StatementKey);
    }

    [Fact]
    public async Task FindFactsAsync_CountryIn2020_IsGermany()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var facts = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(2020, 1, 1) });

        Assert.Equal(Germany, Assert.Single(facts).Object!.EntityId);
    }

    /// <summary>
    /// Wikidata gives the German Reich an end of 1949-05-23 and West Germany a start of 1949-05-23: both ends are
    /// included at day precision, so on that day both statements hold (see docs/wikidata.md).
    /// </summary>
    [Fact]
    public async Task FindFactsAsync_CountryOnBoundaryDay_IsBothTheOldAndTheNewState()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var onTheDay = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(1949, 5, 23) });
        var dayAfter = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(1949, 5, 24) });

        Assert.Equal(new[] { GermanReich, WestGermany }.Order(StringComparer.Ordinal), onTheDay.Select(f => f.Object!.EntityId!).Order(StringComparer.Ordinal));
        Assert.Equal(WestGermany, Assert.Single(dayAfter).Object!.EntityId);
    }

    [Theory]
    [InlineData("Q2112")]
    [InlineData("wikidata:Q2112")]
    [InlineData("Bielefeld")]
    [InlineData("Білефэльд")]
    public async Task FindFactsAsync_SubjectByExternalIdLabelOrOtherLanguage_Resolves(string subject)
    {
        await using var test = await ImportedAsync("Q2112.json");

        var facts = await test.Store.FindFactsAsync(new FactQuery { Subject = subject, Predicate = "P17", ValidAt = new DateOnly(2020, 1, 1) });

        Assert.Equal(Germany, Assert.Single(facts).Object!.EntityId);
    }

    [Fact]
    public async Task FindFactsAsync_DeprecatedInstanceOf_HiddenByDefaultReturnedWithAllRanks()
    {
        await using var test = await ImportedAsync("Q2112.json");
        var deprecated = Entity.IdFor("wikidata:Q1964689");

        var byDefault = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P31" });
        var all = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P31", Ranks = RankFilter.All });

        Assert.DoesNotContain(byDefault, f => f.Object!.EntityId == deprecated);
        Assert.Contains(all, f => f.Object!.EntityId == deprecated);
        Assert.Equal(byDefault.Count + 1, all.Count);
        var fact = all.Single(f => f.Object!.EntityId == deprecated);
        Assert.Equal(["P3680", "P2241"], fact.Qualifiers.Select(q => q.Property));
        var evidence = await test.Store.GetEvidenceAsync(fact.Id);
        Assert.Equal(StatementRank.Deprecated, Assert.Single(evidence!.Stances).Stance.Rank);
    }

    [Fact]
    public async Task FindFactsAsync_Area_IsQuantityInSquareKilometres()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var area = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P2046", ValidAt = new DateOnly(2017, 12, 31) })).Object!;
        var best = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P2046", Ranks = RankFilter.Best }));

        Assert.Equal(LiteralType.Quantity, area.LiteralType);
        Assert.Equal("258.82", area.Value);
        Assert.Equal(("258.81", "258.83"), (area.LowerBound, area.UpperBound));
        Assert.Equal(Entity.IdFor("wikidata:Q712226"), area.UnitId);
        Assert.Equal("Q712226", (await test.Store.GetEntityAsync(area.UnitId!))!.Label);
        Assert.Equal(FactObject.Quantity("258.82", area.UnitId), best.Object);
        Assert.Equal(ValidityInterval.PointInTime(PartialDate.FromYear(2016)), best.Validity);
    }

    [Fact]
    public async Task FindFactsAsync_Population2013_HasPointInTimeValidity()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var population = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P1082", ValidAt = new DateOnly(2013, 12, 31) });

        var fact = Assert.Single(population);
        Assert.Equal(ValidityInterval.PointInTime(PartialDate.FromYearMonthDay(2013, 12, 31)), fact.Validity);
        Assert.True(fact.Validity.IsPointInTime);
        Assert.Equal("328864", fact.Object!.Value);
        Assert.Null(fact.Object.UnitId);
        Assert.Empty(fact.Qualifiers);
    }

    [Fact]
    public async Task FindFactsAsync_Coordinates_AreOnEarth()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var location = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P625" })).Object!;

        Assert.Equal(LiteralType.Coordinates, location.LiteralType);
        Assert.Equal(52.0167, location.Latitude!.Value, 3);
        Assert.Equal(8.5333, location.Longitude!.Value, 3);
        Assert.Equal(0.016666666666667, location.Precision);
        Assert.Equal(ExternalId.Create("wikidata", "Q2"), location.Globe);
    }

    [Fact]
    public async Task GetEntityAsync_Bielefeld_HasLabelAliasesInTheirLanguagesAndDescriptions()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var bielefeld = (await test.Store.GetEntityAsync(Entity.IdFor("wikidata:Q2112")))!;

        Assert.Equal("Bielefeld", bielefeld.Label);
        Assert.Equal(ExternalId.Create("wikidata", "Q2112"), bielefeld.ExternalIds[0]);
        Assert.Contains(LocalizedText.Create("Билефельд", "ru"), bielefeld.Aliases);
        Assert.Contains(bielefeld.Descriptions, d => d.Language == "en" && d.Text.Length > 0);
        Assert.False(bielefeld.HasPlaceholderLabel);
    }

    [Fact]
    public async Task GetEvidenceAsync_Statement_IsSupportedByTheItemRecordWithItsRank()
    {
        await using var test = await ImportedAsync("Q2112.json");
        var germany = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Predicate = "P17", ValidAt = new DateOnly(2020, 1, 1) }));

        var evidence = (await test.Store.GetEvidenceAsync(germany.Id))!;

        var item = evidence.Stances.Single(s => s.Stance.Key == germany.StatementKey + "/item");
        Assert.Equal((StancePosition.Supports, StatementRank.Preferred, StanceOrigin.Importer), (item.Stance.Position, item.Stance.Rank, item.Stance.Origin));
        Assert.Null(item.Stance.Citation);
        Assert.Equal(ExternalId.Create("url", "https://www.wikidata.org/wiki/Q2112"), item.Source.Locators[0]);
        Assert.Contains(ExternalId.Create("wikidata", "Q2112"), item.Source.Locators);
        Assert.Contains(ExternalId.Parse("https://de.wikipedia.org/wiki/Bielefeld"), item.Source.Locators);
        Assert.Contains(ExternalId.Parse("https://zh-yue.wikipedia.org/wiki/%E6%AF%94%E5%8B%92%E8%B2%BB%E7%88%BE%E5%BE%B7"), item.Source.Locators);
        Assert.Equal(("Bielefeld (Q2112) on Wikidata", "Wikidata"), (item.Source.Title, item.Source.Publisher));
        Assert.Equal((PartialDate.FromYearMonthDay(2023, 4, 4), StatedDateKind.Published), (item.Source.StatedDate!.Value, item.Source.StatedDateKind));
        Assert.True(item.Source.IsReference);

        var reference = evidence.Stances.Single(s => s.Stance.Key == germany.StatementKey + "/5dabc71043098dc2d1bd6d0b16ce571646b41735");
        Assert.Equal(StatementRank.Preferred, reference.Stance.Rank);
        Assert.Equal(ExternalId.Parse("wikidata-reference:5dabc71043098dc2d1bd6d0b16ce571646b41735"), reference.Source.Locators[0]);
        Assert.Contains(ExternalId.Create("wikidata", "Q265049"), reference.Source.Locators);
        Assert.Equal(PartialDate.FromYearMonthDay(2018, 8, 6), reference.Source.Accessed);
        Assert.Equal(["P5573", "P813"], reference.Stance.Qualifiers.Select(q => q.Property));
        Assert.Equal((LiteralType.ExternalId, "382"), (reference.Stance.Qualifiers[0].Value.LiteralType, reference.Stance.Qualifiers[0].Value.Value));
    }

    [Fact]
    public async Task GetEvidenceAsync_ReferenceWithUrlTitleAndDates_BecomesASourceByReference()
    {
        await using var test = await ImportedAsync("Q2112.json");
        const string Url = "https://www.destatis.de/DE/ZahlenFakten/LaenderRegionen/Regionales/Gemeindeverzeichnis/Administrativ/Archiv/GVAuszugQ/AuszugGV4QAktuell.html";

        var source = (await test.Store.GetSourcesAsync()).Single(s => s.Locators[0] == ExternalId.Parse(Url));
        var published = (await test.Store.GetSourcesAsync()).Single(s => s.Locators[0] == ExternalId.Parse("wikidata-reference:2b00cb481cddcac7623114367489b5c194901c4a"));

        Assert.Equal("Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen am 31.12.2018 (4. Quartal)", source.Title);
        Assert.Equal("de", source.Language);
        Assert.Equal(PartialDate.FromYearMonthDay(2019, 3, 10), source.Accessed);
        Assert.Equal((PartialDate.FromYearMonthDay(2013, 10, 28), StatedDateKind.Published), (published.StatedDate!.Value, published.StatedDateKind));
        Assert.Contains(ExternalId.Create("wikidata", "Q15241312"), published.Locators);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_SecondAddsNothing()
    {
        await using var test = await ImportedAsync("Q2112.json");

        var again = await test.Store.ImportAsync("wikidata", ImportInput.FromFile(Fixture("Q2112.json")));

        Assert.True(again.AlreadyImported);
        Assert.False(again.AddedAnything);
    }

    [Fact]
    public async Task ImportAsync_Q2112_AddsEveryStatementAndAStancePerStatementAndReference()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.ImportAsync("wikidata", ImportInput.FromFile(Fixture("Q2112.json")));

        Assert.Equal(186, result.FactsAdded);
        Assert.Equal(186 + 55, result.StancesAdded);
        Assert.Equal(0, result.Unchanged);
    }

    private static async Task<TestStore> ImportedAsync(string fixture)
    {
        var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("wikidata", ImportInput.FromFile(Fixture(fixture)));
        return test;
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Importers", "Wikidata", "Fixtures", name);

    private static async Task<List<ImportItem>> ReadAsync(ImportInput input)
    {
        var items = new List<ImportItem>();
        await foreach (var item in new WikidataImporter().ReadAsync(input, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }
}
