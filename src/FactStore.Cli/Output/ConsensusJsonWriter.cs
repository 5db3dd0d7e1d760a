using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.Cli.Output;

/// <summary>
/// How <c>contested --json</c> and <c>consensus --json</c> show a fact with its independent voices: the fact as
/// <c>facts --json</c> writes it, the verdict, and each voice (name, kind, key) with its stances' quotes and sources.
/// </summary>
internal static class ConsensusJsonWriter
{
    /// <summary>Writes <c>fact</c>, <c>verdict</c>, <c>supporting</c>, <c>refuting</c> and <c>undecided</c> into the object being written.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, Consensus consensus, IReadOnlyDictionary<string, Entity> entities)
    {
        writer.WritePropertyName("fact");
        FactJsonWriter.Write(writer, consensus.Evidence, entities);
        writer.WriteString("verdict", RecordJson.Name(consensus.Verdict));
        WriteVoices(writer, "supporting", consensus.Supporting);
        WriteVoices(writer, "refuting", consensus.Refuting);
        WriteVoices(writer, "undecided", consensus.Undecided);
    }

    private static void WriteVoices(Utf8JsonWriter writer, string name, IReadOnlyList<ConsensusVoice> voices)
    {
        writer.WriteStartArray(name);
        foreach (var voice in voices)
        {
            writer.WriteStartObject();
            writer.WriteString("name", voice.Name);
            writer.WriteString("kind", RecordJson.Name(voice.Kind));
            writer.WriteString("key", voice.Key);
            writer.WriteStartArray("stances");
            foreach (var stance in voice.Stances)
            {
                writer.WriteStartObject();
                writer.WriteString("id", stance.Stance.Id);
                writer.WriteString("position", RecordJson.Name(stance.Stance.Position));
                writer.WriteString("quote", stance.Stance.Citation?.Quote);
                writer.WriteStartObject("source");
                writer.WriteString("id", stance.Source.Id);
                writer.WriteString("title", stance.Source.Title);
                writer.WriteString("publisher", stance.Source.Publisher);
                RecordJson.WriteIds(writer, "locators", stance.Source.Locators);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
