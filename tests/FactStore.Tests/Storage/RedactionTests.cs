using System.Text;
using FactStore.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Storage;

/// <summary>Erasure for legal reasons: the content goes, the records and a tombstone with provenance stay.</summary>
public class RedactionTests
{
    private const string Secret = "there is no need to constantly raise alarms";

    [Fact]
    public async Task Redact_KeepsExtensionDataWhichTheTriggerStillGuards()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, Secret) with { ExtensionData = """{"reviewedBy":"desk 3"}""" };
        await test.Store.WriteAsync([TestRecords.Article with { ExtensionData = """{"batch":7}""" }, TestRecords.Tokayev, fact, stance]);

        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Court order." }]);

        Assert.Equal("""{"batch":7}""", (await test.Store.GetSourceAsync(TestRecords.Article.Id))!.ExtensionData);
        RawDatabase.AssertRefused(test.DatabasePath, "UPDATE sources SET extra = NULL");
        RawDatabase.AssertRefused(test.DatabasePath, "UPDATE stances SET extra = NULL");
    }

    [Fact]
    public async Task Redact_ErasesTheTextAndEveryExcerptButKeepsIdsAndATombstone()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, Secret);
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]);
        var storedId = (await test.StoredAsync(stance)).Id;
        test.Clock.Advance(TimeSpan.FromDays(1));

        var result = await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Court order 12/2026." }]);

        Assert.Equal(1, result.RedactionsAdded);
        var source = (await test.Store.GetSourceAsync(TestRecords.Article.Id))!;
        Assert.True(source.IsRedacted);
        Assert.Equal(Source.RedactedText, source.Text);
        Assert.Equal(TestRecords.Article.Id, source.Id);
        Assert.Equal(TestRecords.Article.ContentHash, source.ContentHash);
        Assert.Equal("Summit", source.Title);
        Assert.Equal("Court order 12/2026.", source.Redaction!.Reason);
        Assert.Equal(test.Clock.GetUtcNow(), source.Redaction.Provenance!.RecordedAt);

        var cited = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances).Stance;
        Assert.True(cited.IsRedacted);
        Assert.Equal(Source.RedactedText, cited.Citation!.Quote);
        Assert.Equal("", cited.Citation.Prefix);
        Assert.Equal(storedId, cited.Id);
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Redact_LeavesNoCopyOfTheTextInTheDatabaseFiles()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Secret)]);
        Assert.True(DatabaseFilesContain(test.DatabasePath, "constantly raise alarms"));

        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]);

        Assert.False(DatabaseFilesContain(test.DatabasePath, "constantly raise alarms"));
    }

    /// <summary>
    /// The full-text indexes keep words, lower-cased, not the text: each word of the redacted source must leave them too
    /// (FTS5's secure-delete), not only the text's own row. "minsk" is in the files only as the index's word.
    /// </summary>
    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Redact_LeavesNoWordOfTheTextInTheSearchIndexes()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Secret)]);
        string[] words = ["constantly", "alarms", "minsk", "Minsk", "November"];
        Assert.True(DatabaseFilesContain(test.DatabasePath, "minsk"));
        Assert.Equal(1L, IndexedTimes(test.DatabasePath, "sources_search", "constantly"));
        Assert.Equal(1L, IndexedTimes(test.DatabasePath, "stances_search", "constantly"));
        Assert.Equal(2, (await test.Store.SearchAsync(new SearchQuery { Text = "constantly alarms" })).Count);

        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]);

        Assert.All(words, w => Assert.False(DatabaseFilesContain(test.DatabasePath, w), w));
        Assert.All(words, w => Assert.Equal(0L, IndexedTimes(test.DatabasePath, "sources_search", w) + IndexedTimes(test.DatabasePath, "stances_search", w)));
        Assert.Empty(await test.Store.SearchAsync(new SearchQuery { Text = "constantly" }));
        Assert.Single(await test.Store.SearchAsync(new SearchQuery { Text = "Kazakhstan" }));
    }

    /// <summary>
    /// A run's rows are indexed for search before it commits, in one go: a redaction of a source written earlier in the
    /// same run must find its words in the indexes to take them out again.
    /// </summary>
    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Redact_ASourceWrittenInTheSameRun_LeavesItsWordsOutOfTheSearchIndexes()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();

        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Secret), new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]);

        foreach (var index in new[] { "facts_search", "stances_search", "sources_search" })
        {
            RawDatabase.Execute(test.DatabasePath, $"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)");
        }

        Assert.Equal(0L, IndexedTimes(test.DatabasePath, "sources_search", "constantly") + IndexedTimes(test.DatabasePath, "stances_search", "constantly"));
        Assert.Empty(await test.Store.SearchAsync(new SearchQuery { Text = "constantly" }));
        Assert.Single(await test.Store.SearchAsync(new SearchQuery { Text = "Kazakhstan" }));
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Redact_WhileAnotherConnectionReads_PurgesTheLogOnceItIsDone()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Secret)]);
        await using var reader = new SqliteConnection($"Data Source={test.DatabasePath};Pooling=False");
        await reader.OpenAsync();
        var snapshot = reader.BeginTransaction(deferred: true);
        using (var read = reader.CreateCommand())
        {
            read.Transaction = snapshot;
            read.CommandText = "SELECT COUNT(*) FROM sources";
            read.ExecuteScalar();
        }

        var redaction = Task.Run(() => test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]));
        await Task.Delay(300);
        snapshot.Commit();
        await redaction;

        Assert.False(FileContains(test.DatabasePath + "-wal", "constantly raise alarms"));
        Assert.False(FileContains(test.DatabasePath, "constantly raise alarms"));
    }

    [Fact]
    public async Task Rewrite_ASourceAfterItWasRedacted_DoesNotBringTheTextBack()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact]);
        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]);

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Article, TestRecords.Says(fact, Secret)]));
        var redacted = (await test.Store.GetSourceAsync(TestRecords.Article.Id))!;
        var again = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([redacted]));

        Assert.Contains("was redacted", error.Message, StringComparison.Ordinal);
        Assert.Contains("redacted source cannot be written", again.Message, StringComparison.Ordinal);
        Assert.False((redacted with { Text = "new text" }).IsRedacted);
    }

    [Theory]
    [InlineData("UPDATE stances SET position = 'refutes'")]
    [InlineData("UPDATE stances SET source_id = 'src_x'")]
    [InlineData("UPDATE stances SET confidence = 0.1")]
    [InlineData("UPDATE sources SET language = 'de'")]
    [InlineData("UPDATE sources SET title = 'Another'")]
    public async Task Database_AfterARedaction_StillRefusesOtherChanges(string sql)
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, Secret)]);
        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]);

        RawDatabase.AssertRefused(test.DatabasePath, sql);
    }

    [Fact]
    public async Task Cite_ARedactedSource_IsRefused()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact]);
        await test.Store.WriteAsync([new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }]);

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Says(fact, "President Tokaev said")]));

        Assert.Contains("was redacted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_UnknownSource_IsRefused()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.WriteAsync([new Redaction { TargetId = "src_00000000000000000000000000000000", Reason = "x" }]));

        Assert.Contains("no source in the store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_RefusesToEraseTextWithoutARedaction()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article]);

        RawDatabase.AssertRefused(test.DatabasePath, "UPDATE sources SET text = ''");
    }

    /// <summary>How often the index holds a word, read through a temporary fts5vocab table.</summary>
    private static long IndexedTimes(string databasePath, string index, string word) => (long)RawDatabase.Scalar(
        databasePath,
        $"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_words USING fts5vocab(main, '{index}', 'row'); SELECT COALESCE(SUM(cnt), 0) FROM temp.{index}_words WHERE term = lower('{word}')")!;

    private static bool DatabaseFilesContain(string databasePath, string text) =>
        FileContains(databasePath, text) || FileContains(databasePath + "-wal", text);

    private static bool FileContains(string path, string text)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }
}
