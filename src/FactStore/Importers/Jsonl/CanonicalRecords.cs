using System.Text.Json;

namespace FactStore.Importers.Jsonl;

/// <summary>
/// Builds records from the lines of canonical JSON Lines (docs/jsonl.md): every field the export writes, unknown
/// top-level members kept as <see cref="StoreRecord.ExtensionData"/>, the exported <c>provenance</c> read past (the
/// importing store stamps its own), and the line's <c>id</c>, when given, checked against the record's content.
/// </summary>
internal static class CanonicalRecords
{
    public static StoreRecord Read(JsonFields line, string type)
    {
        var givenId = line.String("id");
        line.Get("provenance");
        StoreRecord record = type switch
        {
            "source" => Source(line),
            "entity" => Entity(line),
            "fact" => Fact(line),
            "stance" => Stance(line),
            "retraction" => new Retraction { TargetId = line.Required("targetId"), Reason = line.Required("reason") },
            "redaction" => new Redaction { TargetId = line.Required("targetId"), Reason = line.Required("reason") },
            _ => throw new FormatException($"unknown type '{ImportLimits.Excerpt(type)}'; expected source, entity, fact, stance, retraction or redaction"),
        };
        record = record with { ExtensionData = line.UnreadAsObject() };
        return givenId is null || givenId == record.Id
            ? record
            : throw new FormatException($"its id {ImportLimits.Excerpt(givenId)} is not the id of its content ({record.Id}): the line was changed after it was exported");
    }

    private static Source Source(JsonFields line)
    {
        if (line.Boolean("redacted"))
        {
            throw new FormatException("the source was redacted: its text is gone, so it cannot be imported again");
        }

        var source = new Source
        {
            Text = line.String("text"),
            Title = line.String("title"),
            Publisher = line.String("publisher"),
            Authors = line.Strings("authors"),
            Locators = line.Strings("locators").Select(ExternalId.Parse).ToList(),
            StatedDate = line.Date("statedDate"),
            StatedDateKind = line.Enum("statedDateKind", StatedDateKind.Unknown),
            RetrievedAt = line.Time("retrievedAt"),
            Accessed = line.Date("accessed"),
            Language = line.String("language"),
        };
        return line.String("contentHash") is not string hash || hash == source.ContentHash
            ? source
            : throw new FormatException($"its contentHash {ImportLimits.Excerpt(hash)} is not the hash of its text ({source.ContentHash ?? "none: it has no text"})");
    }

    private static Entity Entity(JsonFields line) => new()
    {
        Kind = line.Enum("kind", EntityKind.Other),
        Label = line.Required("label"),
        Aliases = Texts(line, "aliases"),
        ExternalIds = line.Strings("externalIds").Select(ExternalId.Parse).ToList(),
        Descriptions = Texts(line, "descriptions"),
    };

    private static Fact Fact(JsonFields line) => new()
    {
        SubjectId = line.String("subjectId"),
        Predicate = line.String("predicate"),
        Object = line.Object("object") is JsonFields value ? Value(value) : null,
        Qualifiers = Qualifiers(line),
        StatementKey = line.String("statementKey"),
        Statement = line.Required("statement"),
        Validity = line.Object("validity") is JsonFields validity ? Validity(validity) : ValidityInterval.Unstated,
        Supersedes = line.String("supersedes"),
    };

    private static Stance Stance(JsonFields line)
    {
        if (line.Boolean("redacted"))
        {
            throw new FormatException("the stance cites a redacted source: its quote is gone, so it cannot be imported again");
        }

        return new Stance
        {
            FactId = line.Required("factId"),
            SourceId = line.Required("sourceId"),
            Position = line.Enum("position", StancePosition.Neutral),
            HolderId = line.String("holderId"),
            Citation = line.Object("citation") is JsonFields citation ? Citation(citation) : null,
            SaidAt = line.Date("saidAt"),
            Origin = line.Enum("origin", StanceOrigin.Curated),
            Confidence = line.Number("confidence"),
            Rank = line.Enum("rank", StatementRank.Normal),
            Key = line.String("key"),
            Qualifiers = Qualifiers(line),
            Supersedes = line.String("supersedes"),
        };
    }

    private static Citation Citation(JsonFields json)
    {
        var citation = new Citation
        {
            Quote = json.String("quote"),
            Prefix = json.String("prefix"),
            Suffix = json.String("suffix"),
            Start = json.Integer("start"),
            End = json.Integer("end"),
            Locator = json.String("locator"),
            Anchor = json.Enum("anchor", CitationAnchor.Unverified),
            SourceContentHash = json.String("sourceContentHash"),
        };
        json.RejectUnread();
        return citation;
    }

    private static ValidityInterval Validity(JsonFields json)
    {
        var from = json.Date("from");
        var to = json.Date("to");
        var point = json.Date("pointInTime");
        json.RejectUnread();
        return point is PartialDate date
            ? from is null && to is null ? ValidityInterval.PointInTime(date) : throw new FormatException("a validity with a pointInTime has no from or to")
            : ValidityInterval.Between(from, to);
    }

    private static List<Qualifier> Qualifiers(JsonFields line) => line.Array("qualifiers").Select(item =>
    {
        var json = new JsonFields(item, "a qualifier");
        var qualifier = new Qualifier
        {
            Property = json.Required("property"),
            Value = json.Object("value") is JsonFields value ? Value(value) : throw new FormatException("a qualifier has no \"value\""),
        };
        json.RejectUnread();
        return qualifier;
    }).ToList();

    /// <summary>A fact's object or a qualifier's value: <c>type</c>, then the members its type has.</summary>
    private static FactObject Value(JsonFields json)
    {
        var type = json.Required("type");
        var value = type == "entity" ? FactObject.Entity(json.Required("entity")) : Literal(json, type);
        json.RejectUnread();
        return value;
    }

    private static FactObject Literal(JsonFields json, string typeName)
    {
        var type = System.Enum.GetValues<LiteralType>().FirstOrDefault(t => Exporting.RecordJson.Name(t) == typeName, (LiteralType)(-1));
        return type switch
        {
            LiteralType.Quantity => FactObject.Quantity(json.Required("value"), json.String("unit"), json.String("lowerBound"), json.String("upperBound")),
            LiteralType.Coordinates when json.Get("value") is var _ => FactObject.Coordinates(
                json.Number("latitude") ?? throw new FormatException("coordinates have no \"latitude\""),
                json.Number("longitude") ?? throw new FormatException("coordinates have no \"longitude\""),
                json.Number("precision"),
                json.String("globe") is string globe ? ExternalId.Parse(globe) : (ExternalId?)null),
            LiteralType.MonolingualText => FactObject.MonolingualText(json.Required("value"), json.Required("language")),
            LiteralType.UnknownValue => FactObject.UnknownValue(),
            LiteralType.NoValue => FactObject.NoValue(),
            (LiteralType)(-1) => throw new FormatException($"a value's type is '{ImportLimits.Excerpt(typeName)}'; expected entity or one of {string.Join(", ", System.Enum.GetValues<LiteralType>().Select(t => Exporting.RecordJson.Name(t)))}"),
            _ => FactObject.Literal(json.Required("value"), type),
        };
    }

    private static List<LocalizedText> Texts(JsonFields line, string name) => line.Array(name).Select(item =>
    {
        var json = new JsonFields(item, $"an item of \"{name}\"");
        var text = LocalizedText.Create(json.Required("text"), json.String("language"));
        json.RejectUnread();
        return text;
    }).ToList();
}
