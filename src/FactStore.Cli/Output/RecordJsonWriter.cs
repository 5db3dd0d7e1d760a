using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.Cli.Output;

/// <summary>
/// How <c>source --json</c> and <c>history --json</c> show a source (its metadata, never its text), an entity, a stance
/// by its ids, and a change with its provenance.
/// </summary>
internal static class RecordJsonWriter
{
    /// <summary>A source's metadata and its text's length in UTF-16 code units (null when the text was not read).</summary>
    public static void WriteSource(Utf8JsonWriter writer, Source source, int? textLength)
    {
        writer.WriteStartObject();
        writer.WriteString("id", source.Id);
        writer.WriteString("title", source.Title);
        writer.WriteString("publisher", source.Publisher);
        writer.WriteStartArray("authors");
        foreach (var author in source.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        writer.WriteString("statedDate", source.StatedDate?.ToString());
        writer.WriteString("statedDateKind", RecordJson.Name(source.StatedDateKind));
        writer.WriteString("language", source.Language);
        RecordJson.WriteIds(writer, "locators", source.Locators);
        RecordJson.WriteNumber(writer, "textLength", textLength);
        writer.WriteBoolean("byReference", source.IsReference);
        writer.WriteString("redacted", source.Redaction?.Reason);
        writer.WriteString("accessed", source.Accessed?.ToString());
        if (source.RetrievedAt is DateTimeOffset retrieved)
        {
            writer.WriteString("retrievedAt", retrieved);
        }
        else
        {
            writer.WriteNull("retrievedAt");
        }

        writer.WriteString("contentHash", source.ContentHash);
        writer.WriteEndObject();
    }

    /// <summary>The length of a source's text as <c>factstore sources</c> counts it: 0 for a source by reference or a redacted one.</summary>
    public static int? TextLength(Source source) =>
        source.IsReference || source.IsRedacted ? 0 : source.Text?.Length;

    /// <summary>An entity with its kind, names, external ids and descriptions.</summary>
    public static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("label", entity.Label);
        writer.WriteString("kind", RecordJson.Name(entity.Kind));
        RecordJson.WriteTexts(writer, "aliases", entity.Aliases);
        RecordJson.WriteIds(writer, "externalIds", entity.ExternalIds);
        RecordJson.WriteTexts(writer, "descriptions", entity.Descriptions);
        writer.WriteEndObject();
    }

    /// <summary>A stance with its fact, source and holder as ids.</summary>
    public static void WriteStance(Utf8JsonWriter writer, Stance stance)
    {
        writer.WriteStartObject();
        writer.WriteString("id", stance.Id);
        writer.WriteString("factId", stance.FactId);
        writer.WriteString("sourceId", stance.SourceId);
        writer.WriteString("holderId", stance.HolderId);
        writer.WriteString("position", RecordJson.Name(stance.Position));
        writer.WriteString("rank", RecordJson.Name(stance.Rank));
        writer.WriteString("origin", RecordJson.Name(stance.Origin));
        writer.WriteString("saidAt", stance.SaidAt?.ToString());
        RecordJson.WriteCitation(writer, stance.Citation);
        writer.WriteString("supersedes", stance.Supersedes);
        writer.WriteBoolean("redacted", stance.IsRedacted);
        writer.WriteEndObject();
    }

    /// <summary>A change: kind, record, target, detail, and which run of which importer recorded it when.</summary>
    public static void WriteChange(Utf8JsonWriter writer, Change change)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", RecordJson.Name(change.Kind));
        writer.WriteString("recordId", change.RecordId);
        writer.WriteString("targetId", change.TargetId);
        writer.WriteString("detail", change.Detail);
        writer.WriteString("recordedAt", change.Provenance.RecordedAt);
        writer.WriteString("importer", change.Provenance.Importer);
        writer.WriteString("importerVersion", change.Provenance.ImporterVersion);
        writer.WriteString("importRunId", change.Provenance.ImportRunId);
        writer.WriteString("input", change.Provenance.Input);
        writer.WriteEndObject();
    }
}
