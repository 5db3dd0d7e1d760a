using System.Globalization;
using System.Text.Json;

namespace FactStore.Importers.Wikidata;

/// <summary>
/// Maps one Wikidata entity (an item or a property) to records: the entity, placeholders for the entities it refers
/// to, its Wikidata record as a source, the sources of its references, one fact per statement and one stance per
/// statement and source. The mapping is described in <c>docs/wikidata.md</c>.
/// </summary>
internal sealed partial class WikidataEntityMapper
{
    /// <summary>Above this many entities yielded in a run, the memory of which were yielded starts afresh (see <see cref="Written"/>).</summary>
    private const int PlaceholderMemory = 100_000;

    private readonly JsonElement _json;
    private readonly string _id;
    private readonly WikidataValues _values = new();
    private readonly List<Source> _references = [];
    private readonly List<Fact> _facts = [];
    private readonly List<Stance> _stances = [];

    private WikidataEntityMapper(JsonElement json, string id)
    {
        _json = json;
        _id = id;
    }

    /// <summary>
    /// The external ids of the entities a run has yielded, so that each placeholder is yielded once. Bounded: when it
    /// is full it is cleared, and a placeholder yielded again is only an unchanged record to the store.
    /// </summary>
    public sealed class Written
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        /// <summary>Whether the entity is new to the run; notes it.</summary>
        public bool Add(Entity entity)
        {
            if (_ids.Count >= PlaceholderMemory)
            {
                _ids.Clear();
            }

            return _ids.Add(entity.ExternalIds[0].ToString());
        }

        /// <summary>Forgets every placeholder, when an entity that may have noted some was skipped: they are yielded again (and counted unchanged).</summary>
        public void Reset() => _ids.Clear();
    }

    /// <summary>The records of one entity, in an order where each comes after those it refers to.</summary>
    /// <param name="json">The entity object.</param>
    /// <param name="written">What the run has yielded so far.</param>
    /// <exception cref="FormatException">The entity is malformed or of a type the model cannot hold.</exception>
    public static IEnumerable<StoreRecord> Map(JsonElement json, Written written)
    {
        var id = WikidataJson.RequiredString(json, "id", "the entity");
        if (json.TryGetProperty("missing", out _))
        {
            throw new FormatException($"Wikidata has no entity {id} (it is marked \"missing\")");
        }

        var type = WikidataJson.String(json, "type") ?? (id.StartsWith('P') ? "property" : id.StartsWith('Q') ? "item" : null);
        if (type is not ("item" or "property"))
        {
            throw new FormatException(
                $"{id} is a{(type is null ? "n entity of unknown type" : $" {type}")}; the wikidata importer reads items and properties, "
                + "which map to entities with facts; lexemes, forms, senses and media info have no place in the model");
        }

        return new WikidataEntityMapper(json, id).Records(type, written);
    }

    private IEnumerable<StoreRecord> Records(string type, Written written)
    {
        var externalId = WikidataValues.ExternalIdOf(_id, type);
        var entity = Entity(externalId);
        var record = RecordSource(entity.Label, type);
        foreach (var (_, statements) in WikidataJson.Members(_json, "claims").Select(p => (p.Name, p.Value)))
        {
            if (statements.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"the statements of {_id} are a JSON {statements.ValueKind}, not an array");
            }

            foreach (var statement in statements.EnumerateArray())
            {
                Statement(statement, entity, record);
            }
        }

        written.Add(entity);
        var entities = _values.Referenced.Where(e => e.ExternalIds[0] != externalId && written.Add(e));
        return [entity, .. entities, record, .. _references.DistinctBy(s => s.Id), .. _facts, .. _stances];
    }

    private Entity Entity(ExternalId externalId)
    {
        var labels = WikidataJson.Members(_json, "labels").Select(p => Text(p.Value, p.Name)).ToList();
        var label = labels.FirstOrDefault(l => l.Language == "en") is { Text.Length: > 0 } en ? en
            : labels.FirstOrDefault(l => l.Language == "mul") is { Text.Length: > 0 } mul ? mul
            : labels.FirstOrDefault();
        var aliases = WikidataJson.Members(_json, "aliases")
            .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array
                ? p.Value.EnumerateArray().Select(a => Text(a, p.Name))
                : throw new FormatException($"the aliases in '{p.Name}' are a JSON {p.Value.ValueKind}, not an array"));
        return new Entity
        {
            Label = label.Text.Length > 0 ? label.Text : _id,
            Kind = EntityKind.Other,
            ExternalIds = [externalId],
            Aliases = [.. labels.Where(l => l != label), .. aliases],
            Descriptions = [.. WikidataJson.Members(_json, "descriptions").Select(p => Text(p.Value, p.Name))],
        };
    }

    /// <summary>The entity's Wikidata record, known by reference.</summary>
    private Source RecordSource(string label, string type)
    {
        var page = type == "property" ? $"https://www.wikidata.org/wiki/Property:{_id}" : $"https://www.wikidata.org/wiki/{_id}";
        var sitelinks = WikidataJson.Members(_json, "sitelinks").Select(p => WikidataSitelink.Locator(
            WikidataJson.String(p.Value, "site") ?? p.Name,
            WikidataJson.RequiredString(p.Value, "title", $"the sitelink {p.Name}"),
            WikidataJson.String(p.Value, "url")));
        var revision = _json.TryGetProperty("lastrevid", out var r) && r.ValueKind == JsonValueKind.Number
            ? [ExternalId.Create("url", string.Create(CultureInfo.InvariantCulture, $"https://www.wikidata.org/w/index.php?oldid={r.GetInt64()}"))]
            : Array.Empty<ExternalId>();
        var modified = WikidataJson.String(_json, "modified") is string m
            && DateTimeOffset.TryParse(m, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? PartialDate.FromYearMonthDay(at.Year, at.Month, at.Day)
            : (PartialDate?)null;
        return new Source
        {
            Locators = [ExternalId.Create("url", page), ExternalId.Create("wikidata", _id), .. sitelinks, .. revision],
            Title = label == _id ? $"{_id} on Wikidata" : $"{label} ({_id}) on Wikidata",
            Publisher = "Wikidata",
            StatedDate = modified,
            StatedDateKind = modified is null ? StatedDateKind.Unknown : StatedDateKind.Published,
        };
    }

    private static LocalizedText Text(JsonElement term, string language) =>
        LocalizedText.Create(
            WikidataJson.RequiredString(term, "value", $"a term in '{language}'"),
            WikidataJson.String(term, "language") ?? language);
}
