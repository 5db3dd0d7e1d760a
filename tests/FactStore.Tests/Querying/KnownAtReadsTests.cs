using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

/// <summary>Reads through <see cref="IFactStoreReader.AsKnownAt"/>: what the store knew at a moment, later records absent.</summary>
public class KnownAtReadsTests
{
    [Fact]
    public async Task GetById_BeforeTheRecordWasWritten_ReadsNullAndAfterReadsIt()
    {
        await using var test = await TestStore.CreateAsync();
        var beforeAll = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "President Tokaev said");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]);
        var stanceId = (await test.StoredAsync(stance)).Id;
        var now = test.Clock.GetUtcNow();

        Assert.Null(await test.Store.AsKnownAt(beforeAll).GetSourceAsync(TestRecords.Article.Id));
        Assert.Null(await test.Store.AsKnownAt(beforeAll).GetEntityAsync(TestRecords.Tokayev.Id));
        Assert.Null(await test.Store.AsKnownAt(beforeAll).GetFactAsync(fact.Id));
        Assert.Null(await test.Store.AsKnownAt(beforeAll).GetStanceAsync(stanceId));
        Assert.Empty(await test.Store.AsKnownAt(beforeAll).FindEntitiesAsync("Tokaev"));
        Assert.Empty(await test.Store.AsKnownAt(beforeAll).FindSourcesAsync("summit.txt"));

        Assert.Equal(TestRecords.Article.Text, (await test.Store.AsKnownAt(now).GetSourceAsync(TestRecords.Article.Id))!.Text);
        Assert.Equal(TestRecords.Tokayev.Id, (await test.Store.AsKnownAt(now).GetEntityAsync(TestRecords.Tokayev.Id))!.Id);
        Assert.Equal(fact.Id, (await test.Store.AsKnownAt(now).GetFactAsync(fact.Id))!.Id);
        Assert.Equal(stanceId, (await test.Store.AsKnownAt(now).GetStanceAsync(stanceId))!.Id);
        Assert.Equal(TestRecords.Tokayev.Id, Assert.Single(await test.Store.AsKnownAt(now).FindEntitiesAsync("Tokaev")).Id);
        Assert.Equal(TestRecords.Article.Id, Assert.Single(await test.Store.AsKnownAt(now).FindSourcesAsync("summit.txt")).Id);
    }

    [Fact]
    public async Task GetEntity_BeforeARelabelAndANewAlias_ReadsTheLabelAndAliasesOfThen()
    {
        await using var test = await TestStore.CreateAsync();
        var paris = new Entity { Label = "Paris, France", Kind = EntityKind.Place, ExternalIds = ["wikidata:Q90"] };
        await test.Store.WriteAsync([paris]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync([paris with { Label = "Paris", Aliases = ["Lutetia"] }]);

        var then = (await test.Store.AsKnownAt(before).GetEntityAsync(paris.Id))!;
        var now = (await test.Store.GetEntityAsync(paris.Id))!;

        Assert.Equal("Paris, France", then.Label);
        Assert.Empty(then.Aliases);
        Assert.Equal("Paris", now.Label);
        Assert.Contains(LocalizedText.Create("Lutetia"), now.Aliases);
        Assert.Empty(await test.Store.AsKnownAt(before).FindEntitiesAsync("Lutetia"));
        Assert.Single(await test.Store.FindEntitiesAsync("Lutetia"));
    }

    [Fact]
    public async Task FindSources_ALocatorAddedLater_IsNotKnownBefore()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync([TestRecords.Article with { Locators = ["https://example.org/summit"] }]);

        Assert.Empty(await test.Store.AsKnownAt(before).FindSourcesAsync("https://example.org/summit"));
        Assert.Equal(["file:summit.txt"], (await test.Store.AsKnownAt(before).GetSourceAsync(TestRecords.Article.Id))!.Locators.Select(l => l.ToString()));
        Assert.Single(await test.Store.FindSourcesAsync("https://example.org/summit"));
    }

    [Fact]
    public async Task GetSource_BeforeItsRedaction_ShowsNoRedactionButTheTextStaysGone()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "President Tokaev said");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]);
        var stanceId = (await test.StoredAsync(stance)).Id;
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Court order." }]);

        var then = (await test.Store.AsKnownAt(before).GetSourceAsync(TestRecords.Article.Id))!;
        var now = (await test.Store.GetSourceAsync(TestRecords.Article.Id))!;

        Assert.False(then.IsRedacted);
        Assert.True(then.IsTextOmitted);
        Assert.Null(then.Text);
        Assert.Equal(TestRecords.Article.Id, then.Id);
        Assert.Equal("Summit", then.Title);
        Assert.True(now.IsRedacted);
        Assert.Equal(Source.RedactedText, now.Text);
        Assert.True((await test.Store.AsKnownAt(before).GetStanceAsync(stanceId))!.IsRedacted);
        Assert.True(Assert.Single((await test.Store.AsKnownAt(before).GetEvidenceAsync(fact.Id))!.Stances).Source.IsTextOmitted);
    }

    [Fact]
    public async Task Write_ASourceReadWithoutItsText_IsRefused()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "President Tokaev said")]);
        var omitted = Assert.Single((await test.Store.GetEvidenceAsync([fact.Id])).Single().Stances).Source;

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([omitted with { Title = "Another" }]));

        Assert.Contains("without its text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsKnownAt_EveryKindOfRead_AnswersAsKnownThen()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "President Tokaev said")]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        var correction = TestRecords.Presides(from: "2018") with { Supersedes = fact.Id, Statement = "Tokayev is President of Kazakhstan (corrected)." };
        await test.Store.WriteAsync([correction]);
        var then = test.Store.AsKnownAt(before);

        Assert.Equal(before, then.KnownAt);
        Assert.Null(test.Store.KnownAt);
        Assert.Equal([fact.Id], (await then.FindFactsAsync(new FactQuery())).Select(f => f.Id));
        Assert.Equal(fact.Id, (await then.GetLatestVersionAsync(fact.Id))!.Id);
        Assert.Equal(FactStatus.Current, (await then.GetEvidenceAsync(fact.Id))!.Status);
        Assert.Equal(FactStatus.Superseded, (await test.Store.GetEvidenceAsync(fact.Id))!.Status);
        Assert.Equal(1, Assert.Single(await then.ListPredicatesAsync(new ListQuery())).FactCount);
        Assert.Empty(await then.SearchAsync(new SearchQuery { Text = "corrected" }));
        Assert.NotEmpty(await test.Store.SearchAsync(new SearchQuery { Text = "corrected" }));
        Assert.Equal(TestRecords.Tokayev.Id, (await then.ResolveNameAsync("Tokaev")).Match!.Id);
        Assert.DoesNotContain(await then.GetChangesAsync(new ChangeQuery()), c => c.Kind == ChangeKind.FactCorrected);
        Assert.Contains(await test.Store.GetChangesAsync(new ChangeQuery()), c => c.Kind == ChangeKind.FactCorrected);
        Assert.Equal(correction.Statement, Assert.Single(await then.AsKnownAt(test.Clock.GetUtcNow()).FindFactsAsync(new FactQuery())).Statement);
    }

    [Fact]
    public async Task AsKnownAt_AQueryProvider_ReadsThroughTheView()
    {
        await using var test = await TestStore.CreateAsync();
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "President Tokaev said")]);
        var request = new QueryRequest { Parameters = new Dictionary<string, string> { ["entity"] = TestRecords.Tokayev.Id } };

        Assert.Empty((await test.Store.AsKnownAt(before).QueryAsync("about", request)).Facts);
        Assert.Equal(fact.Id, Assert.Single((await test.Store.QueryAsync("about", request)).Facts).Fact.Id);
    }
}
