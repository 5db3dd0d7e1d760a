using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore timeline NAME</c>: the facts about an entity in the order they held in the world.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var name = new Argument<string>("NAME") { Description = "The entity: a label, alias, surname, spelling or id (Tokayev, Tokaev and Токаев are one person)" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new FactQuery().Limit, "facts");
        var json = new Option<bool>("--json") { Description = "Print the facts as one JSON array, in timeline order, as 'facts --json' writes them" };
        var command = new Command("timeline", "List the facts about an entity (as subject or object) by when they held, earliest first; facts without a date that places them come last.")
        {
            name, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var limit = paging.LimitOf(parsed);
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var entity = await EntityName.ResolveAsync(store.AsKnownAt(at), "timeline", parsed.GetRequiredValue(name), cancellationToken).ConfigureAwait(false);
            var query = new FactQuery { About = entity.Id, Order = FactOrder.Validity, Limit = limit, After = parsed.GetValue(paging.After) };
            var facts = await AfterCursor.ReadAsync(parsed.GetValue(paging.After), () => store.AsKnownAt(at).FindFactsAsync(query, cancellationToken)).ConfigureAwait(false);
            var evidence = await store.AsKnownAt(at).GetEvidenceAsync(facts.Select(f => f.Id), new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, limit, facts.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                var entities = await FactsCommand.ReferencedEntitiesAsync(store, evidence, cancellationToken).ConfigureAwait(false);
                await using var output = console.OpenOutput();
                await FactJsonWriter.WriteAsync(output, evidence, entities, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (console.IsTerminal)
            {
                await console.Out.WriteLineAsync($"Timeline of {entity.Label} ({entity.Id})").ConfigureAwait(false);
            }

            var table = new TextTable(new TextColumn("Id", HiddenOnTerminal: true), new("Valid"), new("Statement"), new("Stances"));
            foreach (var item in evidence)
            {
                table.Add(item.Fact.Id, FactText.Validity(item.Fact.Validity), item.Fact.Statement, FactText.Stances(item.Stances));
            }

            table.Write(console, "fact", "facts");
            return ExitCodes.Success;
        });
        return command;
    }
}
