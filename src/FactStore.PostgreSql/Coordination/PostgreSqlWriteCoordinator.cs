using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using FactStore.Engines;
using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql.Coordination;

/// <summary>
/// Writers take turns by a session advisory lock on the store's schema, readers of a horizon and committers by a second
/// one: the server releases both with their session, so a crashed writer never blocks the others, on any machine.
/// </summary>
/// <remarks>
/// Imports first queue among themselves on a third lock, then take the turn only while no direct write waits for it:
/// PostgreSQL refuses a try-lock while another session waits for the lock, so a direct write beside busy importers waits
/// for the run in progress and no more.
/// </remarks>
internal sealed class PostgreSqlWriteCoordinator(string displayName, TimeSpan busyTimeout) : IWriteCoordinator
{
    // Two-key advisory locks: a class of FactStore's own ("FS" and a number), then the schema's hash.
    private const int WriteTurn = 0x46530001;
    private const int CommitGate = 0x46530002;
    private const int ImportQueue = 0x46530003;
    private const int LongestPollMilliseconds = 16;

    public async Task<IAsyncDisposable> EnterWriteTurnAsync(DbConnection connection, WriteKind kind, CancellationToken cancellationToken)
    {
        if (kind == WriteKind.Direct)
        {
            await LockAsync(connection, "pg_advisory_lock", WriteTurn, "another writer kept its turn", cancellationToken).ConfigureAwait(false);
            return new Unlock(connection, "pg_advisory_unlock", WriteTurn);
        }

        // Each import ahead may hold its turn for the busy timeout: the wait fails only when the queue stops moving.
        await using (var count = connection.Command(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = CAST(CAST(@class AS integer) AS oid) AND objid = CAST(hashtext(current_schema()) AS oid) AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").With("@class", ImportQueue))
        {
            var ahead = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            await LockAsync(connection, "pg_advisory_lock", ImportQueue, "the imports ahead kept their turns", busyTimeout * (ahead + 1), cancellationToken).ConfigureAwait(false);
        }

        var queued = new Unlock(connection, "pg_advisory_unlock", ImportQueue);
        try
        {
            await YieldingLockAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await queued.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new Unlock(connection, "pg_advisory_unlock", WriteTurn, queued);
    }

    public async Task<IAsyncDisposable?> EnterCommitAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Transaction-scoped: released by the commit itself.
        await using var command = connection.Command("SELECT pg_advisory_xact_lock(CAST(@class AS integer), hashtext(current_schema()))", transaction).With("@class", CommitGate);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<IAsyncDisposable?> HoldCommitsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await LockAsync(connection, "pg_advisory_lock_shared", CommitGate, "a writer kept committing", cancellationToken).ConfigureAwait(false);
        return new Unlock(connection, "pg_advisory_unlock_shared", CommitGate);
    }

    /// <summary>Takes the write turn when no one holds it or waits for it, polling; gives up after the busy timeout.</summary>
    private async Task YieldingLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var delay = 1;
        await using var command = connection.Command("SELECT pg_try_advisory_lock(CAST(@class AS integer), hashtext(current_schema()))").With("@class", WriteTurn);
        while (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            if (waited.Elapsed >= busyTimeout)
            {
                throw new StoreAccessException($"{displayName}: direct writes kept the turn from an import for {busyTimeout}; try again, or give a longer busy timeout.", displayName);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = Math.Min(delay * 2, LongestPollMilliseconds);
        }
    }

    /// <summary>Waits at most the busy timeout: lock_timeout bounds an advisory lock's wait as any other lock's.</summary>
    private Task LockAsync(DbConnection connection, string function, int lockClass, string why, CancellationToken cancellationToken) =>
        LockAsync(connection, function, lockClass, why, busyTimeout, cancellationToken);

    /// <summary>Waits at most <paramref name="timeout"/> for a session lock.</summary>
    private async Task LockAsync(DbConnection connection, string function, int lockClass, string why, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var milliseconds = ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        await using var command = connection.Command(
            $"SELECT set_config('lock_timeout', @timeout, false); SELECT {function}(CAST(@class AS integer), hashtext(current_schema())); RESET lock_timeout")
            .With("@timeout", milliseconds).With("@class", lockClass);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await using var reset = connection.Command("RESET lock_timeout");
            await reset.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            throw new StoreAccessException($"{displayName}: {why} for {timeout}; try again, or give a longer busy timeout.", displayName, e);
        }
    }

    /// <summary>Releases a session lock, then <paramref name="then"/>.</summary>
    private sealed class Unlock(DbConnection connection, string function, int lockClass, IAsyncDisposable? then = null) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // A session lock outlives a rolled-back transaction; a broken connection's session took it with it.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var command = connection.Command($"SELECT {function}(CAST(@class AS integer), hashtext(current_schema()))").With("@class", lockClass);
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }

            if (then is not null)
            {
                await then.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
