using Spectre.Console;

namespace FactStore.Cli.Output;

/// <summary>
/// A progress bar for one import (bytes read of the file's size), drawn on standard error when that is a terminal, so it
/// shows when standard output is redirected and never mixes with it; nothing when standard error is redirected.
/// </summary>
internal static class ImportProgressBar
{
    public static async Task<ImportResult> RunAsync(CliConsole console, string name, Func<IProgress<ImportProgress>?, Task<ImportResult>> import)
    {
        if (!console.ErrorIsTerminal)
        {
            return await import(null).ConfigureAwait(false);
        }

        ImportResult? result = null;
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error), Interactive = InteractionSupport.Yes });
        await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(name), maxValue: 1);
                result = await import(new Progress(task, Markup.Escape(name))).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result!;
    }

    private sealed class Progress(ProgressTask task, string name) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.TotalBytes is long total && total > 0)
            {
                task.MaxValue = total;
                task.Value = Math.Min(value.BytesRead, total);
            }
            else
            {
                task.IsIndeterminate = true;
            }

            task.Description = $"{name} {value.Records:N0} records";
        }
    }
}
