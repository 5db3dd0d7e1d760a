namespace FactStore.Cli.Arguments;

/// <summary>
/// A page read with the <c>--after CURSOR</c> the user typed: a cursor the list never printed is a usage error (exit 2)
/// that says what to pass instead, not the library's <see cref="ArgumentException"/>.
/// </summary>
internal static class AfterCursor
{
    public static async Task<T> ReadAsync<T>(string? after, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (ArgumentException e) when (after is not null && e.GetType() == typeof(ArgumentException))
        {
            throw CliException.Usage($"--after: '{after}' is not a cursor this list printed; pass the one the previous page named on standard error, with the same options");
        }
    }
}
