using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore contested [--about NAME]</c>: the facts some voice supports and another refutes, with who says which.</summary>
internal static class ContestedCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var about = new Option<string>("--about") { Description = "Only facts about this entity (as subject or object): a label, alias or id", HelpName = "NAME" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new FactQuery().Limit, "contested facts");
        var json = new Option<bool>("--json") { Description = "Print one JSON array: each fact with its verdict and its supporting, refuting and undecided voices" };
        var command = new Command("contested", "List the facts that some sources support and others refute, with who says which and their quotes.")
        {
            about, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var query = new FactQuery
            {
                OnlyContested = true,
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var reader = store.AsKnownAt(at);
            if (parsed.GetValue(about) is string name)
            {
                query = query with { About = (await EntityName.ResolveAsync(reader, "--about", name, cancellationToken).ConfigureAwait(false)).Id };
            }

            var facts = await AfterCursor.ReadAsync(parsed.GetValue(paging.After), () => reader.FindFactsAsync(query, cancellationToken)).ConfigureAwait(false);
            var evidence = await reader.GetEvidenceAsync(facts.Select(f => f.Id), new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
            var consensus = evidence.Select(Consensus.Of).ToList();
            await paging.NoteMoreAsync(console, query.Limit, facts.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                var entities = await FactsCommand.ReferencedEntitiesAsync(store, evidence, cancellationToken).ConfigureAwait(false);
                await JsonOutput.WriteAsync(console, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var item in consensus)
                    {
                        writer.WriteStartObject();
                        ConsensusJsonWriter.WriteProperties(writer, item, entities);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable(new TextColumn("Id", HiddenOnTerminal: true), new("Valid"), new("Statement"), new("Supported by"), new("Refuted by"));
            foreach (var item in consensus)
            {
                var fact = item.Evidence.Fact;
                table.Add(fact.Id, FactText.Validity(fact.Validity), fact.Statement, ConsensusText.Voices(item.Supporting, console.IsTerminal), ConsensusText.Voices(item.Refuting, console.IsTerminal));
            }

            table.Write(console, "contested fact", "contested facts");
            return ExitCodes.Success;
        });
        return command;
    }
}
