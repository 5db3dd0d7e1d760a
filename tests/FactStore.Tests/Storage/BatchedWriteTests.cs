using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>
/// On PostgreSQL the writer queues the inserts of facts, stances and retractions and sends them in batches; on SQLite it
/// runs each at once. Either way a run must come out the same: counts, supersession, digests, and a refused row named
/// by its own record. The suite runs these on both engines (FACTSTORE_TEST_ENGINE).
/// </summary>
public class BatchedWriteTests
{
    private const string Refused = "Refuse me.";

    [Fact]
    public async Task Write_MoreFactsThanOneBatch_CountsEachAsAddedOrUnchangedAndVerifies()
    {
        await using var test = await TestStore.CreateAsync();
        var facts = Enumerable.Range(0, 1234).Select(Numbered).ToList();

        var first = await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Article, .. facts, .. facts.Take(300).Select(f => TestRecords.Says(f, "Tokaev"))]);
        var again = await test.Store.WriteAsync([.. facts, Numbered(5000), .. facts.Take(10).Select(f => TestRecords.Says(f, "Tokaev"))]);

        Assert.Equal((1234, 300, 0), (first.FactsAdded, first.StancesAdded, first.Unchanged));
        Assert.Equal((1, 0, 1244), (again.FactsAdded, again.StancesAdded, again.Unchanged));
        Assert.Equal(1235, (await test.Store.FindFactsAsync(new FactQuery { Subject = TestRecords.Tokayev.Id, Limit = 5000 })).Count);
        var report = await test.Store.Maintenance.VerifyAsync();
        Assert.True(report.IsClean, string.Join("\n", report.Findings));
    }

    [Fact]
    public async Task Write_KeyedFactCorrectedAndRetractedInTheSameRun_SeesItsEarlierVersion()
    {
        await using var test = await TestStore.CreateAsync();
        var first = Numbered(1) with { StatementKey = "k" };
        var second = Numbered(2) with { StatementKey = "k" };
        var other = Numbered(3);

        var result = await test.Store.WriteAsync([TestRecords.Tokayev, first, other, second, new Retraction { TargetId = other.Id, Reason = "wrong" }]);

        Assert.Equal((3, 1, 0), (result.FactsAdded, result.RetractionsAdded, result.Unchanged));
        var current = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = TestRecords.Tokayev.Id }));
        Assert.Equal((second.Statement, first.Id), (current.Statement, current.Supersedes));
    }

    [Fact]
    public async Task Import_DryRun_CountsWhatAWriteWouldAddAndWritesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        StoreRecord[] records = [TestRecords.Tokayev, .. Enumerable.Range(0, 700).Select(Numbered)];

        var dry = await test.Store.ImportAsync(new ListImporter(records), ImportInput.FromBytes("dry", "1"u8.ToArray()), new ImportOptions { DryRun = true });
        var real = await test.Store.ImportAsync(new ListImporter(records), ImportInput.FromBytes("real", "2"u8.ToArray()));

        Assert.Equal((700, 1), (dry.FactsAdded, dry.EntitiesAdded));
        Assert.Equal((dry.FactsAdded, dry.EntitiesAdded, dry.AliasesAdded, dry.Unchanged), (real.FactsAdded, real.EntitiesAdded, real.AliasesAdded, real.Unchanged));
    }

    [Fact]
    public async Task Write_ARowTheDatabaseRefuses_NamesItsOwnRecordNotALaterOneAndWritesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);
        RawDatabase.RefuseFactStatement(test.DatabasePath, Refused);
        var refused = Numbered(2) with { Statement = Refused };

        // The fact after it would be refused by the writer itself (its source is unknown), once the refused one has run.
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync(
            [Numbered(1), refused, Numbered(3), TestRecords.Says(Numbered(3), "Tokaev")]));

        Assert.Equal(refused.Id, error.RecordId);
        Assert.StartsWith("the database refused it: ", error.Reason, StringComparison.Ordinal);
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery()));
    }

    [Fact]
    public async Task Import_SkippingBadRecords_ARefusedRowIsUndoneAndSkippedAndTheRestVerifies()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Article]);
        RawDatabase.RefuseFactStatement(test.DatabasePath, Refused);
        var refused = Numbered(2) with { Statement = Refused };
        var records = new StoreRecord[] { Numbered(1), refused, Numbered(3), TestRecords.Says(Numbered(3), "Tokaev") };

        var result = await test.Store.ImportAsync(new ListImporter(records), ImportInput.FromBytes("skip", "s"u8.ToArray()), new ImportOptions { SkipBadRecords = true });

        Assert.Equal((2, 1), (result.FactsAdded, result.StancesAdded));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("fact", skipped.RecordType);
        Assert.StartsWith("the database refused it: ", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(2, (await test.Store.FindFactsAsync(new FactQuery())).Count);
        var report = await test.Store.Maintenance.VerifyAsync();
        Assert.True(report.IsClean, string.Join("\n", report.Findings));
    }

    private static Fact Numbered(int i) => TestRecords.Presides() with { Statement = $"Statement {i}.", Object = FactObject.Literal("office " + i) };
}
