using System.Data.Common;

namespace FactStore.Storage.Integrity;

/// <summary>
/// Writes a run's row as the next link of the hash chain: its place in commit order, the hash of the run before it, the
/// digest of the rows it wrote, and its own row hash over all of these and its counts. Called last in the run's
/// transaction, when the write lock is held, so two writers can never take the same place.
/// </summary>
internal static class RunLink
{
    /// <summary>
    /// Writes the run's row. Its commit stamp is <paramref name="now"/>, or one tick after the last run's commit stamp or
    /// after the run's own record stamp when the clock reads earlier, so commit stamps follow the chain.
    /// </summary>
    public static async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, Dictionary<string, object?> values, RunDigest digest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long previousSeq = 0;
        string? previousHash = null;
        var committed = now;
        await using (var head = connection.Command(Sql.ChainHead, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                previousSeq = reader.GetInt64(0);
                previousHash = reader.IsDBNull(1) ? null : reader.GetString(1);
                if (!reader.IsDBNull(2) && StoreTime.Read(reader.GetString(2)) is var last && last >= committed)
                {
                    committed = last.AddTicks(1);
                }
            }
        }

        if (StoreTime.Read((string)values["@recorded"]!) is var recorded && recorded > committed)
        {
            committed = recorded;
        }

        values["@committed"] = StoreTime.Write(committed);
        values["@chainSeq"] = previousSeq + 1;
        values["@previousHash"] = previousHash;
        values["@rowsDigest"] = digest.ToString();
        var (_, rowHash) = InsertShape.Of(Sql.InsertRun).Hash(name => values[name]);
        values["@rowHash"] = rowHash;

        await using var insert = connection.Command(Sql.InsertRun, transaction);
        foreach (var (name, value) in values)
        {
            insert.With(name, value);
        }

        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
