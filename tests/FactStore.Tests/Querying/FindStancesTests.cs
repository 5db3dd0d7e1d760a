using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

/// <summary><see cref="IFactStoreReader.FindStancesAsync"/>: who said what, where, on the seeds and on small stores.</summary>
public class FindStancesTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    [Fact]
    public async Task FindStances_ByHolderName_ReturnsTokayevsTwoRefutationsWithFactSourceAndQuote()
    {
        var page = await seeded.Store.FindStancesAsync(new StanceQuery { Holder = "Tokaev" });

        Assert.Equal(2, page.Count);
        Assert.False(page.HasMore);
        Assert.All(page, s =>
        {
            Assert.Equal(StancePosition.Refutes, s.Stance.Position);
            Assert.Equal("Kassym-Jomart Tokayev", s.Holder!.Label);
            Assert.Equal("AsiaNews", s.Source.Publisher);
            Assert.Equal("faces_rising_threats", s.Fact!.Predicate);
            Assert.Equal(s.Stance.FactId, s.Fact.Id);
        });
        Assert.Contains(page, s => s.Stance.Citation!.Quote == "threats have always existed, it is the very nature of the international community");
    }

    [Fact]
    public async Task FindStances_ByHolderAndAbout_AnswersWhatMoshesSaidAboutArmeniaInOneCall()
    {
        var page = await seeded.Store.FindStancesAsync(new StanceQuery { Holder = "Arkady Moshes", About = "Armenia" });

        Assert.Equal(8, page.Count);
        Assert.Equal(2, page.Count(s => s.Stance.Position == StancePosition.Refutes));
        var armenia = await seeded.EntityAsync("Armenia");
        Assert.All(page, s => Assert.True(s.Fact!.SubjectId == armenia.Id || s.Fact.Object?.EntityId == armenia.Id));
        Assert.Contains(page, s => s.Fact!.Statement == "Armenia will leave the CSTO." && s.Stance.Position == StancePosition.Refutes);
    }

    [Fact]
    public async Task FindStances_BySourceLocator_ReturnsTheCepaArticlesStancesWithoutItsText()
    {
        var cepa = await seeded.ArticleAsync("004");

        var byLocator = await seeded.Store.FindStancesAsync(new StanceQuery { Source = Path.GetFileName(Seeds.Article("004")) });
        var byId = await seeded.Store.FindStancesAsync(new StanceQuery { Source = cepa.Id });

        Assert.Equal(36, byLocator.Count);
        Assert.Equal(byLocator.Select(s => s.Stance.Id), byId.Select(s => s.Stance.Id));
        Assert.All(byLocator, s =>
        {
            Assert.Equal(cepa.Id, s.Source.Id);
            Assert.Equal("CEPA", s.Source.Publisher);
            Assert.True(s.Source.IsTextOmitted);
            Assert.Null(s.Source.Text);
            Assert.False(s.Source.IsReference);
        });
    }

    [Fact]
    public async Task FindStances_ByPosition_FiltersTheSourcesStances()
    {
        var refutes = await seeded.Store.FindStancesAsync(new StanceQuery { Source = (await seeded.ArticleAsync("004")).Id, Position = StancePosition.Refutes });

        Assert.Single(refutes);
        Assert.Equal(StancePosition.Refutes, refutes[0].Stance.Position);
    }

    [Fact]
    public async Task FindStances_ByFact_ReturnsTheSameStancesAsTheFactsEvidence()
    {
        var fact = (await seeded.Store.FindFactsAsync(new FactQuery { Predicate = "founded_in" })).Single();

        var stances = await seeded.Store.FindStancesAsync(new StanceQuery { Fact = fact.Id, IncludeSourceText = true });
        var evidence = await seeded.Store.GetEvidenceAsync(fact.Id);

        Assert.Equal(evidence!.Stances.Select(s => s.Stance.Id), stances.Select(s => s.Stance.Id));
        Assert.Equal(evidence.Stances.Select(s => (s.Source.Id, s.Source.Text)), stances.Select(s => (s.Source.Id, s.Source.Text)));
        Assert.All(stances, s => Assert.NotNull(s.Source.Text));
    }

    [Fact]
    public async Task FindStances_Paged_VisitsEveryStanceOnceWithSameNumberOfStatementsPerPage()
    {
        var all = await seeded.Store.FindStancesAsync(new StanceQuery());
        var paged = new List<string>();
        var statements = new List<int>();
        string? after = null;
        do
        {
            var count = FactStore.Storage.StatementCounter.Start();
            var page = await seeded.Store.FindStancesAsync(new StanceQuery { Limit = 50, After = after });
            FactStore.Storage.StatementCounter.Stop();
            statements.Add(count.Value);
            paged.AddRange(page.Select(s => s.Stance.Id));
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(171, all.Count);
        Assert.Equal(all.Select(s => s.Stance.Id), paged);
        Assert.Equal(4, statements.Count);
        Assert.Single(statements.Distinct());
    }

    [Fact]
    public async Task FindStances_InTextOrder_ReturnsASourcesStancesByQuoteOffsetAndPagesThroughThemInThatOrder()
    {
        var cepa = (await seeded.ArticleAsync("004")).Id;

        var recorded = await seeded.Store.FindStancesAsync(new StanceQuery { Source = cepa });
        var inText = await seeded.Store.FindStancesAsync(new StanceQuery { Source = cepa, Order = StanceOrder.Text });
        var paged = new List<StanceEvidence>();
        string? after = null;
        do
        {
            var page = await seeded.Store.FindStancesAsync(new StanceQuery { Source = cepa, Order = StanceOrder.Text, Limit = 5, After = after });
            paged.AddRange(page);
            after = page.NextCursor;
        }
        while (after is not null);

        var expected = recorded.OrderBy(s => s.Stance.Citation?.Start ?? -1).ThenBy(s => s.Stance.Citation?.End ?? -1).Select(s => s.Stance.Id).ToList();
        Assert.NotEqual(expected, recorded.Select(s => s.Stance.Id));
        Assert.Equal(expected, inText.Select(s => s.Stance.Id));
        Assert.Equal(expected, paged.Select(s => s.Stance.Id));
    }

    [Fact]
    public async Task FindStances_ARecordedOrderCursorInTextOrder_IsRefused()
    {
        var first = await seeded.Store.FindStancesAsync(new StanceQuery { Limit = 1 });

        await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.FindStancesAsync(new StanceQuery { Order = StanceOrder.Text, After = first.NextCursor }));
    }

    [Fact]
    public async Task FindStances_HolderIsOnlyTheStancesHolder_SourceHeldStancesDoNotMatch()
    {
        var csto = await seeded.Store.FindStancesAsync(new StanceQuery { Holder = "CSTO" });
        var unheld = (await seeded.Store.FindStancesAsync(new StanceQuery())).Where(s => s.Stance.HolderId is null).ToList();

        Assert.All(csto, s => Assert.Equal("Collective Security Treaty Organization", s.Holder!.Label));
        Assert.Equal(108, unheld.Count);
        Assert.All(unheld, s => Assert.Equal(s.Source.Publisher ?? s.Source.Title, s.HolderName));
    }

    [Fact]
    public async Task FindStances_ACursorOfAnotherList_IsRefused()
    {
        var facts = await seeded.Store.FindFactsAsync(new FactQuery { Limit = 1 });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.FindStancesAsync(new StanceQuery { After = facts.NextCursor }));

        Assert.Contains("StanceQuery.After", error.Message, StringComparison.Ordinal);
        Assert.Equal("query", error.ParamName);
    }

    [Fact]
    public async Task FindStances_SupersededAndRetracted_AreHiddenUnlessAskedForAndKnownAtSeesTheOldState()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var supports = TestRecords.Says(fact, "President Tokaev said");
        var refutes = TestRecords.Says(fact, "The CSTO summit ended", StancePosition.Refutes);
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, supports, refutes]);
        var (storedSupports, storedRefutes) = (await test.StoredAsync(supports), await test.StoredAsync(refutes));
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        var corrected = TestRecords.Says(fact, "there is no need to constantly raise alarms") with { Supersedes = storedSupports.Id };
        await test.Store.WriteAsync([corrected, new Retraction { TargetId = storedRefutes.Id, Reason = "It does not refute it." }]);
        var storedCorrected = await test.StoredAsync(corrected);

        async Task<string[]> Ids(StanceQuery query, IFactStoreReader? reader = null) => [.. (await (reader ?? test.Store).FindStancesAsync(query)).Select(s => s.Stance.Id)];

        Assert.Equal([storedCorrected.Id], await Ids(new StanceQuery()));
        Assert.Equal([storedSupports.Id, storedCorrected.Id], await Ids(new StanceQuery { IncludeSuperseded = true }));
        Assert.Equal([storedRefutes.Id, storedCorrected.Id], await Ids(new StanceQuery { IncludeRetracted = true }));
        Assert.Equal([storedSupports.Id, storedRefutes.Id], await Ids(new StanceQuery(), test.Store.AsKnownAt(before)));
    }

    [Fact]
    public async Task FindStances_OnARetractedFact_AreHiddenUnlessRetractedAreAskedFor()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "President Tokaev said")]);
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        await test.Store.WriteAsync([new Retraction { TargetId = fact.Id, Reason = "Misread." }]);

        Assert.Empty(await test.Store.FindStancesAsync(new StanceQuery { Holder = null, Fact = fact.Id }));
        Assert.Single(await test.Store.FindStancesAsync(new StanceQuery { Fact = fact.Id, IncludeRetracted = true }));
    }
}
