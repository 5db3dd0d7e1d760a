namespace FactStore.Cli.Arguments;

/// <summary>Reads a page with a cursor the user typed: a cursor the list never printed is a usage error (exit 2), not a crash.</summary>
internal static class Cursors
{
    /// <summary>Runs <paramref name="read"/>; an <see cref="ArgumentException"/> it throws (the library's answer to a foreign cursor) becomes one line naming the option.</summary>
    public static async Task<Page<T>> PageAsync<T>(string option, Func<Task<Page<T>>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage($"{option}: {ErrorReport.OneLine(e.Message)} (pass the cursor the previous page of the same command printed)");
        }
    }
}
