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
        var found = await SourcesAsync(connection, " WHERE s.id = @id", id, cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await SourcesAsync(connection, " ORDER BY s.seq", null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await EntityAsync(connection, id, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        await using (var command = connection.Command(Sql.EntitiesByName).With("@folded", TextFolding.FoldName(name)).With("@name", name))
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        var entities = new List<Entity>(ids.Count);
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            entities.Add((await EntityAsync(connection, id, cancellationToken).ConfigureAwait(false))!);
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
    public async Task<IReadOnlyList<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = FactFilter.Build(connection, query);
        return await ReadAllAsync(command, RecordReader.Fact, cancellationToken).ConfigureAwait(false);
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
        var known = Known(knownAt);
        Fact? fact;
        await using (var command = connection.Command(Sql.SelectFact + " WHERE f.id = @id AND " + Sql.FactKnown).With("@id", factId).With("@known", known))
        {
            var found = await ReadAllAsync(command, RecordReader.Fact, cancellationToken).ConfigureAwait(false);
            fact = found.Count > 0 ? found[0] : null;
        }

        if (fact is null)
        {
            return null;
        }

        IReadOnlyList<Stance> stances;
        await using (var command = connection.Command(Sql.SelectStance + " WHERE st.fact_id = @id AND " + Sql.StanceCurrent + " ORDER BY st.seq")
            .With("@id", factId).With("@known", known))
        {
            stances = await ReadAllAsync(command, RecordReader.Stance, cancellationToken).ConfigureAwait(false);
        }

        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var evidence = new List<StanceEvidence>(stances.Count);
        foreach (var stance in stances)
        {
            if (!sources.TryGetValue(stance.SourceId, out var source))
            {
                source = (await SourcesAsync(connection, " WHERE s.id = @id", stance.SourceId, cancellationToken).ConfigureAwait(false))[0];
                sources[stance.SourceId] = source;
            }

            evidence.Add(new StanceEvidence
            {
                Stance = stance,
                Source = source,
                Holder = stance.HolderId is null ? null : await CachedEntityAsync(stance.HolderId).ConfigureAwait(false),
            });
        }

        string? supersededBy;
        await using (var command = connection.Command(Sql.NextVersion).With("@id", factId).With("@known", known))
        {
            supersededBy = await command.ScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }

        IReadOnlyList<Retraction> retractions;
        await using (var command = connection.Command(Sql.SelectRetraction + " WHERE x.target_id = @id AND x.recorded_at <= @known")
            .With("@id", factId).With("@known", known))
        {
            retractions = await ReadAllAsync(command, RecordReader.Retraction, cancellationToken).ConfigureAwait(false);
        }

        return new FactEvidence
        {
            Fact = fact,
            SupersededBy = supersededBy,
            Retraction = retractions.Count > 0 ? retractions[0] : null,
            Subject = await CachedEntityAsync(fact.SubjectId).ConfigureAwait(false),
            Object = fact.Object.EntityId is null ? null : await CachedEntityAsync(fact.Object.EntityId).ConfigureAwait(false),
            Stances = evidence,
        };

        async Task<Entity> CachedEntityAsync(string id)
        {
            if (!entities.TryGetValue(id, out var entity))
            {
                entity = (await EntityAsync(connection, id, cancellationToken).ConfigureAwait(false))!;
                entities[id] = entity;
            }

            return entity;
        }
    }

    private static string Known(DateTimeOffset? knownAt) => knownAt is DateTimeOffset t ? StoreTime.Write(t) : StoreTime.Now;

    /// <summary>Reads sources with their locators, which live in their own append-only table.</summary>
    private static async Task<IReadOnlyList<Source>> SourcesAsync(DbConnection connection, string filter, string? id, CancellationToken cancellationToken)
    {
        IReadOnlyList<Source> sources;
        await using (var command = connection.Command(Sql.SelectSource + filter).With("@id", id))
        {
            sources = await ReadAllAsync(command, RecordReader.Source, cancellationToken).ConfigureAwait(false);
        }

        var complete = new List<Source>(sources.Count);
        foreach (var source in sources)
        {
            var locators = new List<string>();
            await using var command = connection.Command(Sql.SelectLocators).With("@id", source.Id);
            await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                locators.Add(reader.GetString(0));
            }

            complete.Add(source with { Locators = locators });
        }

        return complete;
    }

    private static async Task<Entity?> EntityAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        var aliases = new List<string>();
        await using (var command = connection.Command(Sql.SelectAliases).With("@id", id))
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                aliases.Add(reader.GetString(0));
            }
        }

        await using var entity = connection.Command(Sql.SelectEntity + " WHERE e.id = @id").With("@id", id);
        await using var row = await entity.ReaderAsync(cancellationToken).ConfigureAwait(false);
        return await row.ReadAsync(cancellationToken).ConfigureAwait(false) ? RecordReader.Entity(row, aliases) : null;
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql,
        Func<DbDataReader, T> map,
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

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(map(reader));
        }

        return results;
    }
}
