using FactStore.Identity;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>
/// Reads records from the rows of <see cref="Sql"/>'s selects, by column name, and checks each against its stored id: a
/// row whose content no longer hashes to its id has been altered outside FactStore, and is reported rather than returned.
/// </summary>
internal static class RecordReader
{
    /// <summary>
    /// Reads a source without its locators, which live in their own table; a redacted one with its tombstone. A row
    /// without the text (left out on request, or erased by a redaction the row does not show) reads as
    /// <see cref="Source.AsTextOmitted"/>, checked against its id through its content hash only.
    /// </summary>
    public static Source Source(Row r)
    {
        var id = r.String("id");
        var text = r.NullableString("text");
        var hash = r.NullableString("content_hash");
        var source = new Source
        {
            Title = r.NullableString("title"),
            Publisher = r.NullableString("publisher"),
            Authors = RecordColumns.ReadList(r.String("authors")),
            StatedDate = RecordColumns.ReadDate(r.NullableString("stated_date")),
            StatedDateKind = RecordColumns.ReadEnum<StatedDateKind>(r.String("stated_date_kind")),
            RetrievedAt = r.NullableString("retrieved_at") is string retrieved ? StoreTime.Read(retrieved) : null,
            Accessed = RecordColumns.ReadDate(r.NullableString("accessed")),
            Language = r.NullableString("language"),
            Text = text is { Length: 0 } ? null : text,
            ExtensionData = r.NullableString("extra"),
            Provenance = Provenance(r),
        };
        if (!r.IsNull("redaction_id"))
        {
            var redaction = Checked(
                new Redaction
                {
                    TargetId = r.String("redaction_target"),
                    Reason = r.String("redaction_reason"),
                    Provenance = Provenance(r, "redaction_recorded_at", "redaction_run_id", "redaction_importer", "redaction_importer_version", "redaction_input"),
                },
                r.String("redaction_id"));
            return text is null or { Length: 0 }
                ? source.AsRedacted(hash, redaction)
                : throw new RecordIntegrityException(id, "a redacted source that still holds text");
        }

        return (hash, text) switch
        {
            // A source by reference is identified by its first locator, which the caller adds and checks.
            (null, _) => source,
            (_, { Length: > 0 }) => Checked(source, id),
            (_, { Length: 0 }) when !r.Bool("erased") => throw new RecordIntegrityException(id, "a source whose text was erased without a redaction"),
            _ => Checked(source.AsTextOmitted(hash), id),
        };
    }

    /// <summary>Reads a source locator or an entity's external id (<c>scheme</c>, <c>value</c>).</summary>
    public static ExternalId ExternalId(Row r) => FactStore.ExternalId.Create(r.String("scheme"), r.String("value"));

    /// <summary>Reads an entity's alias (<c>value</c>, <c>language</c>).</summary>
    public static LocalizedText Alias(Row r) => LocalizedText.Create(r.String("value"), r.NullableString("language"));

    /// <summary>Reads an entity's description (<c>value</c>, <c>language</c>, empty for none).</summary>
    public static LocalizedText Description(Row r) => LocalizedText.Create(r.String("value"), r.String("language") is { Length: > 0 } l ? l : null);

    /// <summary>Adds a source's locators; a source by reference is identified by one of them, which is put first and checked.</summary>
    public static Source WithLocators(Source source, string storedId, IReadOnlyList<ExternalId> locators)
    {
        var complete = source with { Locators = source.IsReference ? IdentityFirst(locators, l => new Source { Locators = [l] }.Id, storedId) : locators };
        return source.IsReference && !source.IsRedacted ? Checked(complete, storedId) : complete;
    }

    /// <summary>
    /// The identifiers with the one the record's id derives from first. The table returns those recorded in one run by
    /// scheme and value, not in the order the record listed them, so a source by reference with a <c>file:</c> and a
    /// <c>url:</c> locator, or an entity with a <c>url:</c> before its <c>wikidata:</c> id, would otherwise read back
    /// under another identity.
    /// </summary>
    private static IReadOnlyList<ExternalId> IdentityFirst(IReadOnlyList<ExternalId> ids, Func<ExternalId, string> idOf, string storedId)
    {
        if (ids.Count < 2 || idOf(ids[0]) == storedId)
        {
            return ids;
        }

        for (var i = 1; i < ids.Count; i++)
        {
            if (idOf(ids[i]) == storedId)
            {
                return [ids[i], .. ids.Where((_, j) => j != i)];
            }
        }

        return ids;
    }

    /// <summary>Reads an entity (checked against its stored id under the label it was first recorded with), with its newest label.</summary>
    public static Entity Entity(Row r, IReadOnlyList<LocalizedText> aliases, IReadOnlyList<ExternalId> externalIds, IReadOnlyList<LocalizedText> descriptions)
    {
        var entity = Checked(
            new Entity
            {
                Kind = RecordColumns.ReadEnum<EntityKind>(r.String("kind")),
                Label = r.String("label"),
                Aliases = aliases,
                ExternalIds = IdentityFirst(externalIds, FactStore.Entity.IdFor, r.String("id")),
                Descriptions = descriptions,
                ExtensionData = r.NullableString("extra"),
                Provenance = Provenance(r),
            },
            r.String("id"));
        return r.NullableString("current_label") is string label ? entity with { Label = label } : entity;
    }

