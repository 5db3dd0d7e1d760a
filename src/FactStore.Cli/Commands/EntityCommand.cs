using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore entity NAME</c>: the one entity a name denotes, how the name matched, its current facts (as subject or
/// object) with their stances, and how many stances it holds.
/// </summary>
internal static class EntityCommand
{
    private const int CountPage = 1000;

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var name = new Argument<string>("NAME") { Description = "A label, alias, surname, spelling, external id (Q2112) or id of the entity" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new FactQuery().Limit, "facts");
        var json = new Option<bool>("--json") { Description = "Print the entity, the match and its facts as one JSON document" };
        var command = new Command("entity", "Show an entity: its names and ids, how NAME matched it, its current facts and the stances it holds.")
        {
            name, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var query = new FactQuery
            {
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var reader = store.AsKnownAt(at);
            var typed = parsed.GetRequiredValue(name);
            var resolution = await reader.ResolveNameAsync(typed, cancellationToken).ConfigureAwait(false);
            var entity = resolution.Match ?? throw CliException.BadInput(EntityName.Describe("entity", resolution));
            var match = resolution.Candidates.First(c => c.Entity.Id == entity.Id);

            query = query with { About = entity.Id };
            var facts = await AfterCursor.ReadAsync(query.After, () => reader.FindFactsAsync(query, cancellationToken)).ConfigureAwait(false);
            var evidence = await reader.GetEvidenceAsync(facts.Select(f => f.Id), new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
            var held = await CountStancesHeldAsync(reader, entity.Id, cancellationToken).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, query.Limit, facts.NextCursor).ConfigureAwait(false);

            if (parsed.GetValue(json))
            {
                var entities = await FactsCommand.ReferencedEntitiesAsync(store, evidence, cancellationToken).ConfigureAwait(false);
                await JsonOutput.WriteAsync(console, writer => WriteJson(writer, typed, match, entity, evidence, entities, held), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                WriteText(console, match, entity, held);
                FactText.Write(console, evidence);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The current stances the entity holds on standing facts, counted a page at a time (as <c>stances --holder</c> lists them).</summary>
    private static async Task<int> CountStancesHeldAsync(IFactStoreReader store, string entityId, CancellationToken cancellationToken)
    {
        var count = 0;
        string? after = null;
        do
        {
            var page = await store.FindStancesAsync(new StanceQuery { Holder = entityId, Limit = CountPage, After = after }, cancellationToken).ConfigureAwait(false);
            count += page.Count;
            after = page.NextCursor;
        }
        while (after is not null);

        return count;
    }

    private static void WriteJson(
        System.Text.Json.Utf8JsonWriter writer, string typed, NameCandidate match, Entity entity, IReadOnlyList<FactEvidence> facts, IReadOnlyDictionary<string, Entity> entities, int held)
    {
        writer.WriteStartObject();
        writer.WriteString("query", typed);
        writer.WriteStartObject("match");
        writer.WriteString("kind", RecordJson.Name(match.Kind));
        writer.WriteString("matchedName", match.MatchedName);
        writer.WriteNumber("score", match.Score);
        writer.WriteEndObject();
        writer.WriteStartObject("entity");
        EntityJsonWriter.WriteProperties(writer, entity);
        writer.WriteEndObject();
        writer.WriteStartArray("facts");
        foreach (var evidence in facts)
        {
            FactJsonWriter.Write(writer, evidence, entities);
        }

        writer.WriteEndArray();
        writer.WriteNumber("stancesHeld", held);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The entity before its facts: on a terminal a few labelled lines; redirected, one tab-separated line per field
    /// (<c>id</c>, <c>label</c>, <c>kind</c>, <c>match</c>, <c>aliases</c>, <c>descriptions</c>, <c>externalIds</c>,
    /// <c>stancesHeld</c>), each value its own cell, so that the fact lines after them are the ones starting <c>fct_</c>.
    /// </summary>
    private static void WriteText(CliConsole console, NameCandidate match, Entity entity, int held)
    {
        var aliases = entity.Aliases.Select(a => a.Text).ToList();
        var descriptions = entity.Descriptions.Select(d => d.Text).ToList();
        var ids = entity.ExternalIds.Select(i => i.ToString()).ToList();
        if (console.IsTerminal)
        {
            console.Out.WriteLine($"{entity.Label} ({RecordJson.Name(entity.Kind)}, {entity.Id})");
            console.Out.WriteLine($"  matched:      {RecordJson.Name(match.Kind)} '{match.MatchedName}'");
            console.Out.WriteLine($"  aliases:      {(aliases.Count == 0 ? "none" : string.Join(", ", aliases))}");
            if (descriptions.Count > 0)
            {
                console.Out.WriteLine($"  description:  {string.Join(" / ", descriptions)}");
            }

            console.Out.WriteLine($"  external ids: {(ids.Count == 0 ? "none" : string.Join(", ", ids))}");
            console.Out.WriteLine($"  stances held: {held}");
            return;
        }

        string[][] lines =
        [
            ["id", entity.Id],
            ["label", entity.Label],
            ["kind", RecordJson.Name(entity.Kind)],
            ["match", RecordJson.Name(match.Kind), match.MatchedName],
            ["aliases", .. aliases],
            ["descriptions", .. descriptions],
            ["externalIds", .. ids],
            ["stancesHeld", held.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        ];
        foreach (var line in lines)
        {
            console.Out.WriteLine(string.Join('\t', line.Select(c => c.ReplaceLineEndings(" ").Replace('\t', ' '))));
        }
    }
}
