using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

/// <summary>The knownAt overloads of the single-record reads: what the store knew at a moment, later records absent.</summary>
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

        Assert.Null(await test.Store.GetSourceAsync(TestRecords.Article.Id, beforeAll));
        Assert.Null(await test.Store.GetEntityAsync(TestRecords.Tokayev.Id, beforeAll));
        Assert.Null(await test.Store.GetFactAsync(fact.Id, beforeAll));
        Assert.Null(await test.Store.GetStanceAsync(stanceId, beforeAll));
        Assert.Empty(await test.Store.FindEntitiesAsync("Tokaev", beforeAll));
        Assert.Empty(await test.Store.FindSourcesAsync("summit.txt", beforeAll));

        Assert.Equal(TestRecords.Article.Text, (await test.Store.GetSourceAsync(TestRecords.Article.Id, now))!.Text);
        Assert.Equal(TestRecords.Tokayev.Id, (await test.Store.GetEntityAsync(TestRecords.Tokayev.Id, now))!.Id);
        Assert.Equal(fact.Id, (await test.Store.GetFactAsync(fact.Id, now))!.Id);
        Assert.Equal(stanceId, (await test.Store.GetStanceAsync(stanceId, now))!.Id);
        Assert.Equal(TestRecords.Tokayev.Id, Assert.Single(await test.Store.FindEntitiesAsync("Tokaev", now)).Id);
        Assert.Equal(TestRecords.Article.Id, Assert.Single(await test.Store.FindSourcesAsync("summit.txt", now)).Id);
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

        var then = (await test.Store.GetEntityAsync(paris.Id, before))!;
        var now = (await test.Store.GetEntityAsync(paris.Id, null))!;

        Assert.Equal("Paris, France", then.Label);
        Assert.Empty(then.Aliases);
        Assert.Equal("Paris", now.Label);
        Assert.Contains(LocalizedText.Create("Lutetia"), now.Aliases);
        Assert.Empty(await test.Store.FindEntitiesAsync("Lutetia", before));
        Assert.Single(await test.Store.FindEntitiesAsync("Lutetia", null));
    }

    [Fact]
    public async Task FindSources_ALocatorAddedLater_IsNotKnownBefore()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync([TestRecords.Article with { Locators = ["https://example.org/summit"] }]);

        Assert.Empty(await test.Store.FindSourcesAsync("https://example.org/summit", before));
        Assert.Equal(["file:summit.txt"], (await test.Store.GetSourceAsync(TestRecords.Article.Id, before))!.Locators.Select(l => l.ToString()));
        Assert.Single(await test.Store.FindSourcesAsync("https://example.org/summit", null));
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

        var then = (await test.Store.GetSourceAsync(TestRecords.Article.Id, before))!;
        var now = (await test.Store.GetSourceAsync(TestRecords.Article.Id, null))!;

        Assert.False(then.IsRedacted);
        Assert.True(then.IsTextOmitted);
        Assert.Null(then.Text);
        Assert.Equal(TestRecords.Article.Id, then.Id);
        Assert.Equal("Summit", then.Title);
        Assert.True(now.IsRedacted);
        Assert.Equal(Source.RedactedText, now.Text);
        Assert.True((await test.Store.GetStanceAsync(stanceId, before))!.IsRedacted);
        Assert.True(Assert.Single((await test.Store.GetEvidenceAsync(fact.Id, before))!.Stances).Source.IsTextOmitted);
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
}
