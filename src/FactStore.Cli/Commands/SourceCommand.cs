using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore source ID</c>: a source's metadata, and the stances taken from it in the order a reader meets them.</summary>
internal static class SourceCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var id = new Argument<string>("ID") { Description = "A source id (src_…) or one of its locators: a file name as imported, a URL, a DOI" };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new StanceQuery().Limit, "stances");
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the source's metadata and its stances in text order, each with its fact" };
        var command = new Command("source", "Show a source's metadata (not its text) and the stances taken from it, in the order they stand in the text.")
        {
            id, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var limit = paging.LimitOf(parsed);
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var source = await ResolveAsync(store, parsed.GetRequiredValue(id).Trim(), at, cancellationToken).ConfigureAwait(false);
            var query = new StanceQuery { Source = source.Id, Order = StanceOrder.Text, Limit = limit, After = parsed.GetValue(paging.After) };
            var stances = await AfterCursor.ReadAsync(parsed.GetValue(paging.After), () => store.AsKnownAt(at).FindStancesAsync(query, cancellationToken)).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, limit, stances.NextCursor).ConfigureAwait(false);
            var length = RecordJsonWriter.TextLength(source);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer =>
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("source");
                    RecordJsonWriter.WriteSource(writer, source, length);
                    writer.WriteStartArray("stances");
                    foreach (var stance in stances)
                    {
                        FactJsonWriter.WriteStance(writer, stance, withFact: true);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var output = console.Out;
            foreach (var (label, value) in Metadata(source, length))
            {
                await output.WriteLineAsync($"{label + ":",-12}{value}").ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            var table = new TextTable(new TextColumn("Id", HiddenOnTerminal: true), new("Offsets"), new("Position"), new("Holder"), new("Quote"), new("Fact"));
            foreach (var stance in stances)
            {
                table.Add(
                    stance.Stance.Id,
                    stance.Stance.Citation is { Start: int start, End: int end } ? string.Create(CultureInfo.InvariantCulture, $"{start}–{end}") : "",
                    stance.Stance.Position.ToString().ToLowerInvariant(),
                    stance.HolderName,
                    ConsensusText.Quote(stance),
                    stance.Fact?.Statement ?? stance.Stance.FactId);
            }

            table.Write(console, "stance", "stances");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<(string Label, string Value)> Metadata(Source source, int? length)
    {
        yield return ("id", source.Id);
        yield return ("title", source.Title ?? "(none)");
        yield return ("publisher", source.Publisher ?? "(none)");
        yield return ("authors", source.Authors.Count > 0 ? string.Join("; ", source.Authors) : "(none)");
        yield return ("date", source.StatedDate is PartialDate date ? $"{date} ({DateKind(source.StatedDateKind)})" : "(none stated)");
        yield return ("language", source.Language ?? "(not stated)");
        yield return ("locators", string.Join(", ", source.Locators));
        yield return ("text", source.IsReference ? "none (known by reference)" : source.IsRedacted ? $"redacted: {source.Redaction!.Reason}" : $"{length?.ToString(CultureInfo.InvariantCulture)} characters");
    }

    private static string DateKind(StatedDateKind kind) => kind switch
    {
        StatedDateKind.Published => "published",
        StatedDateKind.PageDate => "a page date, not the publication date",
        StatedDateKind.Contradicted => "stated, but the content reports later events",
        _ => "not said what it dates",
    };

    /// <summary>The one source an id or locator names, as known then; none or several is a data error that says what to type.</summary>
    private static async Task<Source> ResolveAsync(FactStoreDatabase store, string text, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var hint = "('factstore facts --json' shows each stance's source id and locators)";
        if (text.StartsWith("src_", StringComparison.Ordinal))
        {
            return await store.AsKnownAt(knownAt).GetSourceAsync(text, cancellationToken).ConfigureAwait(false)
                ?? throw CliException.BadInput(await NotKnownAsync(store, $"no source has the id '{text}' {hint}", text, knownAt, cancellationToken).ConfigureAwait(false));
        }

        ExternalId locator;
        try
        {
            locator = ExternalId.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw CliException.BadInput($"source: '{text}' is neither a source id nor a locator: {ErrorReport.OneLine(e.Message)}");
        }

        var sources = await store.AsKnownAt(knownAt).FindSourcesAsync(locator, cancellationToken).ConfigureAwait(false);
        if (sources.Count == 0 && locator.Scheme == "file" && Path.GetFileName(text) is var name && name.Length > 0 && name != text)
        {
            sources = await store.AsKnownAt(knownAt).FindSourcesAsync(ExternalId.Parse(name), cancellationToken).ConfigureAwait(false);
        }

        return sources.Count switch
        {
            1 => sources[0],
            0 => throw CliException.BadInput($"source: no source has the locator {locator}{(knownAt is null ? "" : $" as known at {knownAt:O}")} {hint}"),
            _ => throw CliException.BadInput($"source: {sources.Count} sources have the locator {locator}; give one id: {string.Join(", ", sources.Select(s => $"{s.Id} ({s.Title ?? s.Publisher ?? (s.IsReference ? "by reference" : "text")})"))}"),
        };
    }

    private static async Task<string> NotKnownAsync(FactStoreDatabase store, string unknown, string id, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        knownAt is not null && await store.GetSourceAsync(id, cancellationToken).ConfigureAwait(false) is not null
            ? $"source: {id} was not yet known at {knownAt:O} (omit --known-at, or give a later time)"
            : "source: " + unknown;
}
