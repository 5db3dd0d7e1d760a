using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.Cli.Output;

/// <summary>
/// An entity in full, as <c>entity</c> and <c>entities</c> show it: id, label, kind, aliases and descriptions with their
/// language, external ids. (Facts show their entities shorter, with <see cref="FactJsonWriter.WriteEntity"/>.)
/// </summary>
internal static class EntityJsonWriter
{
    /// <summary>Writes the entity's properties into the object the caller has started, so it can add its own.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteString("id", entity.Id);
        writer.WriteString("label", entity.Label);
        writer.WriteString("kind", RecordJson.Name(entity.Kind));
        RecordJson.WriteTexts(writer, "aliases", entity.Aliases);
        RecordJson.WriteTexts(writer, "descriptions", entity.Descriptions);
        RecordJson.WriteIds(writer, "externalIds", entity.ExternalIds);
    }
}
