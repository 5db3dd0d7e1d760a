using System.Globalization;
using System.Text;
using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Coordination;

/// <summary>
/// Writers take turns in the order they asked, direct writes before imports still waiting. SQLite's busy handler lets
/// waiting writers poll for the write lock and whichever polls first after a commit wins, so beside busy importers a
/// small write could lose many times over. A folder beside the database (<c>facts.db-writers</c>) holds one ticket file
/// per writer waiting or writing, numbered in the order taken, a direct write's marked as such. A direct write goes when
/// no direct ticket before its own is held; an import when no import ticket before its own and no direct ticket at all
/// is held. The two writers that may then go at once (a direct write arriving during an import) take turns on SQLite's
/// own write lock: the write transaction begins <c>IMMEDIATE</c> and stamps its records inside it.
/// </summary>
/// <remarks>
/// <para>
/// A ticket file is held with an advisory lock of the operating system (<c>flock</c> on Unix, a share mode of none on
/// Windows) for as long as its writer waits and writes, and deleted when it is done, so a writer that crashes leaves a
/// file no one holds (on Windows the system deletes it): the next writer to look removes it.
/// </para>
/// <para>
/// Numbers are handed out under a lock on the folder's <c>next</c> file, after every ticket file there, and a ticket
/// file is created and held before that lock is let go: every ticket numbered before a writer's own was held before the
/// writer got its number, so a writer can never see an earlier writer's ticket not yet held. A writer that finds an
/// earlier ticket not held (its lock taken by this look) knows its writer is gone, since no number is handed out twice.
/// </para>
/// <para>
/// On a file system without advisory locks (some network shares, or <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>)
/// every ticket looks abandoned, so writers go at once and SQLite's busy handler decides, as without the queue.
/// </para>
/// </remarks>
internal sealed class WriterQueue(string databasePath, TimeSpan timeout)
{
    private const int TicketDigits = 19;
    private const string DirectMark = ".direct";
    private const int TakingPoll = 8;
    private const int PollPerWriterAhead = 8;
    private const int LongestPoll = 64;

    private readonly string _folder = databasePath + "-writers";

    /// <summary>The folder of ticket files.</summary>
    public string Folder => _folder;

