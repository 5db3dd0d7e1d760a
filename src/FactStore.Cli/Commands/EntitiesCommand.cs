using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore entities</c>: the entities a store knows, most facts first, with how many facts and stances each has.</summary>
internal static class EntitiesCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var prefix = new Option<string>("--prefix") { Description = "Only entities whose label or an alias starts with this (case and diacritics ignored)", HelpName = "P" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new ListQuery().Limit, "entities");
        var json = new Option<bool>("--json") { Description = "Print the entities as one JSON array" };
        var command = new Command("entities", "List entities, most facts first, with their fact and stance counts.")
        {
            prefix, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var query = new ListQuery
            {
                Prefix = parsed.GetValue(prefix),
                KnownAt = KnownAtArgument.Parse(parsed.GetValue(knownAt)),
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var page = await AfterCursor.ReadAsync(query.After, () => store.ListEntitiesAsync(query, cancellationToken)).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, query.Limit, page.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer => WriteJson(writer, page), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                WriteText(console, page);
            }

            return ExitCodes.Success;
        });
        return command;
    }

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
