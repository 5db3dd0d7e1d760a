using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore facts</c>: the facts a <see cref="FactQuery"/> finds, with their stances and citations.</summary>
internal static class FactsCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var subject = new Option<string>("--subject") { Description = "Facts about this entity: a label, alias or id", HelpName = "NAME" };
        var predicate = new Option<string>("--predicate") { Description = "Facts with this predicate, e.g. member_of", HelpName = "P" };
        var @object = new Option<string>("--object") { Description = "Facts whose object is this entity (a label, alias, external id or id) or this literal value", HelpName = "NAME" };
        var validAt = new Option<string>("--valid-at") { Description = "Facts that hold on this day (YYYY-MM-DD)", HelpName = "DATE" };
        var validDuring = new Option<string>("--valid-during")
        {
            Description = "Facts that hold at some time in this interval: 2022, 2022-01, 2021/2022, 2020/.. (each end at its precision)",
            HelpName = "INTERVAL",
        };
        var knownAt = KnownAtArgument.Create();
        var allRanks = new Option<bool>("--all-ranks") { Description = "Include facts of every rank, deprecated ones too (takes effect once facts have ranks)" };
        var paging = new PagingArguments(new FactQuery().Limit, "facts");
        var json = new Option<bool>("--json") { Description = "Print the facts as one JSON document, with stances and citations" };
        var command = new Command("facts", "List facts, optionally filtered; superseded and retracted facts are not shown.")
        {
            subject, predicate, @object, validAt, validDuring, knownAt, allRanks, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var query = new FactQuery
            {
                Subject = parsed.GetValue(subject),
                Predicate = parsed.GetValue(predicate),
                Object = parsed.GetValue(@object),
                ValidAt = ParseDay(parsed.GetValue(validAt)),
                ValidDuring = ParseInterval(parsed.GetValue(validDuring)),
                Limit = paging.LimitOf(parsed),
                After = parsed.GetValue(paging.After),
            };
            query = FactQueryRanks.Apply(query, parsed.GetValue(allRanks));
            return await RunAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), query, KnownAtArgument.Parse(parsed.GetValue(knownAt)), paging, parsed.GetValue(json), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string database, string? plugins, FactQuery query, DateTimeOffset? knownAt, PagingArguments paging, bool json, CancellationToken cancellationToken)
    {
        await using var store = await FactStoreCommand.OpenExistingAsync(console, database, plugins, cancellationToken).ConfigureAwait(false);
        var reader = store.AsKnownAt(knownAt);
        if (query.Subject is string subject)
        {
            query = query with { Subject = (await EntityName.ResolveAsync(reader, "--subject", subject, cancellationToken).ConfigureAwait(false)).Id };
        }

        var facts = await AfterCursor.ReadAsync(query.After, () => reader.FindFactsAsync(query, cancellationToken)).ConfigureAwait(false);
        // One batch read for the page, not one per fact; the output shows sources by their metadata, never their text.
        var evidence = await reader.GetEvidenceAsync(facts.Select(f => f.Id), new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
        if (evidence.Count != facts.Count)
        {
            throw new InvalidOperationException($"{facts.Count} facts were found but {evidence.Count} have evidence.");
        }

        await paging.NoteMoreAsync(console, query.Limit, facts.NextCursor).ConfigureAwait(false);

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
    public static async Task<Dictionary<string, Entity>> ReferencedEntitiesAsync(
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

    private static DateOnly? ParseDay(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw CliException.Usage($"--valid-at: '{text}' is not a date; expected YYYY-MM-DD");

    private static ValidityInterval? ParseInterval(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!ValidityInterval.TryParse(text, out var interval) || interval.IsUnstated)
        {
            throw CliException.Usage($"--valid-during: '{text}' is not an interval; expected a date at any precision (2022, 2022-01, 2022-01-15) or FROM/TO with .. for an open end (2021/2022, 2020/..)");
        }

        try
        {
            return new FactQuery { ValidDuring = interval }.ValidDuring;
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage($"--valid-during: '{text}': {e.Message}");
        }
    }
}
