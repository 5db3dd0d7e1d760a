using System.Data.Common;
using FactStore.Storage;

namespace FactStore.Exporting;

/// <summary>
/// The readers an export needs beyond <see cref="RecordReader"/>'s: columns read by name, and each record checked
/// against its stored id like every other read.
/// </summary>
internal static class ExportRecordReader
{
    /// <summary>Reads a redaction (the tombstone) from a row of <see cref="Sql.ExportRedactions"/>.</summary>
    public static Redaction Redaction(DbDataReader r)
    {
        var redaction = new Redaction
        {
            TargetId = r.GetString(r.GetOrdinal("target_id")),
            Reason = r.GetString(r.GetOrdinal("reason")),
            Provenance = new Provenance
            {
                RecordedAt = StoreTime.Read(r.GetString(r.GetOrdinal("recorded_at"))),
                ImportRunId = r.GetString(r.GetOrdinal("run_id")),
                Importer = r.GetString(r.GetOrdinal("importer")),
                ImporterVersion = r.GetString(r.GetOrdinal("importer_version")),
                Input = r.GetString(r.GetOrdinal("input")),
            },
        };
        var storedId = r.GetString(r.GetOrdinal("id"));
        return redaction.Id == storedId ? redaction : throw new RecordIntegrityException(storedId, redaction.Id);
    }

    /// <summary>Reads owner-and-value rows (<see cref="Sql.ExportLocators"/>, <see cref="Sql.ExportAliases"/>) into lists per owner, in row order.</summary>
    public static async Task<Dictionary<string, List<string>>> GroupedAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = connection.Command(sql);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var owner = reader.GetOrdinal("owner_id");
        var value = reader.GetOrdinal("value");
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(owner);
            if (!grouped.TryGetValue(id, out var values))
            {
                grouped[id] = values = [];
            }

            values.Add(reader.GetString(value));
        }

        return grouped;
    }
}
