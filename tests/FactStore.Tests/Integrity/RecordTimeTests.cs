using FactStore.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Integrity;

/// <summary>
/// Issue 13, defect 1: an answer "as known at T" for a past T never changes. A run is known from its commit, not from
/// the start of its transaction, so a reader asking about a moment during a long import gets, during it and after it,
/// the store as it was before the import.
/// </summary>
public sealed class RecordTimeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-record-time-").FullName;

    [Fact]
    public async Task KnownAt_AMomentDuringALongImport_GivesTheSameAnswerDuringAndAfterIt()
    {
        var path = Path.Combine(_folder, "facts.db");
        await using var writer = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path));
        await using var reader = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path));
        await writer.WriteAsync([TestRecords.Tokayev]);
        var importer = new GatedImporter(200);

        var import = writer.ImportAsync(importer, ImportInput.FromBytes("long import", new byte[] { 1 }));
        await importer.Midway.Task;
        var moments = new List<DateTimeOffset>();
        var during = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(5);
            moments.Add(DateTimeOffset.UtcNow);
            during.Add((await reader.AsKnownAt(moments[^1]).FindFactsAsync(new FactQuery { })).Count);
        }

        importer.Gate.SetResult();
        var result = await import;
        var after = new List<int>();
        foreach (var moment in moments)
        {
            after.Add((await reader.AsKnownAt(moment).FindFactsAsync(new FactQuery { })).Count);
        }

        Assert.Equal(200, result.FactsAdded);
        Assert.All(during, count => Assert.Equal(0, count));
        Assert.Equal(during, after);
        Assert.Equal(200, (await reader.AsKnownAt(DateTimeOffset.UtcNow).FindFactsAsync(new FactQuery { })).Count);
        Assert.Equal(200, (await reader.FindFactsAsync(new FactQuery())).Count);
    }

    [Fact]
    public async Task KnownAt_EveryRead_CountsARunFromItsCommit()
    {
        var path = Path.Combine(_folder, "reads.db");
        await using var writer = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path));
        await using var reader = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path));
        var importer = new GatedImporter(3);

        var import = writer.ImportAsync(importer, ImportInput.FromBytes("gated", new byte[] { 1 }));
        await importer.Midway.Task;
        await Task.Delay(5);
        var moment = DateTimeOffset.UtcNow;
        importer.Gate.SetResult();
        await import;

        Assert.Null(await reader.AsKnownAt(moment).GetEntityAsync(TestRecords.Tokayev.Id));
        Assert.Empty(await reader.AsKnownAt(moment).FindEntitiesAsync("Tokayev"));
        Assert.Null((await reader.AsKnownAt(moment).ResolveNameAsync("Tokayev")).Match);
        Assert.Empty(await reader.AsKnownAt(moment).SearchAsync(new SearchQuery { Text = "President" }));
        Assert.Empty(await reader.GetChangesAsync(new ChangeQuery { Until = moment }));
        Assert.NotNull(await reader.AsKnownAt(DateTimeOffset.UtcNow).GetEntityAsync(TestRecords.Tokayev.Id));
        Assert.NotEmpty(await reader.GetChangesAsync(new ChangeQuery { Since = moment }));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Yields Tokayev and half its facts, then waits at the gate before the other half: an import held open.</summary>
    private sealed class GatedImporter(int facts) : IFactImporter
    {
        public TaskCompletionSource Midway { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "gated";

        public string Version => "1";

        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new ImportItem { Record = TestRecords.Tokayev };
            for (var i = 0; i < facts; i++)
            {
                if (i == facts / 2)
                {
                    Midway.SetResult();
                    await Gate.Task.WaitAsync(cancellationToken);
                }

                yield return new ImportItem { Record = TestRecords.Presides((2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            }
        }
    }
}
