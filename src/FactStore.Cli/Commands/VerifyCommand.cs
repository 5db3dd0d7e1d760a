using System.CommandLine;
using System.Globalization;
using FactStore.Cli.Output;
using FactStore.Exporting;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore verify</c>: checks the whole store for changes made outside FactStore; exit 1 with each finding listed.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object" };
        var command = new Command(
            "verify",
            "Check every row, source text and quote against its hash, every import run against its rows and the hash chain, every citation against its source's text, and the append-only triggers. Exit 0 when clean, 1 with each finding listed.")
        {
            json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            var report = await store.Maintenance.VerifyAsync(cancellationToken).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteBoolean("clean", report.IsClean);
                    writer.WriteNumber("rowsChecked", report.RowsChecked);
                    writer.WriteNumber("runsChecked", report.RunsChecked);
                    writer.WriteNumber("citationsChecked", report.CitationsChecked);
                    writer.WriteString("chainHead", report.ChainHead);
                    writer.WriteStartArray("findings");
                    foreach (var finding in report.Findings)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("kind", RecordJson.Name(finding.Kind));
                        writer.WriteString("table", finding.Table);
                        writer.WriteString("recordId", finding.RecordId);
                        writer.WriteString("message", finding.Message);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                foreach (var finding in report.Findings)
                {
                    await console.Out.WriteLineAsync(finding.ToString()).ConfigureAwait(false);
                }

                var checkedText = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{report.RowsChecked} rows, {report.RunsChecked} import runs and {report.CitationsChecked} citations checked");
                await console.Out.WriteLineAsync(report.IsClean
                    ? $"{checkedText}: clean. Chain head: {report.ChainHead ?? "(no runs)"}"
                    : $"{checkedText}: {report.Findings.Count} {(report.Findings.Count == 1 ? "finding" : "findings")}; the database was altered outside FactStore").ConfigureAwait(false);
            }

            return report.IsClean ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }
}