    /// <summary>
    /// Takes a ticket and waits until every writer that took one earlier is done; the turn is held until disposed.
    /// Waiting fails when a writer ahead holds its turn longer than the timeout; it never fails while the queue moves.
    /// </summary>
    /// <exception cref="StoreAccessException">The queue did not move for the timeout, or its folder cannot be used.</exception>
    public async Task<IDisposable> EnterAsync(WriteKind kind, CancellationToken cancellationToken)
    {
        try
        {
            var direct = kind == WriteKind.Direct;
            var (ticket, number) = await TakeTicketAsync(direct, cancellationToken).ConfigureAwait(false);
            try
            {
                await WaitForTurnAsync(number, direct, cancellationToken).ConfigureAwait(false);
                return new Turn(ticket, this);
            }
            catch
            {
                await ticket.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreAccessException($"Cannot take a writer's turn in {_folder}: {e.Message}", databasePath, e);
        }
    }

    private async Task<(FileStream Ticket, long Number)> TakeTicketAsync(bool direct, CancellationToken cancellationToken)
    {
        var started = Environment.TickCount64;
        var delay = 1;
        while (true)
        {
            FileStream next;
            try
            {
                Directory.CreateDirectory(_folder);
                next = new FileStream(Path.Combine(_folder, "next"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Environment.TickCount64 - started < timeout.TotalMilliseconds)
            {
                // Another writer is taking a ticket: a few microseconds.
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = Math.Min(delay * 2, TakingPoll);
                continue;
            }

            using (next)
            {
                try
                {
                    return TakeTicket(next, direct);
                }
                catch (DirectoryNotFoundException) when (Environment.TickCount64 - started < timeout.TotalMilliseconds)
                {
                    // The last writer out removed the folder under this one (RemoveFolderIfUnused): make it again.
                }
            }
        }
    }

    private (FileStream Ticket, long Number) TakeTicket(FileStream next, bool direct)
    {
        var buffer = new byte[32];
        var read = next.Read(buffer);

        // After every ticket in the folder too: the counter may be new, damaged (a writer crashed while writing it) or
        // behind (the folder was copied or edited).
        var counter = long.TryParse(Encoding.ASCII.GetString(buffer, 0, read), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var number = Math.Max(counter, Tickets().Select(t => t.Number + 1).DefaultIfEmpty(0).Max());
        FileStream ticket;
        while (true)
        {
            try
            {
                ticket = new FileStream(TicketPath(number, direct), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                break;
            }
            catch (IOException) when (File.Exists(TicketPath(number, direct)))
            {
                // Left by a writer that crashed before it wrote the counter.
                number++;
            }
        }

        try
        {
            next.SetLength(0);
            next.Position = 0;
            next.Write(Encoding.ASCII.GetBytes((number + 1).ToString(CultureInfo.InvariantCulture)));
            next.Flush();
            return (ticket, number);
        }
        catch
        {
            ticket.Dispose();
            throw;
        }
    }

    /// <summary>Waits until no ticket ahead is held; on a thread of its own when it has to wait at all.</summary>
    private Task WaitForTurnAsync(long number, bool direct, CancellationToken cancellationToken) =>
        FirstHeldAhead(number, direct) is null
            ? Task.CompletedTask
            : Task.Factory.StartNew(() => WaitForTurn(number, direct, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Looks at the earliest held ticket before this one: the next in line every few milliseconds, a writer further back
    /// less often. A look is a directory listing and a failed open. Measured on the 2-core test machine, looking every
    /// 8 ms cost about 3% of a core on a thread of its own that sleeps in between, 6% when <c>Task.Delay</c> woke the
    /// thread pool for each look.
    /// </summary>
    private void WaitForTurn(long number, bool direct, CancellationToken cancellationToken)
    {
        var head = long.MaxValue;
        var since = Environment.TickCount64;
        var delay = 1;
        while (FirstHeldAhead(number, direct) is (long first, int ahead))
        {
            if (first != head)
            {
                // The queue moved: the wait starts afresh.
                (head, since, delay) = (first, Environment.TickCount64, 1);
            }
            else if (Environment.TickCount64 - since > timeout.TotalMilliseconds)
            {
                throw new StoreAccessException(
                    $"Another process has been writing to {databasePath} for longer than the busy timeout ({timeout}) while this write waited its turn; nothing was written: try again later or raise FactStoreOptions.BusyTimeout.",
                    databasePath);
            }

            if (cancellationToken.WaitHandle.WaitOne(delay))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            delay = Math.Min(delay * 2, Math.Min(PollPerWriterAhead * ahead, LongestPoll));
        }
    }

    /// <summary>
    /// The earliest ticket ahead of this one that a live writer holds, and how many tickets from it on are ahead; tickets
    /// left by crashed writers are removed. Ahead of a direct write: the direct tickets before it; ahead of an import: the
    /// import tickets before it and every direct ticket.
    /// </summary>
    private (long First, int Ahead)? FirstHeldAhead(long number, bool direct)
    {
        var earlier = Tickets().Where(t => t.Direct ? t.Number < number || !direct : t.Number < number && !direct).OrderBy(t => t.Number).ToList();
        for (var i = 0; i < earlier.Count; i++)
        {
            var path = earlier[i].Path;
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None))
                {
                }

                // Not held: its writer is done or gone without deleting it.
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held (or, on Windows, being deleted: it is looked at again at the next poll).
                if (e is not (FileNotFoundException or DirectoryNotFoundException) && File.Exists(path))
                {
                    return (earlier[i].Number, earlier.Count - i);
                }
            }
        }

        return null;
    }

    private IEnumerable<(long Number, bool Direct, string Path)> Tickets()
    {
        foreach (var path in Directory.EnumerateFiles(_folder))
        {
            var name = Path.GetFileName(path);
            var direct = name.EndsWith(DirectMark, StringComparison.Ordinal);
            var digits = direct ? name[..^DirectMark.Length] : name;
            if (digits.Length == TicketDigits && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                yield return (number, direct, path);
            }
        }
    }

    /// <summary>
    /// After the last writer's turn the folder goes, as SQLite's <c>-wal</c> and <c>-shm</c> files do when the last
    /// connection closes. A writer taking a ticket meanwhile keeps it (a folder that is not empty is not deleted) or
    /// makes it again (taking a ticket retries when the folder is gone); its number still comes after every ticket held.
    /// </summary>
    private void RemoveFolderIfUnused()
    {
        try
        {
            if (!Tickets().Any())
            {
                File.Delete(Path.Combine(_folder, "next"));
                Directory.Delete(_folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another writer is in it: the last one out removes it.
        }
    }

    /// <summary>A writer's turn: its ticket, held until disposed.</summary>
    private sealed class Turn(FileStream ticket, WriterQueue queue) : IDisposable
    {
        public void Dispose()
        {
            ticket.Dispose();
            queue.RemoveFolderIfUnused();
        }
    }

    private string TicketPath(long number, bool direct) =>
        Path.Combine(_folder, number.ToString("D19", CultureInfo.InvariantCulture) + (direct ? DirectMark : ""));
}