    public static Fact Fact(Row r)
    {
        var type = r.NullableString("object_type");
        var from = RecordColumns.ReadDate(r.NullableString("valid_from"));
        var to = RecordColumns.ReadDate(r.NullableString("valid_to"));
        return Checked(
            new Fact
            {
                SubjectId = r.NullableString("subject_id"),
                Predicate = r.NullableString("predicate"),
                Object = type is null
                    ? null
                    : FactObjectColumns.Read(r.NullableString("object_entity_id"), r.NullableString("object_value"), type, r.NullableString("object_detail")),
                Qualifiers = FactObjectColumns.ReadQualifiers(r.NullableString("qualifiers")),
                StatementKey = r.NullableString("statement_key"),
                Statement = r.String("statement"),
                Validity = RecordColumns.ReadValidity(from, to, r.Long("valid_point") != 0),
                Supersedes = r.NullableString("supersedes_id"),
                ExtensionData = r.NullableString("extra"),
                Provenance = Provenance(r),
            },
            r.String("id"));
    }

    /// <summary>Reads a stance; one whose source was redacted keeps its stored id, its excerpt erased.</summary>
    public static Stance Stance(Row r)
    {
        var id = r.String("id");
        var quote = r.NullableString("quote");
        var redacted = quote is { Length: 0 };
        var start = r.NullableInt("quote_start");
        var locator = r.NullableString("locator");
        var stance = new Stance
        {
            FactId = r.String("fact_id"),
            SourceId = r.String("source_id"),
            Position = RecordColumns.ReadEnum<StancePosition>(r.String("position")),
            HolderId = r.NullableString("holder_id"),
            Citation = quote is null && start is null && locator is null
                ? null
                : new Citation
                {
                    Quote = redacted ? FactStore.Source.RedactedText : quote,
                    Start = start,
                    End = r.NullableInt("quote_end"),
                    Prefix = r.NullableString("quote_prefix"),
                    Suffix = r.NullableString("quote_suffix"),
                    Locator = locator,
                    Anchor = RecordColumns.ReadEnum<CitationAnchor>(r.String("anchor")),
                    SourceContentHash = r.NullableString("source_hash"),
                },
            SaidAt = RecordColumns.ReadDate(r.NullableString("said_at")),
            Origin = RecordColumns.ReadEnum<StanceOrigin>(r.String("origin")),
            Confidence = r.NullableDouble("confidence"),
            Rank = RecordColumns.ReadEnum<StatementRank>(r.String("rank")),
            Key = r.NullableString("stance_key"),
            Qualifiers = FactObjectColumns.ReadQualifiers(r.NullableString("qualifiers")),
            Supersedes = r.NullableString("supersedes_id"),
            ExtensionData = r.NullableString("extra"),
            Provenance = Provenance(r),
        };
        if (redacted)
        {
            return r.Bool("source_redacted")
                ? stance.AsRedacted(id)
                : throw new RecordIntegrityException(id, "a stance with an erased quote whose source was never redacted");
        }

        var firstRelease = r.Long("id_scheme") == 1;
        var computed = firstRelease ? FirstReleaseId(stance) : stance.Id;
        return computed != id ? throw new RecordIntegrityException(id, computed)
            : firstRelease ? stance with { FirstReleaseId = id }
            : stance;
    }

    public static Retraction Retraction(Row r) => Checked(
        new Retraction
        {
            TargetId = r.String("target_id"),
            Reason = r.String("reason"),
            ExtensionData = r.NullableString("extra"),
            Provenance = Provenance(r),
        },
        r.String("id"));

    internal static Provenance Provenance(Row r) =>
        Provenance(r, "recorded_at", "run_id", "importer", "importer_version", "input");

    private static Provenance Provenance(Row r, string recordedAt, string runId, string importer, string version, string input) => new()
    {
        RecordedAt = StoreTime.Read(r.String(recordedAt)),
        ImportRunId = r.String(runId),
        Importer = r.String(importer),
        ImporterVersion = r.String(version),
        Input = r.String(input),
    };

    private static T Checked<T>(T record, string storedId)
        where T : StoreRecord =>
        record.Id == storedId
            ? record
            : throw new RecordIntegrityException(storedId, record.Id);

    /// <summary>A stance's identifier under the first release's scheme, which stances stored by it keep (no offsets, rank or key).</summary>
    private static string FirstReleaseId(Stance stance) => ContentId.Create(
        "stn",
        stance.FactId,
        stance.SourceId,
        stance.HolderId,
        stance.Position.ToString(),
        stance.Origin.ToString(),
        TextFolding.FoldTypography(stance.Citation?.Quote ?? "").Trim(),
        stance.Supersedes);
}
