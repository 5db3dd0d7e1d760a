using System.Text.Encodings.Web;
using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.Cli.Output;

/// <summary>
/// The one place that knows how <c>factstore facts --json</c> shows a fact: one JSON array of facts, each with its
/// subject, object, qualifiers, validity and stances with their sources and citations. Entities (subject, object,
/// units, qualifier values, holders) are shown with their label and external ids. Values, validity and citations are
/// written as the library's export writes them (<see cref="RecordJson"/>).
/// </summary>
internal static class FactJsonWriter
{
    private static readonly JsonWriterOptions Options = JsonOutput.Options;

    public static async Task WriteAsync(
        Stream output, IReadOnlyList<FactEvidence> facts, IReadOnlyDictionary<string, Entity> entities, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var evidence in facts)
        {
            Write(writer, evidence, entities);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One fact as <c>facts --json</c> shows it, its stances included.</summary>
    public static void Write(Utf8JsonWriter writer, FactEvidence evidence, IReadOnlyDictionary<string, Entity> entities)
    {
        var fact = evidence.Fact;
        void WriteEntityById(Utf8JsonWriter json, string id) => WriteEntity(json, entities.GetValueOrDefault(id), id);

        writer.WriteStartObject();
        writer.WriteString("id", fact.Id);
        writer.WritePropertyName("subject");
        WriteEntity(writer, evidence.Subject, fact.SubjectId);
        writer.WriteString("predicate", fact.Predicate);
        writer.WritePropertyName("object");
        if (fact.Object is FactObject value)
        {
            RecordJson.WriteValue(writer, value, WriteEntityById);
        }
        else
        {
            writer.WriteNullValue();
        }

        RecordJson.WriteQualifiers(writer, fact.Qualifiers, WriteEntityById);
        writer.WriteString("statementKey", fact.StatementKey);
        writer.WriteString("statement", fact.Statement);
        RecordJson.WriteValidity(writer, fact.Validity);
        writer.WriteString("supersedes", fact.Supersedes);
        writer.WriteStartArray("stances");
        foreach (var stance in evidence.Stances)
        {
            WriteStance(writer, stance);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One stance as <c>facts --json</c> shows it: holder, source metadata, position, rank, origin, citation.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="evidence">The stance.</param>
    /// <param name="withFact">Also write <c>"fact": {"id", "statement"}</c>, for a stance listed apart from its fact.</param>
    public static void WriteStance(Utf8JsonWriter writer, StanceEvidence evidence, bool withFact = false)
    {
        var stance = evidence.Stance;
        writer.WriteStartObject();
        writer.WriteString("id", stance.Id);
        writer.WritePropertyName("holder");
        if (evidence.Holder is Entity holder)
        {
            WriteEntity(writer, holder, holder.Id);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartObject("source");
        writer.WriteString("id", evidence.Source.Id);
        writer.WriteString("title", evidence.Source.Title);
        writer.WriteString("publisher", evidence.Source.Publisher);
        writer.WriteBoolean("byReference", evidence.Source.IsReference);
        RecordJson.WriteIds(writer, "locators", evidence.Source.Locators);
        writer.WriteEndObject();
        writer.WriteString("position", RecordJson.Name(stance.Position));
        writer.WriteString("rank", RecordJson.Name(stance.Rank));
        writer.WriteString("origin", RecordJson.Name(stance.Origin));
        if (stance.Confidence is double confidence)
        {
            writer.WriteNumber("confidence", confidence);
        }
        else
        {
            writer.WriteNull("confidence");
        }

        RecordJson.WriteCitation(writer, stance.Citation);
        RecordJson.WriteQualifiers(writer, stance.Qualifiers, (json, id) => WriteEntity(json, null, id));
        if (withFact)
        {
            writer.WriteStartObject("fact");
            writer.WriteString("id", stance.FactId);
            writer.WriteString("statement", evidence.Fact?.Statement);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>An entity as facts show it: id, label and external ids (e.g. <c>wikidata:Q2112</c>); only the id when it is not at hand.</summary>
    public static void WriteEntity(Utf8JsonWriter writer, Entity? entity, string? id)
    {
        if (entity is null && id is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("id", entity?.Id ?? id);
        writer.WriteString("label", entity?.Label);
        RecordJson.WriteIds(writer, "externalIds", entity?.ExternalIds ?? []);
        writer.WriteEndObject();
    }
}
