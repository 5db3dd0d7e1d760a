using System.Runtime.CompilerServices;

namespace FactStore.Storage;

/// <summary>
/// Counts the statements run on the current asynchronous flow while a count is open: how tests prove that a read costs
/// a fixed number of statements, whatever the number of records.
/// </summary>
internal static class StatementCounter
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting on this flow (and the flows it starts); the box holds the count so far.</summary>
    public static StrongBox<int> Start() => Current.Value = new StrongBox<int>();

    /// <summary>Stops counting on this flow.</summary>
    public static void Stop() => Current.Value = null;

    /// <summary>Counts one statement, when a count is open.</summary>
    public static void Count()
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count.Value);
        }
    }
}
