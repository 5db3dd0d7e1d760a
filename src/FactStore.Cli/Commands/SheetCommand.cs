using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;
using FactStore.Citations;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore sheet ID|NAME</c>: a Markdown fact sheet of a fact, or of an entity's timeline, with quotes and footnotes.</summary>
internal static class SheetCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var target = new Argument<string>("ID|NAME") { Description = "A fact id (fct_…), or an entity: a label, alias, surname or id" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new FactQuery().Limit, "facts");
        var json = new Option<bool>("--json") { Description = "Print one JSON object: {\"id\", \"kind\", \"markdown\"}" };
        var command = new Command("sheet", "Write a Markdown fact sheet: a fact's statement, validity, status and who supports or refutes it with quotes and footnoted references; for an entity, each of its facts in timeline order.")
        {
            target, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var limit = paging.LimitOf(parsed);
            var text = parsed.GetRequiredValue(target).Trim();
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            string id, kind, markdown;
            if (text.StartsWith("fct_", StringComparison.Ordinal))
            {
                var evidence = await FactEvidenceReader.ReadAsync(store, "sheet", text, at, cancellationToken).ConfigureAwait(false);
                (id, kind, markdown) = (evidence.Fact.Id, "fact", FactSheet.ForFact(evidence));
            }
            else
            {
                var entity = await EntityName.ResolveAsync(store.AsKnownAt(at), "sheet", text, cancellationToken).ConfigureAwait(false);
                var query = new FactQuery { About = entity.Id, Order = FactOrder.Validity, Limit = limit, After = parsed.GetValue(paging.After) };
                var facts = await AfterCursor.ReadAsync(parsed.GetValue(paging.After), () => store.AsKnownAt(at).FindFactsAsync(query, cancellationToken)).ConfigureAwait(false);
                var evidence = await store.AsKnownAt(at).GetEvidenceAsync(facts.Select(f => f.Id), new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
                await paging.NoteMoreAsync(console, limit, facts.NextCursor).ConfigureAwait(false);
                (id, kind, markdown) = (entity.Id, "entity", FactSheet.ForEntity(entity, evidence));
            }

            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", id);
                    writer.WriteString("kind", kind);
                    writer.WriteString("markdown", markdown);
                    writer.WriteEndObject();
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await console.Out.WriteAsync(markdown).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
