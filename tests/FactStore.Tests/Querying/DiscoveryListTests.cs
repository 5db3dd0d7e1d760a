using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

/// <summary>The discovery lists (<see cref="IFactStoreReader.ListEntitiesAsync"/>, predicates, sources): what a store can be asked.</summary>
public class DiscoveryListTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    [Fact]
    public async Task ListPredicates_OnTheSeeds_MostUsedFirstThenByName()
    {
        var predicates = await seeded.Store.ListPredicatesAsync(new ListQuery());

        Assert.Equal(
            [("holds_office", 10), ("criticized", 6), ("took_place_in", 6), ("population_share", 4), ("refused_to_participate_in", 4)],
            predicates.Take(5).Select(p => (p.Predicate, p.FactCount)));
        Assert.Equal(
            (await seeded.Store.FindFactsAsync(new FactQuery { Ranks = RankFilter.All })).Count(f => f.Predicate is not null),
            predicates.Sum(p => p.FactCount));
        Assert.Equal(1, predicates.Single(p => p.Predicate == "founded_in").FactCount);
    }

    [Fact]
    public async Task ListPredicates_WithAPrefix_FoldsCaseAndKeepsTheOrder()
    {
        var predicates = await seeded.Store.ListPredicatesAsync(new ListQuery { Prefix = "RE" });

        Assert.Equal(
            ["refused_to_participate_in", "requested_help_from", "refused_to_recognize", "ready_to_cooperate_with", "recalled_representative_from", "reduced_participation_in", "renounced"],
            predicates.Select(p => p.Predicate));
    }

    [Fact]
    public async Task ListPredicates_Paged_GivesTheSameListAsOnePage()
    {
        var all = await seeded.Store.ListPredicatesAsync(new ListQuery());

        var paged = await PagesAsync(after => seeded.Store.ListPredicatesAsync(new ListQuery { Limit = 7, After = after }));

        Assert.Equal(all.Select(p => p.Predicate), paged.Select(p => p.Predicate));
    }

    [Fact]
    public async Task ListEntities_OnTheSeeds_CountsFactsAboutAndStancesHeld()
    {
        var entities = await seeded.Store.ListEntitiesAsync(new ListQuery());

        Assert.Equal(63, entities.Count);
        Assert.Equal(("Collective Security Treaty Organization", 30), (entities[0].Entity.Label, entities[0].FactCount));
        Assert.Equal(("Armenia", 17), (entities[1].Entity.Label, entities[1].FactCount));
        var tokayev = entities.Single(e => e.Entity.Label == "Kassym-Jomart Tokayev");
        Assert.Equal((6, 2), (tokayev.FactCount, tokayev.StanceCount));
        Assert.Equal(19, entities.Single(e => e.Entity.Label == "Arkady Moshes").StanceCount);
        Assert.Contains(LocalizedText.Create("Tokaev"), tokayev.Entity.Aliases);
    }

    [Fact]
    public async Task ListEntities_Counts_AreWhatFactAndStanceQueriesFind()
    {
        foreach (var summary in (await seeded.Store.ListEntitiesAsync(new ListQuery())).Where(e => e.FactCount + e.StanceCount > 0).Take(12))
        {
            var id = summary.Entity.Id;
            Assert.Equal((await seeded.Store.FindFactsAsync(new FactQuery { About = id, Ranks = RankFilter.All })).Count, summary.FactCount);
            Assert.Equal((await seeded.Store.FindStancesAsync(new StanceQuery { Holder = id })).Count, summary.StanceCount);
        }
    }

    [Fact]
    public async Task ListEntities_WithAPrefix_MatchesLabelsAndAliasesWithDiacriticsFolded()
    {
        var byAlias = await seeded.Store.ListEntitiesAsync(new ListQuery { Prefix = "Kasym-Ž" });
        var bySurname = await seeded.Store.ListEntitiesAsync(new ListQuery { Prefix = "tok" });

        Assert.Equal(["Kassym-Jomart Tokayev"], byAlias.Select(e => e.Entity.Label));
        Assert.Equal(["Kassym-Jomart Tokayev"], bySurname.Select(e => e.Entity.Label));
        Assert.Empty(await seeded.Store.ListEntitiesAsync(new ListQuery { Prefix = "zzz" }));
    }

    [Fact]
    public async Task ListEntities_Paged_VisitsEveryEntityOnceInTheSameOrder()
    {
        var all = await seeded.Store.ListEntitiesAsync(new ListQuery());

        var paged = await PagesAsync(after => seeded.Store.ListEntitiesAsync(new ListQuery { Limit = 10, After = after }));

        Assert.Equal(all.Select(e => e.Entity.Id), paged.Select(e => e.Entity.Id));
    }

    [Fact]
    public async Task ListSources_OnTheSeeds_GivesMetadataLengthsAndCountsWithoutTexts()
    {
        var sources = await seeded.Store.ListSourcesAsync(new ListQuery());

        Assert.Equal(["Charter97.org", "Gazeta", null, "AsiaNews", "CEPA"], sources.Select(s => s.Source.Publisher));
        Assert.Equal([23, 56, 35, 21, 36], sources.Select(s => s.StanceCount));
        Assert.Equal([19, 43, 28, 15, 34], sources.Select(s => s.FactCount));
        Assert.All(sources, s => Assert.True(s.Source.IsTextOmitted));
        foreach (var summary in sources)
        {
            var full = (await seeded.Store.GetSourceAsync(summary.Source.Id))!;
            Assert.Equal(full.Text!.Length, summary.TextLength);
            Assert.Equal(full.Locators, summary.Source.Locators);
            Assert.Equal(summary.StanceCount, (await seeded.Store.FindStancesAsync(new StanceQuery { Source = summary.Source.Id })).Count);
        }
    }

    [Fact]
    public async Task ListSources_WithATitlePrefix_FoldsTypography()
    {
        var quoted = await seeded.Store.ListSourcesAsync(new ListQuery { Prefix = "\"we managed" });
        var csto = await seeded.Store.ListSourcesAsync(new ListQuery { Prefix = "CSTO" });

        Assert.Equal(["Gazeta"], quoted.Select(s => s.Source.Publisher));
        Assert.Equal(["AsiaNews"], csto.Select(s => s.Source.Publisher));
    }

    [Fact]
    public async Task ListSources_Paged_VisitsEverySourceOnce()
    {
        var paged = await PagesAsync(after => seeded.Store.ListSourcesAsync(new ListQuery { Limit = 2, After = after }));

        Assert.Equal((await seeded.Store.GetSourcesAsync()).Select(s => s.Id), paged.Select(s => s.Source.Id));
    }

    [Fact]
    public async Task ListSources_TextBeyondTheBasicPlane_CountsUtf16CodeUnits()
    {
        await using var test = await TestStore.CreateAsync();
        var source = new Source { Text = "Emoji 😀 and 𝔸 with é and ж.", Title = "Symbols", Locators = ["symbols.txt"] };
        await test.Store.WriteAsync([source, new Source { Locators = ["https://example.org/by-reference"] }]);

        var sources = await test.Store.ListSourcesAsync(new ListQuery());

        Assert.Equal([source.Text.Length, 0], sources.Select(s => s.TextLength));
        Assert.True(sources[1].Source.IsReference);
        Assert.False(sources[1].Source.IsTextOmitted);
    }

    [Fact]
    public async Task Lists_KnownAtBeforeAWrite_DoNotCountIt()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        await test.Store.WriteAsync([TestRecords.Csto, TestRecords.Says(fact, "President Tokaev said") with { HolderId = TestRecords.Tokayev.Id }]);

        var then = await test.Store.AsKnownAt(before).ListEntitiesAsync(new ListQuery { });
        var now = await test.Store.ListEntitiesAsync(new ListQuery());

        Assert.Equal([("Kassym-Jomart Tokayev", 1, 0)], then.Select(e => (e.Entity.Label, e.FactCount, e.StanceCount)));
        Assert.Equal([("Kassym-Jomart Tokayev", 1, 1), ("CSTO", 0, 0)], now.Select(e => (e.Entity.Label, e.FactCount, e.StanceCount)));
        Assert.Equal(0, (await test.Store.AsKnownAt(before).ListSourcesAsync(new ListQuery { }))[0].StanceCount);
        Assert.Equal(1, (await test.Store.ListSourcesAsync(new ListQuery()))[0].StanceCount);
    }

    [Fact]
    public async Task Lists_ACursorOfAnotherList_IsRefused()
    {
        var entities = await seeded.Store.ListEntitiesAsync(new ListQuery { Limit = 1 });

        await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.ListSourcesAsync(new ListQuery { After = entities.NextCursor }));
        await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.ListPredicatesAsync(new ListQuery { After = entities.NextCursor }));
        await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.ListEntitiesAsync(new ListQuery { After = "not a cursor" }));
    }

    private static async Task<List<T>> PagesAsync<T>(Func<string?, Task<Page<T>>> page)
    {
        var items = new List<T>();
        string? after = null;
        do
        {
            var next = await page(after);
            Assert.NotEmpty(next);
            items.AddRange(next);
            after = next.NextCursor;
        }
        while (after is not null);

        return items;
    }
}
