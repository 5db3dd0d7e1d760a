namespace FactStore.Storage;

/// <summary>
/// Reads the evidence of many facts at once, as known at one moment, in a fixed number of statements whatever their
/// number: the facts with every earlier version they correct (one recursive statement), the stances on all of them, their
/// standing corrections, their retractions, then the sources and entities all of those refer to.
/// </summary>
internal sealed class EvidenceReads(RecordSetReader reads, bool includeSourceText)
{
    /// <summary>The evidence of each fact known then, in the order of <paramref name="factIds"/>, each once.</summary>
    public async Task<List<FactEvidence>> EvidenceAsync(IReadOnlyCollection<string> factIds, CancellationToken cancellationToken)
    {
        if (factIds.Count == 0)
        {
            return [];
        }

        var facts = (await RecordSetReader.ListAsync(reads.Command(Sql.FactVersions(reads.Ids), factIds), RecordReader.Fact, cancellationToken).ConfigureAwait(false))
            .ToDictionary(f => f.Id, StringComparer.Ordinal);
        var ids = facts.Keys.ToList();
        var allStances = await RecordSetReader.ListAsync(reads.Command(Sql.StancesOnFacts(reads.Ids), ids), RecordReader.Stance, cancellationToken).ConfigureAwait(false);
        var stances = allStances.ToLookup(s => s.FactId, StringComparer.Ordinal);
        var supersededBy = (await RecordSetReader.ListAsync(
                reads.Command(Sql.StandingCorrections("IN " + reads.Ids), ids), r => (Target: r.String("supersedes_id"), Id: r.String("id")), cancellationToken)
            .ConfigureAwait(false)).ToLookup(c => c.Target, c => c.Id, StringComparer.Ordinal);
        var retractions = (await RecordSetReader.ListAsync(reads.Command(Sql.RetractionsOf(reads.Ids), ids), RecordReader.Retraction, cancellationToken).ConfigureAwait(false))
            .ToLookup(x => x.TargetId, StringComparer.Ordinal);
        var sources = await reads.SourcesAsync(allStances.Select(s => s.SourceId), includeSourceText, cancellationToken).ConfigureAwait(false);
        var entities = await reads.EntitiesAsync(
            facts.Values.SelectMany(f => (string?[])[f.SubjectId, f.Object?.EntityId]).Concat(allStances.Select(s => s.HolderId)).OfType<string>().ToHashSet(StringComparer.Ordinal),
            cancellationToken).ConfigureAwait(false);

        FactEvidence? Build(string id, HashSet<string> visited)
        {
            if (!visited.Add(id) || !facts.TryGetValue(id, out var fact))
            {
                return null;
            }

            var earlier = fact.Supersedes is string previous ? Build(previous, visited) : null;
            return new FactEvidence
            {
                Fact = fact,
                SupersededBy = supersededBy[id].FirstOrDefault(),
                Retraction = retractions[id].FirstOrDefault(),
                Subject = Entity(fact.SubjectId),
                Object = Entity(fact.Object?.EntityId),
                Stances = stances[id].Select(s => new StanceEvidence
                {
                    Stance = s,
                    Source = sources[s.SourceId],
                    Holder = Entity(s.HolderId),
                }).ToList(),
                EarlierVersions = earlier is null ? [] : [earlier, .. earlier.EarlierVersions],
            };
        }

        Entity? Entity(string? id) => id is null ? null : entities.GetValueOrDefault(id);

        return factIds.Distinct(StringComparer.Ordinal).Select(id => Build(id, new HashSet<string>(StringComparer.Ordinal))).OfType<FactEvidence>().ToList();
    }
}
