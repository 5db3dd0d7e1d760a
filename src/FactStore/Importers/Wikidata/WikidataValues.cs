using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactStore.Importers.Wikidata;

/// <summary>
/// Maps Wikidata snaks to <see cref="FactObject"/>s, noting every entity they refer to so that a placeholder can be
/// written for it first. One instance per entity being mapped.
/// </summary>
internal sealed partial class WikidataValues
{
    private const string EntityPrefix = "http://www.wikidata.org/entity/";

    private readonly List<Entity> _referenced = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>The entities the mapped values refer to, as placeholders, in order of first use.</summary>
    public IReadOnlyList<Entity> Referenced => _referenced;

    /// <summary>A mapped value and its text for a readable statement (<c>Q183</c>, <c>258.82 Q712226</c>).</summary>
    public readonly record struct Mapped(FactObject Value, string Text);

    /// <summary>The value of a snak: its data value, "unknown value" for <c>somevalue</c>, "no value" for <c>novalue</c>.</summary>
    public Mapped Snak(JsonElement snak) =>
        WikidataJson.String(snak, "snaktype") switch
        {
            "value" => snak.TryGetProperty("datavalue", out var datavalue)
                ? DataValue(datavalue, WikidataJson.String(snak, "datatype"))
                : throw new FormatException($"a value snak of {WikidataJson.String(snak, "property")} has no \"datavalue\""),
            "somevalue" => new(FactObject.UnknownValue(), "(unknown value)"),
            "novalue" => new(FactObject.NoValue(), "(no value)"),
            _ => Raw(snak),
        };

