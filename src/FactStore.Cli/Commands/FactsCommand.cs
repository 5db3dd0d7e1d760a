using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore facts</c>: the facts a <see cref="FactQuery"/> finds, with their stances and citations.</summary>
internal static class FactsCommand
{
    private static readonly string[] KnownAtFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var subject = new Option<string>("--subject") { Description = "Facts about this entity: a label, alias or id", HelpName = "NAME" };
        var predicate = new Option<string>("--predicate") { Description = "Facts with this predicate, e.g. member_of", HelpName = "P" };
        var @object = new Option<string>("--object") { Description = "Facts whose object is this entity (a label, alias, external id or id) or this literal value", HelpName = "NAME" };
        var validAt = new Option<string>("--valid-at") { Description = "Facts that hold on this day (YYYY-MM-DD)", HelpName = "DATE" };
        var knownAt = new Option<string>("--known-at") { Description = "As the store knew it then: ISO 8601 date-time, UTC unless it has an offset; a date means its start (00:00Z)", HelpName = "TIME" };
        var allRanks = new Option<bool>("--all-ranks") { Description = "Include facts of every rank, deprecated ones too (takes effect once facts have ranks)" };
        var limit = new Option<int>("--limit") { Description = "At most this many facts", HelpName = "N", DefaultValueFactory = _ => new FactQuery().Limit };
        var json = new Option<bool>("--json") { Description = "Print the facts as one JSON document, with stances and citations" };
        var command = new Command("facts", "List facts, optionally filtered; superseded and retracted facts are not shown.")
        {
            subject, predicate, @object, validAt, knownAt, allRanks, limit, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var query = new FactQuery
            {
                Subject = parsed.GetValue(subject),
                Predicate = parsed.GetValue(predicate),
                Object = parsed.GetValue(@object),
                ValidAt = ParseDay(parsed.GetValue(validAt)),
                KnownAt = ParseTime(parsed.GetValue(knownAt)),
                Limit = parsed.GetValue(limit) is > 0 and var n ? n : throw CliException.Usage($"--limit must be a positive number, not {parsed.GetValue(limit)}"),
            };
            query = FactQueryRanks.Apply(query, parsed.GetValue(allRanks));
            return await RunAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), query, parsed.GetValue(json), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string database, string? plugins, FactQuery query, bool json, CancellationToken cancellationToken)
    {
        await using var store = await FactStoreCommand.OpenExistingAsync(console, database, plugins, cancellationToken).ConfigureAwait(false);
        await RequireEntityAsync(store, "--subject", query.Subject, cancellationToken).ConfigureAwait(false);

        var facts = await store.FindFactsAsync(query, cancellationToken).ConfigureAwait(false);
        var evidence = new List<FactEvidence>(facts.Count);
        foreach (var fact in facts)
        {
            evidence.Add(await store.GetEvidenceAsync(fact.Id, query.KnownAt, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The fact {fact.Id} was found but has no evidence."));
        }

        if (facts.HasMore)
        {
            console.Error.WriteLine($"More facts match than --limit {query.Limit} shows: raise --limit, or narrow the query.");
        }

        if (json)
        {
            var entities = await ReferencedEntitiesAsync(store, evidence, cancellationToken).ConfigureAwait(false);
            await using var output = console.OpenOutput();
            await FactJsonWriter.WriteAsync(output, evidence, entities, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            FactText.Write(console, evidence);
        }

        return ExitCodes.Success;
    }

    /// <summary>The entities the facts refer to (subjects, objects, units, qualifier values), read once each.</summary>
    private static async Task<Dictionary<string, Entity>> ReferencedEntitiesAsync(
        FactStoreDatabase store, IReadOnlyList<FactEvidence> facts, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var evidence in facts)
        {
            foreach (var known in (Entity?[])[evidence.Subject, evidence.Object])
            {
                if (known is not null)
                {
                    entities.TryAdd(known.Id, known);
                }
            }
        }

        var values = facts.SelectMany(f => f.Fact.Qualifiers.Select(q => q.Value).Append(f.Fact.Object)).OfType<FactObject>();
        foreach (var id in values.SelectMany(v => (string?[])[v.EntityId, v.UnitId]).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!entities.ContainsKey(id) && await store.GetEntityAsync(id, cancellationToken).ConfigureAwait(false) is Entity entity)
            {
                entities[id] = entity;
            }
        }

        return entities;
    }

    private static async Task RequireEntityAsync(FactStoreDatabase store, string option, string? name, CancellationToken cancellationToken)
    {
        if (name is not null && (await store.FindEntitiesAsync(name, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw CliException.BadInput($"{option}: no entity is named '{name}' (give a label, alias or id)");
        }
    }

    /// <summary>ISO 8601 allows any number of fractional digits; .NET reads up to seven, so the rest are dropped.</summary>
    private static string SevenFractionalDigits(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"(\.[0-9]{7})[0-9]+", "$1", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static DateOnly? ParseDay(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw CliException.Usage($"--valid-at: '{text}' is not a date; expected YYYY-MM-DD");

    private static DateTimeOffset? ParseTime(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParseExact(SevenFractionalDigits(text), KnownAtFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time
        : throw CliException.Usage($"--known-at: '{text}' is not an ISO 8601 date-time; expected e.g. 2024-05-01T12:00:00Z or 2024-05-01");
}
