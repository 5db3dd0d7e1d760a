using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FactStore.Cli.Arguments;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore history ID [--at TIME]</c>: a record as the store knew it then, its versions, whether it was retracted,
/// and every change recorded about it with its provenance.
/// </summary>
internal static class HistoryCommand
{
    private static readonly (string Prefix, string Kind)[] Kinds = [("fct_", "fact"), ("stn_", "stance"), ("src_", "source"), ("ent_", "entity")];

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var id = new Argument<string>("ID") { Description = "A record id: a fact (fct_…), stance (stn_…), source (src_…) or entity (ent_…)" };
        var at = KnownAtArgument.Create("--at");
        at.Description = "Show the record and its changes as the store knew them then (default now): ISO 8601 date-time, UTC unless it has an offset";
        var paging = new PagingArguments(new ChangeQuery().Limit, "changes");
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the record, its versions, its retraction and its changes" };
        var command = new Command("history", "Show a record as known at a time, what it supersedes and what supersedes it, whether it was retracted, and every change to it with the import run that made it.")
        {
            id, at, paging.Limit, paging.After, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var recordId = parsed.GetRequiredValue(id).Trim();
            var moment = KnownAtArgument.Parse(parsed.GetValue(at), "--at");
            var limit = paging.LimitOf(parsed);
            var kind = Kinds.FirstOrDefault(k => recordId.StartsWith(k.Prefix, StringComparison.Ordinal)).Kind
                ?? throw CliException.BadInput($"history: '{recordId}' is no record id; give a fact (fct_…), stance (stn_…), source (src_…) or entity (ent_…) id ('factstore facts --json' shows them)");
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var record = await RecordHistory.ReadAsync(store, kind, recordId, moment, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                var now = moment is null ? null : await RecordHistory.ReadAsync(store, kind, recordId, null, cancellationToken).ConfigureAwait(false);
                throw now is null
                    ? CliException.BadInput($"history: no {kind} has the id '{recordId}' ('factstore facts --json' shows record ids)")
                    : CliException.BadInput($"history: {kind} {recordId} was not yet known at {moment:O}; it was first recorded at {now.RecordedAt:O}");
            }

            var changes = await AfterCursor.ReadAsync(parsed.GetValue(paging.After), () => store.GetChangesAsync(
                new ChangeQuery { RecordId = recordId, Until = moment, Limit = limit, After = parsed.GetValue(paging.After) }, cancellationToken)).ConfigureAwait(false);
            await paging.NoteMoreAsync(console, limit, changes.NextCursor).ConfigureAwait(false);
            var asOf = moment ?? DateTimeOffset.UtcNow;
            if (parsed.GetValue(json))
            {
                var entities = record.Evidence is FactEvidence evidence
                    ? await FactsCommand.ReferencedEntitiesAsync(store, [evidence], cancellationToken).ConfigureAwait(false)
                    : [];
                await JsonOutput.WriteAsync(console, writer => WriteJson(writer, record, asOf, changes, entities), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTextAsync(console, record, moment, changes).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(Utf8JsonWriter writer, RecordHistory record, DateTimeOffset asOf, Page<Change> changes, Dictionary<string, Entity> entities)
    {
        writer.WriteStartObject();
        writer.WriteString("id", record.Id);
        writer.WriteString("kind", record.Kind);
        writer.WriteString("asOf", asOf);
        writer.WritePropertyName("record");
        switch (record)
        {
            case { Evidence: FactEvidence fact }:
                FactJsonWriter.Write(writer, fact, entities);
                break;
            case { Stance: Stance stance }:
                RecordJsonWriter.WriteStance(writer, stance);
                break;
            case { Source: Source source }:
                RecordJsonWriter.WriteSource(writer, source, RecordJsonWriter.TextLength(source));
                break;
            case { Entity: Entity entity }:
                RecordJsonWriter.WriteEntity(writer, entity);
                break;
            default:
                writer.WriteNullValue();
                break;
        }

        writer.WriteString("status", record.Status);
        writer.WriteString("supersedes", record.Supersedes);
        writer.WriteString("supersededBy", record.SupersededBy);
        writer.WriteString("latestVersion", record.LatestVersion);
        if (record.Retraction is Change retraction)
        {
            writer.WriteStartObject("retraction");
            writer.WriteString("reason", retraction.Detail);
            writer.WriteString("recordedAt", retraction.Provenance.RecordedAt);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("retraction");
        }

        writer.WriteStartArray("changes");
        foreach (var change in changes)
        {
            RecordJsonWriter.WriteChange(writer, change);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static async Task WriteTextAsync(CliConsole console, RecordHistory record, DateTimeOffset? moment, Page<Change> changes)
    {
        var output = console.Out;
        await output.WriteLineAsync($"{record.Kind} {record.Id}, as known {(moment is null ? "now" : "at " + moment.Value.ToString("O", CultureInfo.InvariantCulture))}").ConfigureAwait(false);
        foreach (var (label, value) in record.Summary)
        {
            await output.WriteLineAsync($"  {label + ":",-16}{value}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"  {"status:",-16}{record.Status}{(record.Retraction is Change r ? ": " + r.Detail : "")}").ConfigureAwait(false);
        if (record.Kind is "fact" or "stance")
        {
            await output.WriteLineAsync($"  {"supersedes:",-16}{record.Supersedes ?? "nothing (first version)"}").ConfigureAwait(false);
            await output.WriteLineAsync($"  {"superseded by:",-16}{record.SupersededBy ?? "nothing"}").ConfigureAwait(false);
            await output.WriteLineAsync($"  {"latest version:",-16}{(record.LatestVersion == record.Id ? "this one" : record.LatestVersion)}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"\nChanges{(moment is null ? "" : " up to --at")}:").ConfigureAwait(false);
        var table = new TextTable(new("Recorded"), new("Change"), new("Record"), new("Target"), new("Detail"), new("Importer"), new("Run"));
        foreach (var change in changes)
        {
            var provenance = change.Provenance;
            table.Add(
                provenance.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
                RecordJson.Name(change.Kind),
                change.RecordId,
                change.TargetId,
                change.Detail,
                $"{provenance.Importer} {provenance.ImporterVersion} ({provenance.Input})",
                provenance.ImportRunId);
        }

        table.Write(console, "change", "changes");
    }
}
