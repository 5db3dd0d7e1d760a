using FactStore.Storage;
using FactStore.Storage.Integrity;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    /// <summary>
    /// Checks the whole store for changes made outside FactStore (docs/reliability.md): every row against the hash of all
    /// its columns, every source text and quote against its own hash, every import run against the digest of its rows
    /// and its link in the hash chain of runs, every run's counts, every citation's offsets against its source's text,
    /// and the triggers that keep the store append-only. Reads the store once; writes nothing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Every finding, each naming its table and record; <see cref="VerificationReport.IsClean"/> when there are none.</returns>
    /// <exception cref="StoreAccessException">The database could not be read.</exception>
    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await new StoreVerifier(_engine, connection).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new StoreAccessException($"Verifying {DatabasePath} failed: {e.Message}", DatabasePath, e);
        }
    }

    /// <summary>What the store holds: rows by record type, runs, the schema version and the size of its files.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The counts, read in one snapshot.</returns>
    /// <exception cref="StoreAccessException">The database could not be read.</exception>
    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _engine.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
        StoreStatistics statistics;
        await using (var command = connection.Command(Sql.Statistics, transaction))
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var row = new Row(reader);
            statistics = new StoreStatistics
            {
                Records = Sql.StatisticsColumns.ToDictionary(c => c, row.Long, StringComparer.Ordinal),
                Runs = row.Long("runs"),
                LastRecordedAt = row.NullableString("last_recorded_at") is string last ? StoreTime.Read(last) : null,
                SchemaVersion = (int)row.Long("schema_version"),
                SizeInBytes = 0,
            };
        }

        // Read once the statistics' reader is closed: a connection runs one command at a time on some engines.
        return statistics with { SizeInBytes = await _engine.GetSizeAsync(connection, cancellationToken).ConfigureAwait(false) };
    }
}
