using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// Reads records from the rows of <see cref="Sql"/>'s selects, and checks each against its stored id: a row whose
/// content no longer hashes to its id has been altered outside FactStore, and is reported rather than returned.
/// </summary>
internal static class RecordReader
{
    /// <summary>Reads a source without its locators, which live in their own table; a redacted one with its tombstone.</summary>
    public static Source Source(DbDataReader r)
    {
        var text = r.GetString(8);
        var source = new Source
        {
            Title = r.NullableString(1),
            Publisher = r.NullableString(2),
            Authors = RecordColumns.ReadList(r.GetString(3)),
            StatedDate = RecordColumns.ReadDate(r.NullableString(4)),
            StatedDateKind = RecordColumns.ReadEnum<StatedDateKind>(r.GetString(5)),
            RetrievedAt = r.NullableString(6) is string retrieved ? StoreTime.Read(retrieved) : null,
            Language = r.NullableString(7),
            Text = text.Length > 0 ? text : FactStore.Source.RedactedText,
            Provenance = Provenance(r, 9),
        };
        if (r.IsDBNull(15))
        {
            return Checked(source, r.GetString(0));
        }

        var redaction = Checked(new Redaction { TargetId = r.GetString(16), Reason = r.GetString(17), Provenance = Provenance(r, 18) }, r.GetString(15));
        return text.Length == 0
            ? source.AsRedacted(r.GetString(14), redaction)
            : throw new RecordIntegrityException(r.GetString(0), "a redacted source that still holds text");
    }

    public static Entity Entity(DbDataReader r, IReadOnlyList<string> aliases) => Checked(
        new Entity
        {
            Kind = RecordColumns.ReadEnum<EntityKind>(r.GetString(1)),
            Label = r.GetString(2),
            Aliases = aliases,
            Provenance = Provenance(r, 3),
        },
        r.GetString(0));

    public static Fact Fact(DbDataReader r) => Checked(
        new Fact
        {
            SubjectId = r.GetString(1),
            Predicate = r.GetString(2),
            Object = r.NullableString(3) is string entity
                ? FactObject.Entity(entity)
                : FactObject.Literal(r.GetString(4), RecordColumns.ReadEnum<LiteralType>(r.GetString(5))),
            Statement = r.GetString(6),
            Validity = ValidityInterval.Between(RecordColumns.ReadDate(r.NullableString(7)), RecordColumns.ReadDate(r.NullableString(8))),
            Supersedes = r.NullableString(9),
            Provenance = Provenance(r, 10),
        },
        r.GetString(0));

    /// <summary>Reads a stance; one whose source was redacted keeps its stored id, its excerpt erased.</summary>
    public static Stance Stance(DbDataReader r)
    {
        var redacted = r.GetString(5).Length == 0;
        var stance = new Stance
        {
            FactId = r.GetString(1),
            SourceId = r.GetString(2),
            Position = RecordColumns.ReadEnum<StancePosition>(r.GetString(3)),
            HolderId = r.NullableString(4),
            Citation = new Citation
            {
                Quote = redacted ? FactStore.Source.RedactedText : r.GetString(5),
                Start = r.GetInt32(6),
                End = r.GetInt32(7),
                Prefix = r.GetString(8),
                Suffix = r.GetString(9),
                Anchor = RecordColumns.ReadEnum<CitationAnchor>(r.GetString(10)),
                SourceContentHash = r.GetString(11),
            },
            SaidAt = RecordColumns.ReadDate(r.NullableString(12)),
            Origin = RecordColumns.ReadEnum<StanceOrigin>(r.GetString(13)),
            Confidence = r.IsDBNull(14) ? null : r.GetDouble(14),
            Supersedes = r.NullableString(15),
            Provenance = Provenance(r, 16),
        };
        return !redacted ? Checked(stance, r.GetString(0))
            : r.GetBoolean(21) ? stance.AsRedacted(r.GetString(0))
            : throw new RecordIntegrityException(r.GetString(0), "a stance with an erased quote whose source was never redacted");
    }

    public static Retraction Retraction(DbDataReader r) => Checked(
        new Retraction
        {
            TargetId = r.GetString(1),
            Reason = r.GetString(2),
            Provenance = Provenance(r, 3),
        },
        r.GetString(0));

    /// <summary>Reads the provenance columns: recorded_at at <paramref name="at"/>, then the import run's id, importer, version and input.</summary>
    private static Provenance Provenance(DbDataReader r, int at) => new()
    {
        RecordedAt = StoreTime.Read(r.GetString(at)),
        ImportRunId = r.GetString(at + 1),
        Importer = r.GetString(at + 2),
        ImporterVersion = r.GetString(at + 3),
        Input = r.GetString(at + 4),
    };

    private static T Checked<T>(T record, string storedId)
        where T : StoreRecord =>
        record.Id == storedId
            ? record
            : throw new RecordIntegrityException(storedId, record.Id);
}
