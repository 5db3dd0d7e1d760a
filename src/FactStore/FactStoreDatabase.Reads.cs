using System.Data.Common;
using FactStore.Storage;
using FactStore.Text;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    /// <inheritdoc/>
    public async Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var found = await SourcesAsync(connection, " WHERE s.id = @id", id, null, cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await SourcesAsync(connection, " ORDER BY s.seq", null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Source>> FindSourcesAsync(ExternalId locator, CancellationToken cancellationToken = default)
    {
        if (!locator.IsValid)
        {
            throw new ArgumentException("default(ExternalId) is no locator.", nameof(locator));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await SourcesAsync(connection, Sql.SourcesByLocator, locator, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await EntityAsync(connection, id, StoreTime.Now, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        await using (var command = EntityLookup.Command(connection, Sql.EntitiesByName, name, StoreTime.Now))
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        var entities = new List<Entity>(ids.Count);
        foreach (var id in ids.Distinct().Order(StringComparer.Ordinal))
        {
            entities.Add((await EntityAsync(connection, id, StoreTime.Now, cancellationToken).ConfigureAwait(false))!);
        }

        return entities;
    }

    /// <inheritdoc/>
    public async Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadAsync(Sql.SelectFact + " WHERE f.id = @id", RecordReader.Fact, cancellationToken, ("@id", id)).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <inheritdoc/>
    public async Task<Stance?> GetStanceAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadAsync(Sql.SelectStance + " WHERE st.id = @id", RecordReader.Stance, cancellationToken, ("@id", id)).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <inheritdoc/>
    public async Task<Page<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var anyDeprecated = query.Ranks != RankFilter.All
            && await connection.Command(Sql.AnyDeprecatedStance).ScalarDisposingAsync(cancellationToken).ConfigureAwait(false) is not null;
        await using var command = FactFilter.Build(connection, query, anyDeprecated);
        var rows = new List<(Fact Fact, long Seq)>();
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new Row(reader, command.CommandText);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((RecordReader.Fact(row), row.Long("seq")));
            }
        }

        // The filter asks for one row more than the limit: its presence says that another page follows.
        var hasMore = rows.Count > query.Limit;
        var page = rows.Take(query.Limit).ToList();
        return new Page<Fact>(page.ConvertAll(r => r.Fact), hasMore ? FactFilter.Cursor(page[^1].Seq) : null);
    }

    /// <inheritdoc/>
    public async Task<Fact?> GetLatestVersionAsync(string id, DateTimeOffset? knownAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var known = Known(knownAt);
        var latest = id;
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (true)
        {
            await using var next = connection.Command(Sql.NextVersion).With("@id", latest).With("@known", known);
            if (await next.ScalarAsync(cancellationToken).ConfigureAwait(false) is not string newer || !seen.Add(newer))
            {
                break;
            }

            latest = newer;
        }

        await using var command = connection.Command(Sql.SelectFact + " WHERE f.id = @id AND f.recorded_at <= @known").With("@id", latest).With("@known", known);
        var latestFact = await ReadAllAsync(command, RecordReader.Fact, cancellationToken).ConfigureAwait(false);
        return latestFact.Count > 0 ? latestFact[0] : null;
    }

    /// <inheritdoc/>
    public async Task<FactEvidence?> GetEvidenceAsync(string factId, DateTimeOffset? knownAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factId);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var reads = new EvidenceReads(connection, Known(knownAt));
        return await reads.EvidenceAsync(factId, new HashSet<string>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
    }

    private static string Known(DateTimeOffset? knownAt) => knownAt is DateTimeOffset t ? StoreTime.Write(t) : StoreTime.Now;

    /// <summary>Reads sources with their locators, which live in their own append-only table.</summary>
    internal static Task<IReadOnlyList<Source>> SourcesAsync(DbConnection connection, string filter, ExternalId locator, CancellationToken cancellationToken) =>
        SourcesAsync(connection, filter, null, locator, cancellationToken);

    internal static async Task<IReadOnlyList<Source>> SourcesAsync(
        DbConnection connection, string filter, string? id, ExternalId? locator, CancellationToken cancellationToken)
    {
        var sources = new List<(Source Source, string Id)>();
        await using (var command = connection.Command(Sql.SelectSource + filter).With("@id", id)
            .With("@scheme", locator?.Scheme).With("@locator", locator?.Value))
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new Row(reader, command.CommandText);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sources.Add((RecordReader.Source(row), row.String("id")));
            }
        }

        var complete = new List<Source>(sources.Count);
        foreach (var (source, storedId) in sources)
        {
            var locators = new List<ExternalId>();
            await using var command = connection.Command(Sql.SelectLocators).With("@id", storedId);
            await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                locators.Add(ExternalId.Create(reader.GetString(0), reader.GetString(1)));
            }

            complete.Add(RecordReader.WithLocators(source, storedId, locators));
        }

        return complete;
    }

    /// <summary>Reads an entity as known at <paramref name="known"/>, with its aliases, external ids and descriptions.</summary>
    internal static async Task<Entity?> EntityAsync(DbConnection connection, string id, string known, CancellationToken cancellationToken)
    {
        var aliases = await PairsAsync(connection, Sql.SelectAliases, id, known, (a, b) => LocalizedText.Create(a, b), cancellationToken).ConfigureAwait(false);
        var externalIds = await PairsAsync(connection, Sql.SelectExternalIds, id, known, (a, b) => ExternalId.Create(a, b!), cancellationToken).ConfigureAwait(false);
        var descriptions = await PairsAsync(connection, Sql.SelectDescriptions, id, known, (a, b) => LocalizedText.Create(b!, a.Length == 0 ? null : a), cancellationToken).ConfigureAwait(false);
        await using var entity = connection.Command(Sql.SelectEntity + " WHERE e.id = @id").With("@id", id).With("@known", known);
        await using var reader = await entity.ReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? RecordReader.Entity(new Row(reader, entity.CommandText), aliases, externalIds, descriptions)
            : null;
    }

    private static async Task<List<T>> PairsAsync<T>(
        DbConnection connection, string sql, string id, string known, Func<string, string?, T> map, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await using var command = connection.Command(sql).With("@id", id).With("@known", known);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(map(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return items;
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql,
        Func<Row, T> map,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await ReadAllAsync(command, map, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbCommand command, Func<Row, T> map, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(map(row));
        }

        return results;
    }
}
