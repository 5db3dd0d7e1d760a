using FactStore.Storage;
using FactStore.Text;

namespace FactStore.Searching;

/// <summary>Turns the names a lookup gathered into candidates, best first, and decides whether one is a confident match.</summary>
internal static class NameResolver
{
    /// <param name="query">The name as asked for.</param>
    /// <param name="matcher">The name's matcher.</param>
    /// <param name="exactIds">The entities whose label, alias, external id or id the name is (folded).</param>
    /// <param name="names">Labels and aliases sharing spelling with the name, to score.</param>
    /// <param name="entities">Every entity of <paramref name="exactIds"/> and <paramref name="names"/> known then, by id.</param>
    public static NameResolution Resolve(
        string query, NameMatcher matcher, IEnumerable<string> exactIds, IEnumerable<NameRow> names, IReadOnlyDictionary<string, Entity> entities)
    {
        var best = new Dictionary<string, NameCandidate>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (entities.TryGetValue(name.EntityId, out var entity) && matcher.Match(name.Name, name.Spelling, entity.Kind == EntityKind.Person) is var (kind, score))
            {
                Keep(best, new NameCandidate { Entity = entity, MatchedName = name.Alias, Kind = kind, Score = score });
            }
        }

        foreach (var id in exactIds)
        {
            if (entities.TryGetValue(id, out var entity))
            {
                // Matched by an external id or the entity id when no label or alias is the name.
                var matched = entity.Aliases.Select(a => a.Text).Prepend(entity.Label).FirstOrDefault(n => TextFolding.FoldName(n) == matcher.Folded);
                Keep(best, new NameCandidate { Entity = entity, MatchedName = matched ?? query.Trim(), Kind = NameMatchKind.Exact, Score = 1.0 });
            }
        }

        var candidates = best.Values
            .OrderByDescending(c => c.Score).ThenBy(c => c.Entity.Label, StringComparer.Ordinal).ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var strongest = candidates.Count > 0 ? candidates[0].Kind : NameMatchKind.Exact;
        var tied = candidates.Count(c => c.Kind == strongest);
        return new NameResolution
        {
            Query = query,
            Candidates = candidates,
            Match = tied == 1 && strongest != NameMatchKind.Partial ? candidates[0].Entity : null,
            IsAmbiguous = tied > 1,
        };
    }

    /// <summary>Keeps an entity's best match; of two equally good, the one whose name sorts first.</summary>
    private static void Keep(Dictionary<string, NameCandidate> best, NameCandidate candidate)
    {
        var id = candidate.Entity.Id;
        if (!best.TryGetValue(id, out var kept) || candidate.Score > kept.Score
            || (candidate.Score == kept.Score && string.CompareOrdinal(candidate.MatchedName, kept.MatchedName) < 0))
        {
            best[id] = candidate;
        }
    }
}
