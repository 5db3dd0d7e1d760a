using System.Text.Json;

namespace FactStore.Importers.Wikidata;

internal sealed partial class WikidataEntityMapper
{
    private const string StartTime = "P580";
    private const string EndTime = "P582";
    private const string PointInTime = "P585";

    /// <summary>One statement: its fact, the stance of the entity's record, one source and stance per reference.</summary>
    private void Statement(JsonElement statement, Entity subject, Source record)
    {
        var key = WikidataJson.RequiredString(statement, "id", $"a statement of {_id}");
        var rank = WikidataJson.String(statement, "rank") switch
        {
            null or "normal" => StatementRank.Normal,
            "preferred" => StatementRank.Preferred,
            "deprecated" => StatementRank.Deprecated,
            var other => throw new FormatException($"the statement {key} has rank '{other}'; expected preferred, normal or deprecated"),
        };
        if (!statement.TryGetProperty("mainsnak", out var mainsnak))
        {
            throw new FormatException($"the statement {key} has no \"mainsnak\"");
        }

        var property = WikidataJson.RequiredString(mainsnak, "property", $"the main snak of {key}");
        var value = _values.Snak(mainsnak);
        var groups = WikidataJson.SnakGroups(statement, "qualifiers", "qualifiers-order").ToList();
        var validity = Validity(groups, out var used);
        var fact = new Fact
        {
            SubjectId = subject.Id,
            Predicate = property,
            Object = value.Value,
            Statement = $"{subject.Label} {property} {value.Text}{Describe(validity)}",
            Validity = validity,
            Qualifiers = [.. groups.Where(g => !used.Contains(g.Property))
                .SelectMany(g => g.Snaks.Select(s => new Qualifier { Property = g.Property, Value = _values.Snak(s).Value }))],
            StatementKey = key,
        };
        _facts.Add(fact);
        _stances.Add(new Stance
        {
            FactId = fact.Id,
            SourceId = record.Id,
            Position = StancePosition.Supports,
            Rank = rank,
            Origin = StanceOrigin.Importer,
            Key = key + "/item",
        });

        foreach (var reference in WikidataJson.Items(statement, "references"))
        {
            Reference(reference, fact, key, rank);
        }
    }

    /// <summary>
    /// The validity from the time qualifiers: start (P580) and end (P582), else a point in time (P585). A time
    /// qualifier read into the validity is left out of the qualifiers only when it is the property's single value and
    /// a readable date; with several values, an unknown or no value, or an end before the start, every value of it stays
    /// a qualifier, and the first readable date is used.
    /// </summary>
    private static ValidityInterval Validity(IReadOnlyList<(string Property, IReadOnlyList<JsonElement> Snaks)> groups, out HashSet<string> used)
    {
        used = new HashSet<string>(StringComparer.Ordinal);
        var dates = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        foreach (var (property, snaks) in groups.Where(g => g.Property is StartTime or EndTime or PointInTime))
        {
            var readable = snaks.Select(WikidataValues.DateOf).ToList();
            if (readable.FirstOrDefault(d => d is not null) is PartialDate first)
            {
                dates[property] = first;
                if (snaks.Count == 1)
                {
                    used.Add(property);
                }
            }
        }

        var start = dates.GetValueOrDefault(StartTime) is { IsValid: true } s ? s : (PartialDate?)null;
        var end = dates.GetValueOrDefault(EndTime) is { IsValid: true } e ? e : (PartialDate?)null;
        if (start is not null || end is not null)
        {
            used.Remove(PointInTime);
            if (start is PartialDate from && end is PartialDate to && to.LatestDayNumber < from.EarliestDayNumber)
            {
                used.Clear();
                return ValidityInterval.Unstated;
            }

            return ValidityInterval.Between(start, end);
        }

        return dates.TryGetValue(PointInTime, out var point) ? ValidityInterval.PointInTime(point) : ValidityInterval.Unstated;
    }

    private static string Describe(ValidityInterval validity) => validity switch
    {
        { IsUnstated: true } => "",
        { IsPointInTime: true } => $" at {validity.From}",
        { From: null } => $" until {validity.To}",
        { To: null } => $" from {validity.From}",
        _ => $" from {validity.From} to {validity.To}",
    };
}
