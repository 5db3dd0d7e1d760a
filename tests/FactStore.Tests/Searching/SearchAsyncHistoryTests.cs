using FactStore.Tests.Support;

namespace FactStore.Tests.Searching;

/// <summary>Search on small stores: as known at a time, corrections and retractions, redactions, sources by reference.</summary>
public class SearchAsyncHistoryTests
{
    [Fact]
    public async Task SearchAsync_KnownAtBeforeARecord_DoesNotFindIt()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromDays(1));
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([fact, TestRecords.Says(fact, "there is no need to constantly raise alarms")]);

        var then = await test.Store.AsKnownAt(before).SearchAsync(new SearchQuery { Text = "alarms" });
        var now = await test.Store.SearchAsync(new SearchQuery { Text = "alarms" });
        var statementThen = await test.Store.AsKnownAt(before).SearchAsync(new SearchQuery { Text = "President Kazakhstan", Scope = SearchScope.Statements });

        Assert.Equal([SearchHitKind.SourceText], then.Select(h => h.Kind));
        Assert.Equal([SearchHitKind.Quote, SearchHitKind.SourceText], now.Select(h => h.Kind).Order());
        Assert.Empty(statementThen);
    }

    [Fact]
    public async Task SearchAsync_RetractedFact_IsLeftOutUnlessAskedForAndAsKnownBefore()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Tokayev, fact]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([new Retraction { TargetId = fact.Id, Reason = "Wrong." }]);

        var query = new SearchQuery { Text = "President" };

        Assert.Empty(await test.Store.SearchAsync(query));
        Assert.Equal(fact.Id, Assert.Single(await test.Store.SearchAsync(query with { IncludeRetracted = true })).RecordId);
        Assert.Equal(fact.Id, Assert.Single(await test.Store.AsKnownAt(before).SearchAsync(query with { })).RecordId);
    }

    [Fact]
    public async Task SearchAsync_SupersededFact_IsLeftOutAndItsCorrectionFound()
    {
        await using var test = await TestStore.CreateAsync();
        var original = TestRecords.Presides() with { Statement = "Tokayev is Prime Minister of Kazakhstan." };
        await test.Store.WriteAsync([TestRecords.Tokayev, original]);
        var correction = TestRecords.Presides() with { Supersedes = original.Id };
        await test.Store.WriteAsync([correction]);

        var current = await test.Store.SearchAsync(new SearchQuery { Text = "Tokayev Kazakhstan" });
        var all = await test.Store.SearchAsync(new SearchQuery { Text = "Tokayev Kazakhstan", IncludeSuperseded = true });

        Assert.Equal(correction.Id, Assert.Single(current).RecordId);
        Assert.Equal(new[] { correction.Id, original.Id }.Order(StringComparer.Ordinal), all.Select(h => h.RecordId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_RetractedStance_IsLeftOutUnlessAskedFor()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "constantly raise alarms")]);
        var stance = await test.StoredAsync(TestRecords.Says(fact, "constantly raise alarms"));
        await test.Store.WriteAsync([new Retraction { TargetId = stance.Id, Reason = "Misread." }]);

        var query = new SearchQuery { Text = "alarms", Scope = SearchScope.Quotes };

        Assert.Empty(await test.Store.SearchAsync(query));
        Assert.Equal(stance.Id, Assert.Single(await test.Store.SearchAsync(query with { IncludeRetracted = true })).RecordId);
    }

    [Fact]
    public async Task SearchAsync_RedactedSource_IsNeverFoundNotEvenAsKnownBefore()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "constantly raise alarms")]);
        var before = test.Clock.GetUtcNow();
        Assert.Equal(2, (await test.Store.SearchAsync(new SearchQuery { Text = "alarms" })).Count);
        test.Clock.Advance(TimeSpan.FromDays(1));

        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Court order." }]);

        Assert.Empty(await test.Store.SearchAsync(new SearchQuery { Text = "alarms" }));
        Assert.Empty(await test.Store.AsKnownAt(before).SearchAsync(new SearchQuery { Text = "alarms", IncludeRetracted = true, IncludeSuperseded = true }));
        Assert.Empty(await test.Store.SearchAsync(new SearchQuery { Text = "CSTO summit" }));
        Assert.Single(await test.Store.SearchAsync(new SearchQuery { Text = "President Kazakhstan" }));
    }

    [Fact]
    public async Task SearchAsync_QuoteFromASourceByReference_HasNoOffsets()
    {
        await using var test = await TestStore.CreateAsync();
        var reference = new Source { Locators = ["https://example.org/summit"], Title = "Summit report" };
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([reference, TestRecords.Tokayev, fact,
            new Stance { FactId = fact.Id, SourceId = reference.Id, Position = StancePosition.Supports, Citation = new Citation { Quote = "Tokayev chaired the summit" } }]);

        var hit = Assert.Single(await test.Store.SearchAsync(new SearchQuery { Text = "chaired" }));

        Assert.Equal(SearchHitKind.Quote, hit.Kind);
        Assert.Equal(reference.Id, hit.SourceId);
        Assert.Equal("Tokayev **chaired** the summit", hit.Snippet);
        Assert.Null(hit.Start);
        Assert.Null(hit.End);
    }

    [Fact]
    public async Task SearchAsync_DryRunAndSkippedRecords_LeaveNothingInTheIndex()
    {
        await using var test = await TestStore.CreateAsync();
        var records = new StoreRecord[] { TestRecords.Article, TestRecords.Tokayev, TestRecords.Presides() };
        var result = await test.Store.ImportAsync(new ListImporter(records), ImportInput.FromBytes("dry", "x"u8.ToArray()), new ImportOptions { DryRun = true });

        Assert.Equal(3, result.SourcesAdded + result.EntitiesAdded + result.FactsAdded);

        Assert.Empty(await test.Store.SearchAsync(new SearchQuery { Text = "alarms" }));
        Assert.Empty(await test.Store.SearchAsync(new SearchQuery { Text = "President" }));
        Assert.Equal(0L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM names_search"));
        Assert.Empty((await test.Store.ResolveNameAsync("Tokayev")).Candidates);
    }
}
