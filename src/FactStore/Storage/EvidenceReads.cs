using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// Reads a fact's evidence on one connection as known at one time, caching the sources and entities it meets, and
/// following <see cref="Fact.Supersedes"/> to the earlier versions, each with its own evidence.
/// </summary>
internal sealed class EvidenceReads(DbConnection connection, string known)
{
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);

    public async Task<FactEvidence?> EvidenceAsync(string factId, HashSet<string> visited, CancellationToken cancellationToken)
    {
        if (!visited.Add(factId))
        {
            return null;
        }

        Fact? fact;
        await using (var command = connection.Command(Sql.SelectFact + " WHERE f.id = @id AND " + Sql.FactKnown).With("@id", factId).With("@known", known))
        {
            var found = await FactStoreDatabase.ReadAllAsync(command, RecordReader.Fact, cancellationToken).ConfigureAwait(false);
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
            stances = await FactStoreDatabase.ReadAllAsync(command, RecordReader.Stance, cancellationToken).ConfigureAwait(false);
        }

        var evidence = new List<StanceEvidence>(stances.Count);
        foreach (var stance in stances)
        {
            evidence.Add(new StanceEvidence
            {
                Stance = stance,
                Source = await SourceAsync(stance.SourceId, cancellationToken).ConfigureAwait(false),
                Holder = stance.HolderId is null ? null : await EntityAsync(stance.HolderId, cancellationToken).ConfigureAwait(false),
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
            retractions = await FactStoreDatabase.ReadAllAsync(command, RecordReader.Retraction, cancellationToken).ConfigureAwait(false);
        }

        var earlier = fact.Supersedes is string previous
            ? await EvidenceAsync(previous, visited, cancellationToken).ConfigureAwait(false)
            : null;

        return new FactEvidence
        {
            Fact = fact,
            SupersededBy = supersededBy,
            Retraction = retractions.Count > 0 ? retractions[0] : null,
            Subject = fact.SubjectId is null ? null : await EntityAsync(fact.SubjectId, cancellationToken).ConfigureAwait(false),
            Object = fact.Object?.EntityId is null ? null : await EntityAsync(fact.Object.EntityId, cancellationToken).ConfigureAwait(false),
            Stances = evidence,
            EarlierVersions = earlier is null ? [] : [earlier, .. earlier.EarlierVersions],
        };
    }

    private async Task<Source> SourceAsync(string id, CancellationToken cancellationToken)
    {
        if (!_sources.TryGetValue(id, out var source))
        {
            source = (await FactStoreDatabase.SourcesAsync(connection, " WHERE s.id = @id", id, null, cancellationToken).ConfigureAwait(false))[0];
            _sources[id] = source;
        }

        return source;
    }

    private async Task<Entity> EntityAsync(string id, CancellationToken cancellationToken)
    {
        if (!_entities.TryGetValue(id, out var entity))
        {
            entity = (await FactStoreDatabase.EntityAsync(connection, id, known, cancellationToken).ConfigureAwait(false))!;
            _entities[id] = entity;
        }

        return entity;
    }
}
