using FactStore.Storage;
using FactStore.Storage.Integrity;

namespace FactStore.Integrity;

/// <summary>The store's upkeep: verification of everything it holds, and its statistics.</summary>
internal sealed class StoreMaintenance(StoreConnector connector) : IFactStoreMaintenance
{
    /// <inheritdoc/>
    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await new StoreVerifier(connector.Engine, connection).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new StoreAccessException($"Verifying {connector.Engine.DisplayName} failed: {e.Message}", connector.Engine.DisplayName, e);
        }
    }

    /// <inheritdoc/>
    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connector.Engine.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
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
        return statistics with { SizeInBytes = await connector.Engine.GetSizeAsync(connection, cancellationToken).ConfigureAwait(false) };
    }
}
