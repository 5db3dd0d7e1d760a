using System.Globalization;
using FactStore.Sqlite.Coordination;
using FactStore.Sqlite.Search;
using FactStore.Sqlite.Schema;
using FactStore.Sqlite;
using FactStore.Engines;
using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>
/// Writers take turns in the order they asked (issue 13, defect 7), direct writes before imports still waiting. Nothing here measures time: a turn that must not
/// come yet is checked after giving it a moment to come wrongly, and every wait that must end has a long safety net.
/// </summary>
[Trait("Engine", "Sqlite")]
public sealed class WriterQueueTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(150);

    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-queue-").FullName;

    private string DatabasePath => Path.Combine(_folder, "facts.db");

    private string Writers => DatabasePath + "-writers";

    [Fact]
    public async Task Turns_GoInTheOrderAsked()
    {
        var queues = Enumerable.Range(0, 4).Select(_ => new WriterQueue(DatabasePath, Long)).ToList();
        var first = await queues[0].EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long);
        var waiting = new List<Task<IDisposable>>();
        foreach (var queue in queues.Skip(1))
        {
            waiting.Add(queue.EnterAsync(WriteKind.Import, CancellationToken.None));
            await TicketsHeldAsync(waiting.Count + 1);
        }

        await Task.Delay(Moment);
        Assert.All(waiting, w => Assert.False(w.IsCompleted));

        first.Dispose();
        for (var i = 0; i < waiting.Count; i++)
        {
            var turn = await waiting[i].WaitAsync(Long);
            await Task.Delay(Moment);
            Assert.All(waiting.Skip(i + 1), w => Assert.False(w.IsCompleted));
            turn.Dispose();
        }

        Assert.Empty(TicketFiles());
    }

    [Fact]
    public async Task Folder_GoesWithTheLastWritersTurn_AndComesBackForTheNext()
    {
        var first = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long);
        var second = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None);
        await TicketsHeldAsync(2);

        first.Dispose();
        var turn = await second.WaitAsync(Long);
        Assert.True(Directory.Exists(Writers));
        turn.Dispose();
        Assert.False(Directory.Exists(Writers));

        using (await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long))
        {
            Assert.Single(TicketFiles());
        }

        Assert.False(Directory.Exists(Writers));
    }

    [Fact]
    public async Task Write_ByTheOnlyWriter_LeavesNoFolderBesideTheStore()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));

        await store.WriteAsync([TestRecords.Csto]);

        Assert.False(Directory.Exists(Writers));
    }

    [Fact]
    public async Task Turn_TicketOfACrashedWriter_IsSkippedAndRemoved()
    {
        Directory.CreateDirectory(Writers);
        var abandoned = TicketPath(3);
        File.WriteAllBytes(abandoned, []);
        File.WriteAllText(Path.Combine(Writers, "next"), "5");

        using (await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long))
        {
            Assert.False(File.Exists(abandoned));
            Assert.Equal([TicketPath(5)], TicketFiles());
        }

        Assert.Empty(TicketFiles());
    }

    [Fact]
    public async Task Turn_WriterAheadHoldsLongerThanTheTimeout_FailsNamingTheDatabaseAndLeavesNoTicket()
    {
        using var ahead = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long);

        var error = await Assert.ThrowsAsync<StoreAccessException>(
            () => new WriterQueue(DatabasePath, TimeSpan.FromMilliseconds(200)).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long));

        Assert.Equal(DatabasePath, error.Database);
        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("BusyTimeout", error.Message, StringComparison.Ordinal);
        Assert.Equal([TicketPath(0)], TicketFiles());
    }

    [Fact]
    public async Task Turn_CancelledWhileWaiting_ReleasesItsTicket()
    {
        var ahead = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long);
        using var cancel = new CancellationTokenSource();
        var cancelled = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, cancel.Token);
        await TicketsHeldAsync(2);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Long));
        Assert.Equal([TicketPath(0)], TicketFiles());
        var later = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None);
        await TicketsHeldAsync(2);
        ahead.Dispose();
        (await later.WaitAsync(Long)).Dispose();
    }

    [Theory]
    [InlineData("not a number")]
    [InlineData("")]
    [InlineData("0")]
    public async Task Turn_DamagedCounter_StillComesAfterEveryHeldTicket(string counter)
    {
        var first = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long);
        var second = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None);
        await TicketsHeldAsync(2);
        File.WriteAllText(Path.Combine(Writers, "next"), counter);

        var third = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None);
        await TicketsHeldAsync(3);

        Assert.Equal([TicketPath(0), TicketPath(1), TicketPath(2)], TicketFiles());
        await Task.Delay(Moment);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(Long)).Dispose();
        (await third.WaitAsync(Long)).Dispose();
    }

    /// <summary>
    /// Through the public API: store A imports and stops mid-stream holding the write lock; stores B, C, D and E on the
    /// same file each ask to write after the one before has its ticket; they commit in the order they asked. With
    /// SQLite's busy handler alone their order was a draw.
    /// </summary>
    [Fact]
    public async Task SmallWrites_BehindAnImport_CommitInTheOrderAsked()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        var import = a.ImportAsync(new BlockingImporter(started, release.Task), ImportInput.FromBytes("a", "a"u8.ToArray()));
        await started.Task.WaitAsync(Long);

        var stores = new List<FactStoreDatabase>();
        var writes = new List<Task<ImportResult>>();
        try
        {
            foreach (var name in (string[])["B", "C", "D", "E"])
            {
                var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
                stores.Add(store);
                // On a thread of its own: without the queue, SQLite's busy handler would block the caller.
                writes.Add(Task.Run(() => store.WriteAsync([Writer(name)])));
                await TicketsHeldAsync(writes.Count + 1);
            }

            Assert.All(writes, w => Assert.False(w.IsCompleted));
            release.SetResult();
            await import.WaitAsync(Long);
            await Task.WhenAll(writes).WaitAsync(Long);
        }
        finally
        {
            release.TrySetResult();
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        Assert.Equal(
            "A B C D E",
            RawDatabase.Scalar(DatabasePath, "SELECT group_concat(label, ' ') FROM (SELECT label FROM entities ORDER BY recorded_at, seq)"));
        Assert.Empty(TicketFiles());
    }

    [Fact]
    public async Task DirectTurn_BesideAnImportWritingAndOneWaiting_ComesAtOnceAndHoldsBackTheWaitingImport()
    {
        var writing = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None).WaitAsync(Long);
        var waiting = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Import, CancellationToken.None);
        await TicketsHeldAsync(2);

        // The import writing keeps SQLite's write lock; the direct write waits there for it, not behind the queue.
        var direct = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Direct, CancellationToken.None).WaitAsync(Long);
        Assert.Equal([TicketPath(0), TicketPath(1), TicketPath(2) + ".direct"], TicketFiles());
        writing.Dispose();
        await Task.Delay(Moment);
        Assert.False(waiting.IsCompleted);

        direct.Dispose();
        (await waiting.WaitAsync(Long)).Dispose();
        Assert.Empty(TicketFiles());
    }

    [Fact]
    public async Task DirectTurns_GoInTheOrderAsked()
    {
        var first = await new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Direct, CancellationToken.None).WaitAsync(Long);
        var second = new WriterQueue(DatabasePath, Long).EnterAsync(WriteKind.Direct, CancellationToken.None);
        await TicketsHeldAsync(2);

        await Task.Delay(Moment);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(Long)).Dispose();
    }

    /// <summary>
    /// Through the public API: store A imports and stops mid-stream holding SQLite's write lock; store B asks to import,
    /// then store C to write one entity. C commits before B: a direct write waits for the run in progress only.
    /// </summary>
    [Fact]
    public async Task SmallWrite_BesideAnImportWaiting_CommitsBeforeIt()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        await using var b = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        await using var c = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        var import = a.ImportAsync(new BlockingImporter(started, release.Task), ImportInput.FromBytes("a", "a"u8.ToArray()));
        await started.Task.WaitAsync(Long);
        try
        {
            var queued = Task.Run(() => b.ImportAsync(new BlockingImporter(new TaskCompletionSource(), Task.CompletedTask), ImportInput.FromBytes("b", "b"u8.ToArray())));
            await TicketsHeldAsync(2);
            var write = Task.Run(() => c.WriteAsync([Writer("C")]));
            await TicketsHeldAsync(3);

            release.SetResult();
            await Task.WhenAll(import, queued, write).WaitAsync(Long);
        }
        finally
        {
            release.TrySetResult();
        }

        Assert.Equal(
            "blocking manual blocking",
            RawDatabase.Scalar(DatabasePath, "SELECT group_concat(importer, ' ') FROM (SELECT importer FROM import_runs ORDER BY chain_seq)"));
        Assert.Empty(TicketFiles());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Entity Writer(string name) => new() { Label = name, Kind = EntityKind.Organization };

    private string TicketPath(long number) => Path.Combine(Writers, number.ToString("D19", CultureInfo.InvariantCulture));

    private List<string> TicketFiles() => Directory.Exists(Writers)
        ? Directory.GetFiles(Writers).Where(f => Path.GetFileName(f).Length == 19 || f.EndsWith(".direct", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Waits until <paramref name="count"/> writers hold tickets (a writer asking has its ticket).</summary>
    private async Task TicketsHeldAsync(int count)
    {
        using var safety = new CancellationTokenSource(Long);
        while (TicketFiles().Count < count)
        {
            await Task.Delay(5, safety.Token);
        }
    }

    /// <summary>Yields one entity, says it has started (its write lock is held), then waits to be let go.</summary>
    private sealed class BlockingImporter(TaskCompletionSource started, Task release) : IFactImporter
    {
        public string Name => "blocking";

        public string Version => "1";

        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new ImportItem { Record = Writer("A") };
            started.SetResult();
            await release.WaitAsync(cancellationToken);
        }
    }
}
