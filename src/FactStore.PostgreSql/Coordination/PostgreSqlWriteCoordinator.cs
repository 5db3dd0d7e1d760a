using System.Data.Common;
using System.Globalization;
using FactStore.Engines;
using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql.Coordination;

/// <summary>
/// Writers take turns by a session advisory lock on the store's schema, readers of a horizon and committers by a second
/// one: the server releases both with their session, so a crashed writer never blocks the others, on any machine.
/// </summary>
internal sealed class PostgreSqlWriteCoordinator(string displayName, TimeSpan busyTimeout) : IWriteCoordinator
{
    // Two-key advisory locks: a class of FactStore's own ("FS" and a number), then the schema's hash.
    private const int WriteTurn = 0x46530001;
    private const int CommitGate = 0x46530002;

    public async Task<IAsyncDisposable> EnterWriteTurnAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await LockAsync(connection, "pg_advisory_lock", WriteTurn, "another writer kept its turn", cancellationToken).ConfigureAwait(false);
        return new Unlock(connection, "pg_advisory_unlock", WriteTurn);
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

    /// <summary>Waits at most the busy timeout: lock_timeout bounds an advisory lock's wait as any other lock's.</summary>
    private async Task LockAsync(DbConnection connection, string function, int lockClass, string why, CancellationToken cancellationToken)
    {
        var milliseconds = ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
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
            throw new StoreAccessException($"{displayName}: {why} for {busyTimeout}; try again, or give a longer busy timeout.", displayName, e);
        }
    }

    private sealed class Unlock(DbConnection connection, string function, int lockClass) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                return;
            }

            // A session lock outlives a rolled-back transaction; a broken connection's session took it with it.
            await using var command = connection.Command($"SELECT {function}(CAST(@class AS integer), hashtext(current_schema()))").With("@class", lockClass);
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
