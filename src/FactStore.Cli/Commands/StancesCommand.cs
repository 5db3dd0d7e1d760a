using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore stances</c>: who said what, where: the current stances a <see cref="StanceQuery"/> finds, each with its
/// position, quote, source and the statement of its fact. A source's stances come in the order of its text.
/// </summary>
internal static class StancesCommand
{
    private const int SourcesSuggested = 5;

    private static readonly Dictionary<string, StancePosition> Positions =
        Enum.GetValues<StancePosition>().ToDictionary(p => RecordJson.Name(p), StringComparer.OrdinalIgnoreCase);

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var holder = new Option<string>("--holder") { Description = "Stances this entity holds (a label, alias, surname, spelling or id); stances a source holds itself have no holder: ask by --source", HelpName = "NAME" };
        var source = new Option<string>("--source") { Description = "Stances taken from this source: its id (src_…) or a locator (a URL, a DOI, a file name as imported); listed in the order of its text", HelpName = "ID|LOCATOR" };
        var fact = new Option<string>("--fact") { Description = "Stances on this fact (its id, fct_…)", HelpName = "ID" };
        var about = new Option<string>("--about") { Description = "Stances on facts with this entity as subject or object", HelpName = "NAME" };
        var position = new Option<string>("--position") { Description = "Only stances with this position: " + string.Join(", ", Positions.Keys), HelpName = "POSITION" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new StanceQuery().Limit, "stances");
        var json = new Option<bool>("--json") { Description = "Print the stances as one JSON array, each with its source, citation and fact" };
        var command = new Command("stances", "List who said what, where: stances with their position, quote, source and the fact they are on.")
        {
            holder, source, fact, about, position, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var query = new StanceQuery
            {
                Position = ParsePosition(parsed.GetValue(position)),
                Source = RequireText(parsed.GetValue(source), "--source", "a source id (src_…) or locator"),
                Fact = RequireText(parsed.GetValue(fact), "--fact", "a fact id (fct_…)"),
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            query = query with { Order = query.Source is null ? StanceOrder.Recorded : StanceOrder.Text };
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var reader = store.AsKnownAt(at);
            if (parsed.GetValue(holder) is string holderName)
            {
                query = query with { Holder = (await EntityName.ResolveAsync(reader, "--holder", holderName, cancellationToken).ConfigureAwait(false)).Id };
            }

            if (parsed.GetValue(about) is string aboutName)
            {
                query = query with { About = (await EntityName.ResolveAsync(reader, "--about", aboutName, cancellationToken).ConfigureAwait(false)).Id };
            }

            if (query.Source is string locator && !locator.StartsWith("src_", StringComparison.Ordinal))
            {
                CheckLocator(locator);
            }

            var page = await AfterCursor.ReadAsync(query.After, () => reader.FindStancesAsync(query, cancellationToken)).ConfigureAwait(false);
            if (page.Count == 0 && query.After is null)
            {
                await RequireKnownAsync(reader, query, cancellationToken).ConfigureAwait(false);
            }

            await paging.NoteMoreAsync(console, query.Limit, page.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(
                    console,
                    writer =>
                    {
                        writer.WriteStartArray();
                        foreach (var stance in page)
                        {
                            FactJsonWriter.WriteStance(writer, stance, withFact: true);
                        }

                        writer.WriteEndArray();
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            else
            {
                WriteText(console, page);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static StancePosition? ParsePosition(string? text) =>
        text is null ? null
        : Positions.TryGetValue(text.Trim(), out var position) ? position
        : throw CliException.Usage($"--position: '{text}' is not a position; expected one of {string.Join(", ", Positions.Keys)}");

    private static string? RequireText(string? text, string option, string what) =>
        text is null || !string.IsNullOrWhiteSpace(text) ? text?.Trim() : throw CliException.Usage($"{option}: give {what}");

    private static void CheckLocator(string locator)
    {
        try
        {
            _ = ExternalId.Parse(locator);
        }
        catch (ArgumentException)
        {
            throw CliException.BadInput($"--source: '{locator}' is neither a source id (src_…) nor a locator (a URL, a DOI, a file name)");
        }
    }

    /// <summary>
    /// With no stance found, tells an unknown source or fact (exit 1) from a known one that has no such stance (an empty
    /// list). Only then is the source read, so a list never loads a source's text.
    /// </summary>
    private static async Task RequireKnownAsync(IFactStoreReader store, StanceQuery query, CancellationToken cancellationToken)
    {
        if (query.Source is string source)
        {
            var known = source.StartsWith("src_", StringComparison.Ordinal)
                ? await store.GetSourceAsync(source, cancellationToken).ConfigureAwait(false) is not null
                : (await store.FindSourcesAsync(ExternalId.Parse(source), cancellationToken).ConfigureAwait(false)).Count > 0;
            if (!known)
            {
                var sources = await store.ListSourcesAsync(new ListQuery { Limit = SourcesSuggested }, cancellationToken).ConfigureAwait(false);
                var suggestions = sources.Count == 0 ? "no source is known then"
                    : "known sources include " + string.Join(", ", sources.Select(s => $"{s.Source.Id} ({SourceLabel.Of(s.Source)})"));
                throw CliException.BadInput($"--source: no source has the id or locator '{source}' (as known then); {suggestions}");
            }
        }

        if (query.Fact is string fact && await store.GetFactAsync(fact, cancellationToken).ConfigureAwait(false) is null)
        {
            throw CliException.BadInput($"--fact: no fact has the id '{fact}' (as known then); 'factstore facts' lists facts with their ids");
        }
    }

    /// <summary>A table (holder, position, statement, quote, source); redirected, one line per stance with its id first.</summary>
    private static void WriteText(CliConsole console, IEnumerable<StanceEvidence> stances)
    {
        var table = new TextTable(
            new TextColumn("Id", HiddenOnTerminal: true), new("Holder"), new("Position"), new("Fact"), new("Quote"), new("Source"));
        foreach (var evidence in stances)
        {
            var citation = evidence.Stance.Citation;
            table.Add(
                evidence.Stance.Id,
                evidence.Holder?.Label ?? evidence.HolderName,
                RecordJson.Name(evidence.Stance.Position),
                evidence.Fact?.Statement ?? evidence.Stance.FactId,
                citation?.Quote,
                SourceLabel.Of(evidence.Source, citation?.Start, citation?.End));
        }

        table.Write(console, "stance", "stances");
    }
}
