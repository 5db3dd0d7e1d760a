using FactStore.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FactStore.Tests.Storage;

public class AppendOnlyHistoryTests
{
    [Fact]
    public async Task Supersede_HidesTheOldFactFromOrdinaryQueriesButKeepsIt()
    {
        await using var test = await TestStore.CreateAsync();
        var original = TestRecords.Presides(from: "2018");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, original]);
        test.Clock.Advance(TimeSpan.FromDays(1));

        var correction = TestRecords.Presides(from: "2019") with { Supersedes = original.Id };
        await test.Store.WriteAsync([correction]);

        var current = await test.Store.FindFactsAsync(new FactQuery { Subject = "Tokayev" });
        var all = await test.Store.FindFactsAsync(new FactQuery { Subject = "Tokayev", IncludeSuperseded = true });
        Assert.Equal([correction.Id], current.Select(f => f.Id));
        Assert.Equal([original.Id, correction.Id], all.Select(f => f.Id));
        Assert.Equal(correction.Id, (await test.Store.GetLatestVersionAsync(original.Id))!.Id);
        var history = await test.Store.GetEvidenceAsync(original.Id);
        Assert.Equal(FactStatus.Superseded, history!.Status);
        Assert.Equal(correction.Id, history.SupersededBy);
        Assert.Equal(FactStatus.Current, (await test.Store.AsKnownAt(test.Clock.GetUtcNow().AddDays(-1)).GetEvidenceAsync(original.Id))!.Status);
    }

    [Fact]
    public async Task Retract_HidesTheFactFromThenOn()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Tokayev, fact]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));

        var result = await test.Store.WriteAsync([new Retraction { TargetId = fact.Id, Reason = "Misread the article." }]);

        Assert.Equal(1, result.RetractionsAdded);
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery()));
        Assert.Single(await test.Store.FindFactsAsync(new FactQuery { IncludeRetracted = true }));
        Assert.Single(await test.Store.AsKnownAt(before).FindFactsAsync(new FactQuery { }));
        var evidence = await test.Store.GetEvidenceAsync(fact.Id);
        Assert.Equal(FactStatus.Retracted, evidence!.Status);
        Assert.Equal("Misread the article.", evidence.Retraction!.Reason);
        Assert.Equal("manual", evidence.Retraction.Provenance!.Importer);
        Assert.Equal(FactStatus.Current, (await test.Store.AsKnownAt(before).GetEvidenceAsync(fact.Id))!.Status);
    }

    [Fact]
    public async Task Retract_UnknownTarget_IsRefused()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.WriteAsync([new Retraction { TargetId = "fct_00000000000000000000000000000000", Reason = "x" }]));

        Assert.Contains("fct_00000000000000000000000000000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_RefusesUpdatesAndDeletesOfRecords()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var retracted = TestRecords.Presides(from: "2010");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "President Tokaev said"), retracted]);
        await test.Store.WriteAsync([new Retraction { TargetId = retracted.Id, Reason = "Wrong year." }]);

        foreach (var table in new[] { "import_runs", "sources", "source_locators", "entities", "entity_aliases", "facts", "stances", "retractions" })
        {
            RawDatabase.AssertRefused(test.DatabasePath, $"UPDATE {table} SET recorded_at = 'x'");
            RawDatabase.AssertRefused(test.DatabasePath, $"DELETE FROM {table}");
        }
    }

    [Fact]
    public async Task SupersedeStance_ReplacesItInTheEvidence()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var wrong = TestRecords.Says(fact, "President Tokaev said", StancePosition.Refutes);
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, wrong]);
        test.Clock.Advance(TimeSpan.FromMinutes(5));

        var right = TestRecords.Says(fact, "President Tokaev said") with { Supersedes = (await test.StoredAsync(wrong)).Id, Origin = StanceOrigin.Curated };
        await test.Store.WriteAsync([right]);

        var evidence = await test.Store.GetEvidenceAsync(fact.Id);
        Assert.Equal([StancePosition.Supports], evidence!.Stances.Select(s => s.Stance.Position));
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Read_RowAlteredBehindTheStoresBack_IsReportedNotReturned()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article]);
        RawDatabase.Execute(test.DatabasePath, "DROP TRIGGER sources_append_only_update; UPDATE sources SET text = text || ' (edited)'");

        var error = await Assert.ThrowsAsync<RecordIntegrityException>(() => test.Store.GetSourceAsync(TestRecords.Article.Id));

        Assert.Equal(TestRecords.Article.Id, error.RecordId);
        Assert.Contains("altered outside FactStore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetractCorrection_BringsBackThePreviousVersion()
    {
        await using var test = await TestStore.CreateAsync();
        var first = TestRecords.Presides(from: "2017");
        await test.Store.WriteAsync([TestRecords.Tokayev, first]);
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = TestRecords.Presides(from: "2018") with { Supersedes = first.Id };
        await test.Store.WriteAsync([second]);
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = TestRecords.Presides(from: "2019") with { Supersedes = second.Id };
        await test.Store.WriteAsync([third]);
        Assert.Equal(third.Id, (await test.Store.GetLatestVersionAsync(first.Id))!.Id);
        test.Clock.Advance(TimeSpan.FromMinutes(1));

        await test.Store.WriteAsync([new Retraction { TargetId = third.Id, Reason = "The 2019 date was a misreading." }]);

        Assert.Equal([second.Id], (await test.Store.FindFactsAsync(new FactQuery())).Select(f => f.Id));
        Assert.Equal(second.Id, (await test.Store.GetLatestVersionAsync(first.Id))!.Id);
        Assert.Equal(second.Id, (await test.Store.GetEvidenceAsync(first.Id))!.SupersededBy);
    }

    [Fact]
    public async Task RetractStance_RemovesItFromEvidenceAndFromContested()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var supports = TestRecords.Says(fact, "President Tokaev said");
        var refutes = TestRecords.Says(fact, "The CSTO summit ended", StancePosition.Refutes);
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, supports, refutes]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromMinutes(1));

        await test.Store.WriteAsync([new Retraction { TargetId = (await test.StoredAsync(refutes)).Id, Reason = "The quote does not refute it." }]);

        Assert.Equal([StancePosition.Supports], (await test.Store.GetEvidenceAsync(fact.Id))!.Stances.Select(s => s.Stance.Position));
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery { OnlyContested = true }));
        Assert.Single(await test.Store.AsKnownAt(before).FindFactsAsync(new FactQuery { OnlyContested = true }));
    }

    [Fact]
    public async Task Retract_AnEntity_IsRefused()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.WriteAsync([TestRecords.Tokayev, new Retraction { TargetId = TestRecords.Tokayev.Id, Reason = "x" }]));

        Assert.Contains("no fact or stance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supersede_AFactThatWasAlreadyCorrected_IsRefusedNamingTheLatest()
    {
        await using var test = await TestStore.CreateAsync();
        var first = TestRecords.Presides(from: "2017");
        var second = TestRecords.Presides(from: "2018") with { Supersedes = first.Id };
        await test.Store.WriteAsync([TestRecords.Tokayev, first, second]);

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.WriteAsync([TestRecords.Presides(from: "2019") with { Supersedes = first.Id }]));

        Assert.Contains($"supersede {second.Id} instead", error.Message, StringComparison.Ordinal);
        Assert.Equal([second.Id], (await test.Store.FindFactsAsync(new FactQuery())).Select(f => f.Id));
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Write_FromAStoreWhoseClockIsBehind_StillRecordsInOrder()
    {
        await using var test = await TestStore.CreateAsync();
        var first = TestRecords.Presides(from: "2018");
        await test.Store.WriteAsync([TestRecords.Tokayev, first]);
        var firstRecorded = (await test.Store.GetFactAsync(first.Id))!.Provenance!.RecordedAt;
        var skewed = new FakeTimeProvider(firstRecorded.AddDays(-1));
        await using var behind = await FactStoreDatabase.OpenAsync(new FactStoreOptions { TimeProvider = skewed }.UseSqlite(test.DatabasePath));

        var correction = TestRecords.Presides(from: "2019") with { Supersedes = first.Id };
        await behind.WriteAsync([correction]);

        Assert.True((await test.Store.GetFactAsync(correction.Id))!.Provenance!.RecordedAt > firstRecorded);
        Assert.Equal([first.Id], (await test.Store.AsKnownAt(firstRecorded).FindFactsAsync(new FactQuery { })).Select(f => f.Id));
    }
}
