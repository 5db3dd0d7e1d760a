using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore consensus FACT</c>: who supports, refutes or leaves open one fact, each independent voice counted once.</summary>
internal static class ConsensusCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var id = new Argument<string>("FACT") { Description = "A fact id (fct_…; 'factstore facts' lists them)" };
        var knownAt = KnownAtArgument.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the fact, its verdict, its voices, and its latest version" };
        var command = new Command("consensus", "Count the independent voices on a fact: a speaker quoted twice, or one outlet's articles, count once.")
        {
            id, knownAt, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var factId = parsed.GetRequiredValue(id);
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var evidence = await FactEvidenceReader.ReadAsync(store, "consensus", factId, at, cancellationToken).ConfigureAwait(false);
            var consensus = Consensus.Of(evidence);
            var latest = evidence.Status == FactStatus.Superseded
                ? await store.AsKnownAt(at).GetLatestVersionAsync(factId, cancellationToken).ConfigureAwait(false)
                : null;
            if (parsed.GetValue(json))
            {
                var entities = await FactsCommand.ReferencedEntitiesAsync(store, [evidence], cancellationToken).ConfigureAwait(false);
                await JsonOutput.WriteAsync(console, writer =>
                {
                    writer.WriteStartObject();
                    ConsensusJsonWriter.WriteProperties(writer, consensus, entities);
                    writer.WriteString("status", FactStore.Exporting.RecordJson.Name(evidence.Status));
                    writer.WriteString("supersededBy", evidence.SupersededBy);
                    writer.WriteString("latestVersion", (latest ?? evidence.Fact).Id);
                    writer.WriteString("retracted", evidence.Retraction?.Reason);
                    writer.WriteEndObject();
                }, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var output = console.Out;
            await output.WriteLineAsync(evidence.Fact.Statement).ConfigureAwait(false);
            await output.WriteLineAsync($"  id:      {evidence.Fact.Id}").ConfigureAwait(false);
            await output.WriteLineAsync($"  valid:   {(evidence.Fact.Validity.IsUnstated ? "not stated" : FactText.Validity(evidence.Fact.Validity))}").ConfigureAwait(false);
            await output.WriteLineAsync($"  verdict: {ConsensusText.Summary(consensus)}").ConfigureAwait(false);
            if (latest is not null)
            {
                await output.WriteLineAsync($"  superseded: a correction replaced this version; the current one is {latest.Id}: {latest.Statement}").ConfigureAwait(false);
            }

            if (evidence.Retraction is Retraction retraction)
            {
                await output.WriteLineAsync($"  retracted: {retraction.Reason}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"  ({ConsensusText.Rule})").ConfigureAwait(false);
            foreach (var (heading, voices) in new[] { ("Supporting", consensus.Supporting), ("Refuting", consensus.Refuting), ("Undecided", consensus.Undecided) })
            {
                if (voices.Count == 0)
                {
                    continue;
                }

                await output.WriteLineAsync($"\n{heading} ({voices.Count})").ConfigureAwait(false);
                foreach (var voice in voices)
                {
                    await output.WriteLineAsync($"  {voice.Name} ({FactStore.Exporting.RecordJson.Name(voice.Kind)})").ConfigureAwait(false);
                    foreach (var stance in voice.Stances)
                    {
                        var position = heading == "Undecided" ? $"[{FactStore.Exporting.RecordJson.Name(stance.Stance.Position)}] " : "";
                        await output.WriteLineAsync($"    {position}{ConsensusText.Quote(stance)}").ConfigureAwait(false);
                        await output.WriteLineAsync($"      {ConsensusText.Where(stance)}").ConfigureAwait(false);
                    }
                }
            }

            if (consensus.Supporting.Count + consensus.Refuting.Count + consensus.Undecided.Count == 0)
            {
                await output.WriteLineAsync("\nNo current stance cites it.").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
