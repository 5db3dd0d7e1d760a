using FactStore.TestSupport;
using FactStore.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Integrity;

/// <summary>
/// <see cref="FactStoreDatabase.VerifyAsync"/>: a store written by FactStore is clean; each change made behind its
/// back, triggers dropped first as a tamperer would, is found and named (issue 13, point 4: the 12 changes that went
/// unnoticed before, and more).
/// </summary>
public sealed class VerifyTests
{
    private const string DropTriggers = """
        DROP TRIGGER sources_append_only_update; DROP TRIGGER sources_append_only_delete;
        DROP TRIGGER stances_append_only_update; DROP TRIGGER stances_append_only_delete;
        DROP TRIGGER facts_append_only_update; DROP TRIGGER facts_append_only_delete;
        DROP TRIGGER retractions_append_only_update; DROP TRIGGER retractions_append_only_delete;
        DROP TRIGGER entity_aliases_append_only_update; DROP TRIGGER entity_aliases_append_only_delete;
        DROP TRIGGER import_runs_append_only_update; DROP TRIGGER import_runs_append_only_delete;
        """;

    [Fact]
    public async Task Verify_TheSeedsAsImported_IsCleanAndChecksEveryRowRunAndCitation()
    {
        await using var test = await TestStore.CreateSeededAsync();

        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(test.SeedImports.Count, report.RunsChecked);
        Assert.Equal(171, report.CitationsChecked);
        Assert.True(report.RowsChecked > 171 + 92 + 63 + 5, $"{report.RowsChecked} rows");
        Assert.Matches("^[0-9a-f]{32}$", report.ChainHead);
    }

