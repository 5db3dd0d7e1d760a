using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore entities</c>: the entities a store knows, most facts first, with how many facts and stances each has.</summary>
internal static class EntitiesCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins) =>
        ListCommand.Create<EntitySummary>(
            console,
            database,
            plugins,
            "entities",
            "List entities, most facts first, with their fact and stance counts.",
            "Only entities whose label or an alias starts with this (case and diacritics ignored)",
            (store, query, cancellationToken) => store.ListEntitiesAsync(query, cancellationToken),
            WriteJson,
            WriteText);

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, IEnumerable<EntitySummary> entities)
    {
        writer.WriteStartArray();
        foreach (var summary in entities)
        {
            writer.WriteStartObject();
            EntityJsonWriter.WriteProperties(writer, summary.Entity);
            writer.WriteNumber("factCount", summary.FactCount);
            writer.WriteNumber("stanceCount", summary.StanceCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A table (label, kind, facts, stances held, aliases); redirected, one line per entity with its id first.</summary>
    private static void WriteText(CliConsole console, IEnumerable<EntitySummary> entities)
    {
        var table = new TextTable(
            new TextColumn("Id", HiddenOnTerminal: true), new("Entity"), new("Kind"), new("Facts"), new("Stances held"), new("Aliases"));
        foreach (var summary in entities)
        {
            table.Add(
                summary.Entity.Id,
                summary.Entity.Label,
                RecordJson.Name(summary.Entity.Kind),
                summary.FactCount.ToString(CultureInfo.InvariantCulture),
                summary.StanceCount.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", summary.Entity.Aliases.Select(a => a.Text)));
        }

        table.Write(console, "entity", "entities");
    }
}
