using System.CommandLine;

namespace FactStore.Cli.Arguments;

/// <summary><c>--limit N</c> and <c>--after CURSOR</c>: one page of a list, and the cursor a previous page printed.</summary>
internal sealed class PagingArguments
{
    public PagingArguments(int defaultLimit, string items)
    {
        Limit = new Option<int>("--limit") { Description = $"At most this many {items}", HelpName = "N", DefaultValueFactory = _ => defaultLimit };
        After = new Option<string>("--after") { Description = "Continue a list after the page that printed this cursor", HelpName = "CURSOR" };
        Items = items;
    }

    public Option<int> Limit { get; }

    public Option<string> After { get; }

    private string Items { get; }

    /// <summary>The limit given, which must be positive.</summary>
    public int LimitOf(ParseResult parsed) =>
        parsed.GetValue(Limit) is > 0 and var n ? n : throw CliException.Usage($"--limit must be a positive number, not {parsed.GetValue(Limit)}");

    /// <summary>Tells on standard error, never in the output itself, that more items follow and how to ask for them.</summary>
    public async Task NoteMoreAsync(CliConsole console, int limit, string? nextCursor)
    {
        if (nextCursor is not null)
        {
            await console.Error.WriteLineAsync(
                $"More {Items} match than --limit {limit} shows: narrow the query, raise --limit, or continue with --after {nextCursor}").ConfigureAwait(false);
        }
    }
}
