using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore stats</c>: what the store holds: rows by record type, import runs, schema version, size on disk.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var json = new Option<bool>("--json") { Description = "Print the counts as one JSON object" };
        var command = new Command("stats", "Count the store's records by type (superseded, retracted and redacted ones included), its import runs, and its size on disk.")
        {
            json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var stats = await store.Maintenance.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("database", store.DatabasePath);
                    writer.WriteStartObject("records");
                    foreach (var (type, count) in stats.Records)
                    {
                        writer.WriteNumber(type, count);
                    }

                    writer.WriteEndObject();
                    writer.WriteNumber("runs", stats.Runs);
                    writer.WriteString("lastRecordedAt", stats.LastRecordedAt?.ToString("O", CultureInfo.InvariantCulture));
                    writer.WriteNumber("schemaVersion", stats.SchemaVersion);
                    writer.WriteNumber("sizeInBytes", stats.SizeInBytes);
                    writer.WriteEndObject();
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var table = new TextTable(new TextColumn("Records"), new("Count"));
                foreach (var (type, count) in stats.Records)
                {
                    table.Add(type.Replace('_', ' '), count.ToString(CultureInfo.InvariantCulture));
                }

                table.Add("import runs", stats.Runs.ToString(CultureInfo.InvariantCulture));
                table.Add("schema version", stats.SchemaVersion.ToString(CultureInfo.InvariantCulture));
                table.Add("size in bytes", stats.SizeInBytes.ToString(CultureInfo.InvariantCulture));
                table.Add("last recorded at", stats.LastRecordedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "");
                table.Write(console, "line", "lines");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