    /// <summary>
    /// A data value by its <c>type</c>. A type this importer does not know, or a value the model cannot hold (a time in
    /// an unsupported calendar, a latitude out of range), is kept as text of its compact JSON rather than refused.
    /// </summary>
    public Mapped DataValue(JsonElement datavalue, string? datatype)
    {
        try
        {
            if (!datavalue.TryGetProperty("value", out var value))
            {
                return Raw(datavalue);
            }

            return WikidataJson.String(datavalue, "type") switch
            {
                "wikibase-entityid" => Entity(value),
                "string" => Text(value.GetString() ?? "", datatype),
                "monolingualtext" => Monolingual(value),
                "quantity" => Quantity(value),
                "time" => Time(value),
                "globecoordinate" => Coordinates(value),
                _ => Raw(datavalue),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return Raw(datavalue);
        }
    }

    /// <summary>A time data value's date, or <see langword="null"/> when the snak is not a readable time.</summary>
    public static PartialDate? DateOf(JsonElement snak)
    {
        if (WikidataJson.String(snak, "snaktype") != "value" || !snak.TryGetProperty("datavalue", out var datavalue)
            || WikidataJson.String(datavalue, "type") != "time" || !datavalue.TryGetProperty("value", out var value))
        {
            return null;
        }

        try
        {
            return ParseTime(value);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The Wikidata id of an entity value (<c>Q183</c>), or <see langword="null"/> when the snak holds none.</summary>
    public static string? EntityIdOf(JsonElement snak) =>
        WikidataJson.String(snak, "snaktype") == "value" && snak.TryGetProperty("datavalue", out var datavalue)
            && WikidataJson.String(datavalue, "type") == "wikibase-entityid" && datavalue.TryGetProperty("value", out var value)
            ? WikidataIdOf(value)
            : null;

    /// <summary>Notes an entity known by its Wikidata id; returns its store id.</summary>
    public string Refer(string wikidataId)
    {
        var externalId = ExternalIdOf(wikidataId, null);
        if (_seen.Add(externalId.ToString()))
        {
            _referenced.Add(new Entity { Label = wikidataId, ExternalIds = [externalId] });
        }

        return FactStore.Entity.IdFor(externalId);
    }

    /// <summary>
    /// The external id of an entity: <c>wikidata:Q183</c> for items, properties and lexemes; for other entity types
    /// (forms <c>L1-F1</c>, senses <c>L1-S1</c>, entity schemas <c>E10</c>, media <c>M5</c>) <c>wikidata-</c> and the type.
    /// </summary>
    public static ExternalId ExternalIdOf(string wikidataId, string? entityType) =>
        WikidataIdPattern().IsMatch(wikidataId)
            ? ExternalId.Create("wikidata", wikidataId)
            : ExternalId.Create("wikidata-" + (entityType ?? "entity"), wikidataId);

    private static PartialDate ParseTime(JsonElement value) =>
        WikidataTime.Parse(
            WikidataJson.RequiredString(value, "time", "a time value"),
            (int)(WikidataJson.Number(value, "precision") ?? throw new FormatException("a time value has no \"precision\"")),
            WikidataJson.String(value, "calendarmodel"));

    private static string WikidataIdOf(JsonElement value)
    {
        if (WikidataJson.String(value, "id") is string id)
        {
            return id;
        }

        var number = WikidataJson.Number(value, "numeric-id") ?? throw new FormatException("an entity value has neither \"id\" nor \"numeric-id\"");
        var prefix = WikidataJson.String(value, "entity-type") switch
        {
            "item" => "Q",
            "property" => "P",
            "lexeme" => "L",
            var other => throw new FormatException($"an entity value of type '{other}' has no \"id\""),
        };
        return prefix + ((long)number).ToString(CultureInfo.InvariantCulture);
    }

    private Mapped Entity(JsonElement value)
    {
        var id = WikidataIdOf(value);
        var externalId = ExternalIdOf(id, WikidataJson.String(value, "entity-type"));
        if (_seen.Add(externalId.ToString()))
        {
            _referenced.Add(new Entity { Label = id, ExternalIds = [externalId] });
        }

        return new(FactObject.Entity(FactStore.Entity.IdFor(externalId)), id);
    }

    private static Mapped Text(string value, string? datatype)
    {
        var literal = FactObject.Literal(value, datatype switch
        {
            "external-id" => LiteralType.ExternalId,
            "url" => LiteralType.Url,
            _ => LiteralType.Text,
        });
        return new(literal, literal.Value!);
    }

    private static Mapped Monolingual(JsonElement value)
    {
        var literal = FactObject.MonolingualText(
            WikidataJson.RequiredString(value, "text", "a monolingual text"),
            WikidataJson.RequiredString(value, "language", "a monolingual text"));
        return new(literal, literal.ToString());
    }

    private Mapped Quantity(JsonElement value)
    {
        var amount = WikidataJson.RequiredString(value, "amount", "a quantity");
        var unit = WikidataJson.String(value, "unit");
        string? unitId = null;
        string? unitText = null;
        if (unit is not null and not "1")
        {
            unitText = unit.StartsWith(EntityPrefix, StringComparison.Ordinal)
                ? unit[EntityPrefix.Length..]
                : throw new FormatException($"the unit '{unit}' is not a Wikidata entity URI");
            unitId = Refer(unitText);
        }

        var literal = FactObject.Quantity(amount, unitId, WikidataJson.String(value, "lowerBound"), WikidataJson.String(value, "upperBound"));
        return new(literal, unitText is null ? literal.Value! : $"{literal.Value} {unitText}");
    }

    private static Mapped Time(JsonElement value)
    {
        var literal = FactObject.Date(ParseTime(value));
        return new(literal, literal.Value!);
    }

    private static Mapped Coordinates(JsonElement value)
    {
        var globe = WikidataJson.String(value, "globe");
        var literal = FactObject.Coordinates(
            WikidataJson.Number(value, "latitude") ?? throw new FormatException("a coordinate has no \"latitude\""),
            WikidataJson.Number(value, "longitude") ?? throw new FormatException("a coordinate has no \"longitude\""),
            WikidataJson.Number(value, "precision") is double p and > 0 ? p : null,
            globe is not null && globe.StartsWith(EntityPrefix, StringComparison.Ordinal)
                ? ExternalId.Create("wikidata", globe[EntityPrefix.Length..])
                : globe is null ? (ExternalId?)null : ExternalId.Parse(globe));
        return new(literal, literal.Value!);
    }

    private static Mapped Raw(JsonElement element)
    {
        var text = WikidataJson.CompactText(element);
        return new(FactObject.Literal(text), text);
    }

    [GeneratedRegex("^[QPL][1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WikidataIdPattern();
}
