using System.CommandLine;
using System.Text.Json;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore search TEXT</c>: statements, quotes and source texts that hold the words and "phrases" typed, best first,
/// each with the fact it bears on: a quote's fact and the stance's position on it, and for a passage of a source's
/// text the facts whose quotes cite that passage. The text is never query syntax (see docs/search.md).
/// </summary>
internal static class SearchCommand
{
    private const int StancePage = 1000;

    private static readonly Dictionary<string, SearchScope> Scopes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["statements"] = SearchScope.Statements,
        ["quotes"] = SearchScope.Quotes,
        ["source-texts"] = SearchScope.SourceTexts,
        ["all"] = SearchScope.All,
    };

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var text = new Argument<string>("TEXT") { Description = "Words (all must occur, whole words, case and diacritics ignored) and \"phrases\"; nothing else is syntax" };
        var scope = new Option<string>("--scope")
        {
            Description = "What to search, comma-separated: " + string.Join(", ", Scopes.Keys) + " (default all)",
            HelpName = "SCOPE",
        };
        var knownAt = KnownAtArgument.Create();
        var paging = new PagingArguments(new SearchQuery { Text = "" }.Limit, "hits");
        var json = new Option<bool>("--json") { Description = "Print the hits as one JSON array, each with its fact's statement and its source" };
        var command = new Command("search", "Search statements, quotes and source texts for words and \"phrases\", best first.")
        {
            text, scope, knownAt, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var typed = parsed.GetRequiredValue(text);
            if (string.IsNullOrWhiteSpace(typed))
            {
                throw CliException.Usage("search: give the words or \"phrase\" to search for, e.g. factstore search '\"raise alarms\" Tokaev'");
            }

            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var query = new SearchQuery
            {
                Text = typed,
                Scope = ParseScope(parsed.GetValue(scope)),
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var reader = store.AsKnownAt(at);
            var page = await AfterCursor.ReadAsync(query.After, () => reader.SearchAsync(query, cancellationToken)).ConfigureAwait(false);
            var hits = await ExplainAsync(reader, page, cancellationToken).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, query.Limit, page.NextCursor).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer => WriteJson(writer, hits), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                WriteText(console, hits);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static SearchScope ParseScope(string? text)
    {
        if (text is null)
        {
            return SearchScope.All;
        }

        var scope = SearchScope.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            scope |= Scopes.TryGetValue(part, out var one) ? one
                : throw CliException.Usage($"--scope: '{part}' is not a scope; expected {string.Join(", ", Scopes.Keys)}, or several separated by commas");
        }

        return scope != SearchScope.None ? scope : throw CliException.Usage($"--scope: give {string.Join(", ", Scopes.Keys)}, or several separated by commas");
    }

    /// <summary>
    /// Each hit with what a reader needs beside the snippet: the fact's statement, a quote's stance, the source's
    /// metadata (never its text), and for a passage of a source's text the stances whose quotes hold the match.
    /// </summary>
    private static async Task<List<ExplainedHit>> ExplainAsync(IFactStoreReader store, IReadOnlyList<SearchHit> page, CancellationToken cancellationToken)
    {
        var factIds = page.Select(h => h.FactId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var evidence = (await store.GetEvidenceAsync(factIds, new EvidenceOptions(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Fact.Id, StringComparer.Ordinal);
        var stances = evidence.Values.SelectMany(e => e.Stances).ToDictionary(s => s.Stance.Id, StringComparer.Ordinal);
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var stance in stances.Values)
        {
            sources.TryAdd(stance.Source.Id, stance.Source);
        }

        var sourceStances = new Dictionary<string, List<StanceEvidence>>(StringComparer.Ordinal);
        foreach (var sourceId in page.Where(h => h.Kind == SearchHitKind.SourceText).Select(h => h.SourceId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var cited = await StancesFromAsync(store, sourceId, cancellationToken).ConfigureAwait(false);
            sourceStances[sourceId] = cited;
            if (cited.Count > 0)
            {
                sources.TryAdd(sourceId, cited[0].Source);
            }
        }

        foreach (var sourceId in page.Select(h => h.SourceId).OfType<string>().Where(id => !sources.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList())
        {
            // A source no current stance cites: read on its own, the only case that loads a text.
            if (await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false) is Source source)
            {
                sources[sourceId] = source;
            }
        }

        return page.Select(hit => new ExplainedHit(
            hit,
            hit.FactId is string factId ? evidence.GetValueOrDefault(factId) : null,
            hit.Kind == SearchHitKind.Quote ? stances.GetValueOrDefault(hit.RecordId) : null,
            hit.SourceId is string sourceId ? sources.GetValueOrDefault(sourceId) : null,
            hit.Kind == SearchHitKind.SourceText && hit.SourceId is string id && hit.Start is int start && hit.End is int end
                ? sourceStances.GetValueOrDefault(id, []).Where(s => s.Stance.Citation is { Start: int from, End: int to } && from <= start && end <= to).ToList()
                : [])).ToList();
    }

    private static async Task<List<StanceEvidence>> StancesFromAsync(IFactStoreReader store, string sourceId, CancellationToken cancellationToken)
    {
        var all = new List<StanceEvidence>();
        string? after = null;
        do
        {
            var page = await store.FindStancesAsync(
                new StanceQuery { Source = sourceId, Order = StanceOrder.Text, Limit = StancePage, After = after }, cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
            after = page.NextCursor;
        }
        while (after is not null);

        return all;
    }

    private static void WriteJson(Utf8JsonWriter writer, IEnumerable<ExplainedHit> hits)
    {
        writer.WriteStartArray();
        foreach (var explained in hits)
        {
            var hit = explained.Hit;
            writer.WriteStartObject();
            writer.WriteString("kind", RecordJson.Name(hit.Kind));
            writer.WriteString("recordId", hit.RecordId);
            writer.WriteString("factId", hit.FactId);
            writer.WriteString("sourceId", hit.SourceId);
            writer.WriteString("snippet", hit.Snippet);
            RecordJson.WriteNumber(writer, "start", hit.Start);
            RecordJson.WriteNumber(writer, "end", hit.End);
            writer.WriteNumber("score", hit.Score);
            writer.WriteString("statement", explained.Evidence?.Fact.Statement);
            if (explained.Evidence is FactEvidence evidence)
            {
                writer.WriteBoolean("contested", evidence.IsContested);
            }
            else
            {
                writer.WriteNull("contested");
            }

            writer.WriteString("position", explained.Stance is { } stance ? RecordJson.Name(stance.Stance.Position) : null);
            writer.WriteString("holder", explained.Stance?.Holder?.Label);
            writer.WritePropertyName("source");
            if (explained.Source is Source source)
            {
                writer.WriteStartObject();
                writer.WriteString("id", source.Id);
                writer.WriteString("title", source.Title);
                writer.WriteString("publisher", source.Publisher);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteStartArray("citedBy");
            foreach (var cited in explained.CitedBy)
            {
                writer.WriteStartObject();
                writer.WriteString("stanceId", cited.Stance.Id);
                writer.WriteString("holder", cited.Holder?.Label);
                writer.WriteString("position", RecordJson.Name(cited.Stance.Position));
                writer.WriteString("factId", cited.Stance.FactId);
                writer.WriteString("statement", cited.Fact?.Statement);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A table (kind, snippet, where, fact); redirected, one line per hit with the record id first.</summary>
    private static void WriteText(CliConsole console, IEnumerable<ExplainedHit> hits)
    {
        var table = new TextTable(new TextColumn("Id", HiddenOnTerminal: true), new("Kind"), new("Snippet"), new("Where"), new("Fact"));
        foreach (var explained in hits)
        {
            var hit = explained.Hit;
            var fact = explained switch
            {
                { Stance: { } stance, Evidence: { } quoted } => $"{RecordJson.Name(stance.Stance.Position)}: {Statement(quoted)}",
                { Evidence: { } stated } => Statement(stated),
                _ => string.Join(" | ", explained.CitedBy.Select(s => $"{RecordJson.Name(s.Stance.Position)}: {s.Fact?.Statement ?? s.Stance.FactId}")),
            };
            table.Add(
                hit.RecordId,
                RecordJson.Name(hit.Kind),
                hit.Snippet,
                explained.Source is Source source ? SourceLabel.Of(source, hit.Start, hit.End) : "",
                fact);
        }

        table.Write(console, "hit", "hits");
    }

    private static string Statement(FactEvidence evidence) => evidence.IsContested ? evidence.Fact.Statement + " (contested)" : evidence.Fact.Statement;

    /// <summary>A hit with its fact, its quote's stance, its source and, for a source text, the stances citing the match.</summary>
    private sealed record ExplainedHit(SearchHit Hit, FactEvidence? Evidence, StanceEvidence? Stance, Source? Source, IReadOnlyList<StanceEvidence> CitedBy);
}
