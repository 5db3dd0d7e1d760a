using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// Reads a set of entities as known at a time in four queries whatever their number (the entities, then their aliases,
/// external ids and descriptions), for reads that return many; the ids are bound as parameters.
/// </summary>
internal static class EntityBatch
{
    public static async Task<IReadOnlyDictionary<string, Entity>> ReadAsync(
        DbConnection connection, IReadOnlyCollection<string> ids, string known, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return entities;
        }

        var set = "(" + string.Join(", ", ids.Select((_, i) => "@e" + i)) + ")";
        var aliases = await ListsAsync(
            connection, ids, known, $"""
            SELECT a.entity_id, a.alias AS a, a.language AS b FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.entity_id IN {set} AND a.alias <> {Sql.CurrentLabel} AND a.recorded_at <= @known ORDER BY a.recorded_at, a.alias
            """, (a, b) => LocalizedText.Create(a, b), cancellationToken).ConfigureAwait(false);
        var externalIds = await ListsAsync(
            connection, ids, known, $"""
            SELECT entity_id, scheme AS a, value AS b FROM entity_external_ids WHERE entity_id IN {set} AND recorded_at <= @known ORDER BY recorded_at, scheme, value
            """, (a, b) => ExternalId.Create(a, b!), cancellationToken).ConfigureAwait(false);
        var descriptions = await ListsAsync(
            connection, ids, known, $"""
            SELECT entity_id, language AS a, text AS b FROM entity_descriptions WHERE entity_id IN {set} AND recorded_at <= @known ORDER BY recorded_at, language, text
            """, (a, b) => LocalizedText.Create(b!, a.Length == 0 ? null : a), cancellationToken).ConfigureAwait(false);

        await using var command = Bind(connection.Command(Sql.SelectEntity + $" WHERE e.id IN {set} AND e.recorded_at <= @known"), ids, known);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = row.String("id");
            entities[id] = RecordReader.Entity(row, Of(aliases, id), Of(externalIds, id), Of(descriptions, id));
        }

        return entities;
    }

    private static List<T> Of<T>(Dictionary<string, List<T>> lists, string id) => lists.TryGetValue(id, out var list) ? list : [];

    private static DbCommand Bind(DbCommand command, IReadOnlyCollection<string> ids, string known)
    {
        var i = 0;
        foreach (var id in ids)
        {
            command.With("@e" + i++, id);
        }

        return command.With("@known", known);
    }

    /// <summary>Runs a query of (entity_id, a, b) rows and groups what <paramref name="map"/> makes of them by entity, in row order.</summary>
    private static async Task<Dictionary<string, List<T>>> ListsAsync<T>(
        DbConnection connection, IReadOnlyCollection<string> ids, string known, string sql, Func<string, string?, T> map, CancellationToken cancellationToken)
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await using var command = Bind(connection.Command(sql), ids, known);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = row.String("entity_id");
            if (!lists.TryGetValue(id, out var list))
            {
                lists[id] = list = [];
            }

            list.Add(map(row.String("a"), row.NullableString("b")));
        }

        return lists;
    }
}
