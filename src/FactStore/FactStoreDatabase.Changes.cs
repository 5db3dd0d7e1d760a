using System.Text;
using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    private static readonly Dictionary<string, ChangeKind> ChangeKinds = new(StringComparer.Ordinal)
    {
        ["source-added"] = ChangeKind.SourceAdded,
        ["locator-added"] = ChangeKind.LocatorAdded,
        ["entity-added"] = ChangeKind.EntityAdded,
        ["entity-relabelled"] = ChangeKind.EntityRelabelled,
        ["alias-added"] = ChangeKind.AliasAdded,
        ["external-id-added"] = ChangeKind.ExternalIdAdded,
        ["fact-added"] = ChangeKind.FactAdded,
        ["fact-corrected"] = ChangeKind.FactCorrected,
        ["stance-added"] = ChangeKind.StanceAdded,
        ["stance-corrected"] = ChangeKind.StanceCorrected,
        ["retracted"] = ChangeKind.Retracted,
        ["redacted"] = ChangeKind.Redacted,
    };

    /// <inheritdoc/>
    public Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default) => GetChangesAsync(query, null, cancellationToken);

    /// <summary>The changes known at <paramref name="knownAt"/> (none recorded later, whatever <see cref="ChangeQuery.Until"/> says), or now when it is <see langword="null"/>.</summary>
    internal async Task<Page<Change>> GetChangesAsync(ChangeQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = ChangeCursor.Read(query.After);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(query.RecordId is null ? Sql.Changes : Sql.ChangesOfRecord)
            .With("@record", query.RecordId)
            .With("@since", query.Since is null ? "" : await RecordHorizon.OfAsync(_engine, connection, query.Since, cancellationToken).ConfigureAwait(false))
            .With("@until", await RecordHorizon.OfAsync(_engine, connection, Earlier(query.Until, knownAt), cancellationToken).ConfigureAwait(false))
            .With("@after_time", after.RecordedAt).With("@after_id", after.RecordId).With("@after_kind", after.Kind).With("@after_detail", after.Detail)
            .With("@limit", query.Limit + 1);

        var changes = new List<Change>();
        var keys = new List<ChangeCursor>();
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new Row(reader, command.CommandText);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var kind = row.String("kind");
                var change = new Change
                {
                    Kind = ChangeKinds[kind],
                    RecordId = row.String("record_id"),
                    TargetId = row.NullableString("target_id"),
                    Detail = row.NullableString("detail"),
                    Provenance = RecordReader.Provenance(row),
                };
                changes.Add(change);
                keys.Add(new ChangeCursor(row.String("recorded_at"), change.RecordId, kind, change.Detail ?? ""));
            }
        }

        // One row more than the limit was asked for: its presence says that another page follows.
        var hasMore = changes.Count > query.Limit;
        return new Page<Change>(changes.Take(query.Limit).ToList(), hasMore ? keys[query.Limit - 1].Write() : null);

        static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
    }

    /// <summary>Where a page of changes stopped: the sort key of its last change.</summary>
    private sealed record ChangeCursor(string RecordedAt, string RecordId, string Kind, string Detail)
    {
        private static readonly ChangeCursor Start = new("", "", "", "");

        public string Write() =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\n', RecordedAt, RecordId, Kind, Detail)));

        public static ChangeCursor Read(string? cursor)
        {
            if (cursor is null)
            {
                return Start;
            }

            try
            {
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('\n', 4);
                if (parts.Length == 4 && ChangeKinds.ContainsKey(parts[2]))
                {
                    return new ChangeCursor(parts[0], parts[1], parts[2], parts[3]);
                }
            }
            catch (FormatException)
            {
            }

            throw new ArgumentException($"'{cursor}' is not a cursor of a list of changes: pass the NextCursor of the previous page.", nameof(cursor));
        }
    }
}
