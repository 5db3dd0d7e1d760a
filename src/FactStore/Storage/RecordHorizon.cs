using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// What "as known at T" compares record stamps with. A run's records are stamped when its transaction starts, under
/// the write lock, but become visible when it commits; a run is counted as known from its commit stamp, so an answer
/// as known at a past moment never changes later (docs/reliability.md).
/// </summary>
internal static class RecordHorizon
{
    // Below every stamp: nothing was known before the first run committed.
    private const string BeforeAnyRecord = "";

    /// <summary>The stamp to compare with: the last run committed by <paramref name="knownAt"/>, or now when it is null.</summary>
    /// <remarks>
    /// A writer stamps its run's row a moment before its commit makes it visible; the read waits for a commit in that
    /// moment (<see cref="IWriteCoordinator.HoldCommitsAsync"/>), or a run stamped before <paramref name="knownAt"/> could be
    /// missed now and found later.
    /// </remarks>
    public static async Task<string> OfAsync(IStoreEngine dialect, DbConnection connection, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        if (knownAt is not DateTimeOffset moment)
        {
            return StoreTime.Now;
        }

        var hold = await dialect.Writers.HoldCommitsAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.Command(Sql.RecordHorizon).With("@t", StoreTime.Write(moment));
            return await command.ScalarAsync(cancellationToken).ConfigureAwait(false) as string ?? BeforeAnyRecord;
        }
        finally
        {
            if (hold is not null)
            {
                await hold.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
