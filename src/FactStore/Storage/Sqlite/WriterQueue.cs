using System.Globalization;
using System.Text;

namespace FactStore.Storage.Sqlite;

/// <summary>
/// Writers take turns in the order they asked. SQLite's busy handler lets waiting writers poll for the write lock and
/// whichever polls first after a commit wins, so beside busy importers a small write could lose many times over. A
/// folder beside the database (<c>facts.db-writers</c>) holds one ticket file per process waiting or writing, numbered
/// in the order taken; a writer goes when no ticket before its own is held.
/// </summary>
/// <remarks>
/// A ticket file is held with an advisory lock of the operating system (<c>flock</c> on Unix, share modes on Windows)
/// for as long as its writer waits and writes, and deleted when it is done, so a writer that crashes leaves a file no one
/// holds: the next writer to look removes it. Numbers are handed out under a lock on the folder's <c>next</c> file and
/// a ticket file is held before that lock is let go, so no number can be taken and not yet held.
/// </remarks>
internal sealed class WriterQueue(string databasePath, TimeSpan timeout)
{
    private const int TicketDigits = 19;
    private const int LongestPoll = 8;

    private readonly string _folder = databasePath + "-writers";

    /// <summary>The folder of ticket files.</summary>
    public string Folder => _folder;

    /// <summary>
    /// Takes a ticket and waits until every writer that took one earlier is done. Waiting fails when the writer ahead
    /// holds its turn longer than the timeout; it never fails while the queue moves.
    /// </summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        var (ticket, number) = await TakeTicketAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForTurnAsync(number, cancellationToken).ConfigureAwait(false);
            return ticket;
        }
        catch
        {
            await ticket.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<(FileStream Ticket, long Number)> TakeTicketAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            var started = Environment.TickCount64;
            var delay = 1;
            while (true)
            {
                FileStream? next = null;
                try
                {
                    next = new FileStream(Path.Combine(_folder, "next"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (Environment.TickCount64 - started < timeout.TotalMilliseconds)
                {
                    // Another writer is taking a ticket: a few microseconds.
                }

                if (next is not null)
                {
                    using (next)
                    {
                        return TakeTicket(next);
                    }
                }

                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = Math.Min(delay * 2, LongestPoll);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreAccessException($"Cannot take a writer's turn in {_folder}: {e.Message}", databasePath, e);
        }
    }

    private (FileStream Ticket, long Number) TakeTicket(FileStream next)
    {
        var buffer = new byte[32];
        var read = next.Read(buffer);
        if (!long.TryParse(Encoding.ASCII.GetString(buffer, 0, read), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            // A new folder, or a writer crashed while it wrote the counter: start after every ticket left.
            number = Tickets().Select(t => t.Number + 1).DefaultIfEmpty(0).Max();
        }

        while (true)
        {
            try
            {
                var ticket = new FileStream(TicketPath(number), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                next.SetLength(0);
                next.Write(Encoding.ASCII.GetBytes((number + 1).ToString(CultureInfo.InvariantCulture)));
                next.Flush();
                return (ticket, number);
            }
            catch (IOException) when (File.Exists(TicketPath(number)))
            {
                number++;
            }
        }
    }

    private async Task WaitForTurnAsync(long number, CancellationToken cancellationToken)
    {
        var ahead = long.MaxValue;
        var since = Environment.TickCount64;
        var delay = 1;
        while (FirstHeldBefore(number) is long first)
        {
            if (first != ahead)
            {
                // The queue moved: the wait starts afresh.
                (ahead, since, delay) = (first, Environment.TickCount64, 1);
            }
            else if (Environment.TickCount64 - since > timeout.TotalMilliseconds)
            {
                throw new StoreAccessException(
                    $"Another process has been writing to {databasePath} for longer than the busy timeout ({timeout}) while this write waited its turn; try again later or raise FactStoreOptions.BusyTimeout.",
                    databasePath);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = Math.Min(delay * 2, LongestPoll);
        }
    }

    /// <summary>The earliest ticket before <paramref name="number"/> that a live writer holds; tickets left by crashed writers are removed.</summary>
    private long? FirstHeldBefore(long number)
    {
        foreach (var (earlier, path) in Tickets().Where(t => t.Number < number).OrderBy(t => t.Number))
        {
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None))
                {
                }

                // Not held: its writer is gone without deleting it.
                File.Delete(path);
            }
            catch (FileNotFoundException)
            {
            }
            catch (IOException) when (File.Exists(path))
            {
                return earlier;
            }
            catch (IOException)
            {
            }
        }

        return null;
    }

    private IEnumerable<(long Number, string Path)> Tickets()
    {
        foreach (var path in Directory.EnumerateFiles(_folder))
        {
            var name = Path.GetFileName(path);
            if (name.Length == TicketDigits && long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                yield return (number, path);
            }
        }
    }

    private string TicketPath(long number) => Path.Combine(_folder, number.ToString("D19", CultureInfo.InvariantCulture));
}
