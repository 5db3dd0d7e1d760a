using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// Reads records by sets of ids on one connection, as known at one moment: each kind of record in a fixed number of
/// statements however many ids there are (an entity in four: itself, its aliases, external ids and descriptions; a
/// source in two: itself and its locators), the ids bound as one parameter (<see cref="ISqlDialect.StringSet"/>).
/// </summary>
internal sealed class RecordSetReader(DbConnection connection, IStoreEngine dialect, string known)
{
    /// <summary>The moment the reads answer for, as stored (<see cref="StoreTime"/>).</summary>
    public string Known => known;

    /// <summary>The subquery of the ids bound as <c>@ids</c>.</summary>
    public string Ids => dialect.Dialect.StringSet("@ids");

    /// <summary>A command with <c>@known</c> bound and, when given, the ids as <c>@ids</c>.</summary>
    public DbCommand Command(string sql, IEnumerable<string>? ids = null)
    {
        var command = connection.Command(sql).With("@known", known);
        return ids is null ? command : command.With("@ids", IdSet.Json(ids));
    }

    /// <summary>Runs a command and reads every row, then disposes the command.</summary>
    public static async Task<List<T>> ListAsync<T>(DbCommand command, Func<Row, T> read, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            var results = new List<T>();
            await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
            var row = new Row(reader, command.CommandText);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                results.Add(read(row));
            }

            return results;
        }
    }

    /// <summary>Runs a command whose rows belong to an owner (<c>owner_id</c>) and reads them into lists per owner, in row order.</summary>
    public static async Task<Dictionary<string, List<T>>> GroupedAsync<T>(DbCommand command, Func<Row, T> read, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(command, r => (Owner: r.String("owner_id"), Value: read(r)), cancellationToken).ConfigureAwait(false);
        var grouped = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (owner, value) in rows)
        {
            if (!grouped.TryGetValue(owner, out var values))
            {
                grouped[owner] = values = [];
            }

            values.Add(value);
        }

        return grouped;
    }

    /// <summary>
    /// The sources recorded by then that meet <paramref name="condition"/> (<c> AND …</c> on <c>s</c>, its parameters
    /// bound by <paramref name="bind"/>), in the order recorded, with their locators.
    /// </summary>
    public async Task<List<Source>> SourcesAsync(string condition, Action<DbCommand> bind, bool includeText, CancellationToken cancellationToken) =>
        (await StoredSourcesAsync(condition, bind, includeText, cancellationToken).ConfigureAwait(false)).ConvertAll(s => s.Source);

    /// <summary>The sources with the given ids recorded by then, by id.</summary>
    public async Task<Dictionary<string, Source>> SourcesAsync(IEnumerable<string> ids, bool includeText, CancellationToken cancellationToken)
    {
        var json = IdSet.Json(ids);
        var sources = await StoredSourcesAsync($" AND s.id IN {Ids}", c => c.With("@ids", json), includeText, cancellationToken).ConfigureAwait(false);
        return sources.ToDictionary(s => s.Id, s => s.Source, StringComparer.Ordinal);
    }

    /// <summary>Sources with the ids they are stored under (a redacted source by reference cannot tell its own).</summary>
    private async Task<List<(Source Source, string Id)>> StoredSourcesAsync(
        string condition, Action<DbCommand> bind, bool includeText, CancellationToken cancellationToken)
    {
        var command = Command(Sql.SelectSourceKnown(includeText) + condition + " ORDER BY s.seq");
        bind(command);
        var rows = await ListAsync(command, r => (Source: RecordReader.Source(r), Id: r.String("id")), cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var locators = await GroupedAsync(
            Command(Sql.Locators($" WHERE l.source_id IN {Ids} AND l.recorded_at <= @known"), rows.Select(r => r.Id)),
            RecordReader.ExternalId,
            cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => (RecordReader.WithLocators(r.Source, r.Id, locators.GetValueOrDefault(r.Id) ?? []), r.Id));
    }

    /// <summary>The entities with the given ids recorded by then, each with the label, aliases, external ids and descriptions it had then.</summary>
    public async Task<Dictionary<string, Entity>> EntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var aliases = await GroupedAsync(
            Command(Sql.Aliases($" AND a.entity_id IN {Ids} AND a.recorded_at <= @known"), ids), RecordReader.Alias, cancellationToken).ConfigureAwait(false);
        var externalIds = await GroupedAsync(
            Command(Sql.ExternalIds($" WHERE x.entity_id IN {Ids} AND x.recorded_at <= @known"), ids), RecordReader.ExternalId, cancellationToken).ConfigureAwait(false);
        var descriptions = await GroupedAsync(
            Command(Sql.Descriptions($" WHERE d.entity_id IN {Ids} AND d.recorded_at <= @known"), ids), RecordReader.Description, cancellationToken).ConfigureAwait(false);
        var entities = await ListAsync(
            Command(Sql.SelectEntity + $" WHERE e.id IN {Ids} AND e.recorded_at <= @known", ids),
            r => (Id: r.String("id"), Entity: RecordReader.Entity(
                r,
                aliases.GetValueOrDefault(r.String("id")) ?? [],
                externalIds.GetValueOrDefault(r.String("id")) ?? [],
                descriptions.GetValueOrDefault(r.String("id")) ?? [])),
            cancellationToken).ConfigureAwait(false);
        return entities.ToDictionary(e => e.Id, e => e.Entity, StringComparer.Ordinal);
    }

    /// <summary>The facts with the given ids recorded by then, by id.</summary>
    public async Task<Dictionary<string, Fact>> FactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var facts = ids.Count == 0 ? [] : await ListAsync(
            Command(Sql.SelectFact + $" WHERE f.id IN {Ids} AND {Sql.FactKnown}", ids), RecordReader.Fact, cancellationToken).ConfigureAwait(false);
        return facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }
}
