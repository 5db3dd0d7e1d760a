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
    public static Redaction Redaction(Row r)
    {
        var redaction = new Redaction
        {
            TargetId = r.String("target_id"),
            Reason = r.String("reason"),
            ExtensionData = r.NullableString("extra"),
            Provenance = new Provenance
            {
                RecordedAt = StoreTime.Read(r.String("recorded_at")),
                ImportRunId = r.String("run_id"),
                Importer = r.String("importer"),
                ImporterVersion = r.String("importer_version"),
                Input = r.String("input"),
            },
        };
        var storedId = r.String("id");
        return redaction.Id == storedId ? redaction : throw new RecordIntegrityException(storedId, redaction.Id);
    }

    /// <summary>Reads rows that belong to an owner (<c>owner_id</c>: a source's locators, an entity's aliases) into lists per owner, in row order.</summary>
    public static Task<Dictionary<string, List<T>>> GroupedAsync<T>(DbConnection connection, string sql, Func<Row, T> read, CancellationToken cancellationToken) =>
        RecordSetReader.GroupedAsync(connection.Command(sql).With("@known", StoreTime.Now), read, cancellationToken);
}