    [Fact]
    public async Task Verify_AStoreWithACorrectionARetractionAndARedaction_IsClean()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "President Tokaev said")]);
        await test.Store.WriteAsync([new Retraction { TargetId = fact.Id, Reason = "wrong" }]);
        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "privacy" }]);

        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(3, report.RunsChecked);
    }

    [Trait("Engine", "Sqlite")]
    [Theory]
    [InlineData("facts", "UPDATE facts SET statement = statement || ' (edited)' WHERE seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("sources", "UPDATE sources SET title = 'Edited' WHERE seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("sources", "UPDATE sources SET publisher = 'Edited' WHERE seq = 2", IntegrityFindingKind.RowChanged)]
    [InlineData("sources", "UPDATE sources SET text = replace(text, 'CSTO', 'NATO') WHERE seq = 2", IntegrityFindingKind.ExcerptChanged)]
    [InlineData("stances", "UPDATE stances SET confidence = 0.1 WHERE seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("stances", "UPDATE stances SET quote_start = quote_start + 1, quote_end = quote_end + 1 WHERE seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("stances", "UPDATE stances SET quote_prefix = 'edited' WHERE seq = 1", IntegrityFindingKind.ExcerptChanged)]
    [InlineData("stances", "UPDATE stances SET quote_suffix = 'edited' WHERE seq = 1", IntegrityFindingKind.ExcerptChanged)]
    [InlineData("stances", "UPDATE stances SET quote = 'edited' WHERE seq = 1", IntegrityFindingKind.ExcerptChanged)]
    [InlineData("stances", "UPDATE stances SET source_hash = 'edited' WHERE seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("facts", "UPDATE facts SET recorded_at = '2001-01-01T00:00:00.0000000Z' WHERE seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("import_runs", "UPDATE import_runs SET importer = 'someone-else' WHERE chain_seq = 1", IntegrityFindingKind.RowChanged)]
    [InlineData("entity_aliases", "UPDATE entity_aliases SET alias = 'Edited' WHERE alias = 'Tokaev'", IntegrityFindingKind.RowChanged)]
    [InlineData("facts", "UPDATE facts SET valid_from_day = valid_from_day - 400 WHERE valid_from_day IS NOT NULL AND seq = (SELECT MIN(seq) FROM facts WHERE valid_from_day IS NOT NULL)", IntegrityFindingKind.RowChanged)]
    [InlineData("import_runs", "DELETE FROM stances WHERE seq = 1", IntegrityFindingKind.RunRowsChanged)]
    [InlineData("import_runs", "DELETE FROM entity_aliases WHERE alias = 'Tokaev'", IntegrityFindingKind.RunRowsChanged)]
    [InlineData("import_runs", "PRAGMA foreign_keys = OFF; DELETE FROM import_runs WHERE chain_seq = 1", IntegrityFindingKind.ChainBroken)]
    [InlineData("stances", "UPDATE stances SET quote_end = quote_start + 100000 WHERE seq = 2", IntegrityFindingKind.CitationMismatch)]
    public async Task Verify_AChangeBehindTheStoresBack_IsFoundInItsTable(string table, string tamper, IntegrityFindingKind kind)
    {
        await using var test = await TestStore.CreateSeededAsync();
        await test.Store.DisposeAsync();
        RawDatabase.Execute(test.DatabasePath, DropTriggers + tamper);
        SqliteConnection.ClearAllPools();
        await test.ReopenAsync();

        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.False(report.IsClean);
        Assert.Contains(report.Findings, f => f.Kind == kind && f.Table == table && f.RecordId is not null);
        Assert.Contains(report.Findings, f => f.Kind == IntegrityFindingKind.TriggerMissing);
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Verify_ADeletedRetraction_IsFoundAsItsRunsRowsChanged()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact]);
        var retraction = new Retraction { TargetId = fact.Id, Reason = "wrong" };
        var run = await test.Store.WriteAsync([retraction]);
        await test.Store.DisposeAsync();
        RawDatabase.Execute(test.DatabasePath, DropTriggers + "DELETE FROM retractions");
        SqliteConnection.ClearAllPools();
        await test.ReopenAsync();

        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.Contains(report.Findings, f => f.Kind == IntegrityFindingKind.RunRowsChanged && f.RecordId == run.ImportRunId);
        Assert.Contains(report.Findings, f => f.Kind == IntegrityFindingKind.CountMismatch && f.RecordId == run.ImportRunId);
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Verify_EveryFinding_IsReportedNotOnlyTheFirst()
    {
        await using var test = await TestStore.CreateSeededAsync();
        await test.Store.DisposeAsync();
        RawDatabase.Execute(test.DatabasePath, DropTriggers + "UPDATE facts SET statement = 'x' WHERE seq IN (1, 2, 3)");
        SqliteConnection.ClearAllPools();
        await test.ReopenAsync();

        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.Equal(3, report.Findings.Count(f => f.Kind == IntegrityFindingKind.RowChanged && f.Table == "facts"));
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Migrate_AStoreOfVersion3WithRecords_HashesEveryRowSoThatVerifyIsClean()
    {
        await using var test = await TestStore.CreateSeededAsync();
        await test.Store.DisposeAsync();
        Version3Store.Downgrade(test.DatabasePath);
        SqliteConnection.ClearAllPools();

        await test.ReopenAsync();
        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(test.SeedImports.Count, report.RunsChecked);
        Assert.Equal(0L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM stances WHERE row_hash IS NULL OR excerpt_hash IS NULL"));
    }

    [Fact]
    public async Task Verify_WikidataClaimReviewAndWebAnnotationImports_AreClean()
    {
        await using var test = await TestStore.CreateSeededAsync();
        await test.Store.ImportAsync("wikidata", ImportInput.FromFile(Path.Combine(RepositoryFolder.Root(), "tests", "FactStore.Tests", "Importers", "Wikidata", "Fixtures", "Q2112.json")));
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Path.Combine(RepositoryFolder.Root(), "tests", "FactStore.Tests", "Importers", "ClaimReview", "Fixtures", "datafeed.json")));

        var report = await test.Store.Maintenance.VerifyAsync();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
    }
}
