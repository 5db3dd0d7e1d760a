using System.CommandLine;
using System.Text.Json;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary>
/// The shape <c>factstore entities</c> and <c>factstore predicates</c> share: <c>--prefix</c>, <c>--known-at</c>,
/// paging and <c>--json</c> over one <see cref="ListQuery"/>; each command says what it lists and how it prints it.
/// </summary>
internal static class ListCommand
{
    public static Command Create<T>(
        CliConsole console,
        Option<string> database,
        Option<string?> plugins,
        string name,
        string description,
        string prefixDescription,
        Func<IFactStoreReader, ListQuery, CancellationToken, Task<Page<T>>> list,
        Action<Utf8JsonWriter, IEnumerable<T>> writeJson,
        Action<CliConsole, IEnumerable<T>> writeText)
    {
        var prefix = new Option<string>("--prefix") { Description = prefixDescription, HelpName = "P" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new ListQuery().Limit, name);
        var json = new Option<bool>("--json") { Description = $"Print the {name} as one JSON array" };
        var command = new Command(name, description)
        {
            prefix, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var query = new ListQuery
            {
                Prefix = parsed.GetValue(prefix),
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var page = await AfterCursor.ReadAsync(query.After, () => list(store.AsKnownAt(at), query, cancellationToken)).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, query.Limit, page.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer => writeJson(writer, page), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                writeText(console, page);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
