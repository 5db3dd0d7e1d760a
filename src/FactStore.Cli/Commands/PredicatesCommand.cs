using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore predicates</c>: the predicates facts use, most facts first, to know what <c>facts --predicate</c> can ask.</summary>
internal static class PredicatesCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var prefix = new Option<string>("--prefix") { Description = "Only predicates that start with this (case and diacritics ignored)", HelpName = "P" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new ListQuery().Limit, "predicates");
        var json = new Option<bool>("--json") { Description = "Print the predicates as one JSON array" };
        var command = new Command("predicates", "List the predicates of the standing facts, most facts first, with their fact counts.")
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
            var page = await AfterCursor.ReadAsync(query.After, () => store.ListPredicatesAsync(query, cancellationToken)).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, query.Limit, page.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(
                    console,
                    writer =>
                    {
                        writer.WriteStartArray();
                        foreach (var summary in page)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("predicate", summary.Predicate);
                            writer.WriteNumber("factCount", summary.FactCount);
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var table = new TextTable(new TextColumn("Predicate"), new("Facts"));
                foreach (var summary in page)
                {
                    table.Add(summary.Predicate, summary.FactCount.ToString(CultureInfo.InvariantCulture));
                }

                table.Write(console, "predicate", "predicates");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
