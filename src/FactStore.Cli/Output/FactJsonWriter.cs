using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactStore.Cli.Output;

/// <summary>
/// The one place that knows how <c>factstore facts --json</c> shows a fact: one JSON array of facts, each with its
/// subject, object, validity and stances with their sources and citations. A new record field is added here.
/// </summary>
internal static class FactJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(Stream output, IReadOnlyList<FactEvidence> facts, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var evidence in facts)
        {
            Write(writer, evidence);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter writer, FactEvidence evidence)
    {
        var fact = evidence.Fact;
        writer.WriteStartObject();
        writer.WriteString("id", fact.Id);
        writer.WritePropertyName("subject");
        WriteEntity(writer, evidence.Subject);
        writer.WriteString("predicate", fact.Predicate);
        writer.WriteStartObject("object");
        if (evidence.Object is Entity entity)
        {
            writer.WritePropertyName("entity");
            WriteEntity(writer, entity);
        }
        else
        {
            writer.WriteString("type", Name(fact.Object.LiteralType));
            writer.WriteString("value", fact.Object.Value);
        }

        writer.WriteEndObject();
        writer.WriteString("statement", fact.Statement);
        writer.WriteStartObject("validity");
        writer.WriteString("from", fact.Validity.From?.ToString());
        writer.WriteString("to", fact.Validity.To?.ToString());
        writer.WriteEndObject();
        writer.WriteString("supersedes", fact.Supersedes);
        writer.WriteStartArray("stances");
        foreach (var stance in evidence.Stances)
        {
            WriteStance(writer, stance);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStance(Utf8JsonWriter writer, StanceEvidence evidence)
    {
        var stance = evidence.Stance;
        writer.WriteStartObject();
        writer.WriteString("id", stance.Id);
        if (evidence.Holder is Entity holder)
        {
            writer.WriteStartObject("holder");
            writer.WriteString("id", holder.Id);
            writer.WriteString("label", holder.Label);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("holder");
        }

        writer.WriteStartObject("source");
        writer.WriteString("id", evidence.Source.Id);
        writer.WriteString("title", evidence.Source.Title);
        writer.WriteStartArray("locators");
        foreach (var locator in evidence.Source.Locators)
        {
            writer.WriteStringValue(locator);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("position", Name(stance.Position));
        writer.WriteString("origin", Name(stance.Origin));
        if (stance.Confidence is double confidence)
        {
            writer.WriteNumber("confidence", confidence);
        }
        else
        {
            writer.WriteNull("confidence");
        }

        writer.WriteStartObject("citation");
        writer.WriteString("quote", stance.Citation.Quote);
        WriteNumber(writer, "start", stance.Citation.Start);
        WriteNumber(writer, "end", stance.Citation.End);
        writer.WriteString("anchor", Name(stance.Citation.Anchor));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>An entity as facts show it. <c>externalIds</c> is empty until entities carry external ids (e.g. <c>wikidata:Q2112</c>).</summary>
    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("label", entity.Label);
        writer.WriteStartArray("externalIds");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
