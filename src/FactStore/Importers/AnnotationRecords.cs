namespace FactStore.Importers;

/// <summary>Builds records from annotation lines; the record types validate their own fields.</summary>
internal static class AnnotationRecords
{
    public static Entity Entity(AnnotationLine row, AnnotationKeys keys)
    {
        var key = row.Required("key");
        var entity = new Entity
        {
            Label = row.Required("label"),
            Kind = row.Enum("kind", EntityKind.Other),
            Aliases = [.. row.List("aliases").Select(alias => LocalizedText.Create(alias))],
        };
        keys.DeclareEntity(key, entity.Id);
        return entity;
    }

    public static Fact Fact(AnnotationLine row, AnnotationKeys keys)
    {
        var key = row.Required("key");
        var objectEntity = row.Optional("objectEntity");
        var objectValue = row.Optional("objectValue");
        var objectType = row.Enum("objectType", LiteralType.Text);
        var factObject = (objectEntity, objectValue) switch
        {
            (string entity, null) => FactObject.Entity(keys.Entity(entity)),
            (null, string value) => FactObject.Literal(value, objectType),
            _ => throw new FormatException("a fact needs exactly one of \"objectEntity\" and \"objectValue\""),
        };
        var at = row.Date("validAt");
        var (from, to) = (row.Date("validFrom"), row.Date("validTo"));
        if (at is not null && (from is not null || to is not null))
        {
            throw new FormatException("give either \"validAt\" or \"validFrom\"/\"validTo\", not both");
        }

        var fact = new Fact
        {
            SubjectId = keys.Entity(row.Required("subject")),
            Predicate = row.Required("predicate"),
            Object = factObject,
            Statement = row.Required("statement"),
            Validity = at is PartialDate point ? ValidityInterval.At(point) : ValidityInterval.Between(from, to),
            Supersedes = row.Optional("supersedes") is string old ? keys.Fact(old) : null,
        };
        keys.DeclareFact(key, fact.Id);
        return fact;
    }

    /// <summary>
    /// A stance. Its optional key lets later lines supersede or retract it; the key stands for the stance as the store
    /// anchors it, so the id is computed from the quote as given (typography folded), which anchoring does not change.
    /// </summary>
    public static async Task<Stance> StanceAsync(AnnotationLine row, AnnotationKeys keys, CancellationToken cancellationToken)
    {
        var key = row.Optional("key");
        var stance = new Stance
        {
            FactId = keys.Fact(row.Required("fact")),
            SourceId = await keys.SourceAsync(row.Required("source"), cancellationToken).ConfigureAwait(false),
            Position = row.Enum("position", StancePosition.Neutral),
            HolderId = row.Optional("holder") is string holder ? keys.Entity(holder) : null,
            Citation = new Citation { Quote = row.Required("quote"), Prefix = row.Optional("prefix") },
            SaidAt = row.Date("saidAt"),
            Origin = row.Enum("origin", StanceOrigin.Curated),
            Confidence = row.Number("confidence"),
            Supersedes = row.Optional("supersedes") is string old ? keys.Stance(old) : null,
        };
        if (key is not null)
        {
            keys.DeclareStance(key, stance.Id);
        }

        return stance;
    }

    public static Retraction Retraction(AnnotationLine row, AnnotationKeys keys) => new()
    {
        TargetId = (row.Optional("fact"), row.Optional("stance")) switch
        {
            (string fact, null) => keys.Fact(fact),
            (null, string stance) => keys.Stance(stance),
            _ => throw new FormatException("a retraction needs exactly one of \"fact\" and \"stance\""),
        },
        Reason = row.Required("reason"),
    };
}
