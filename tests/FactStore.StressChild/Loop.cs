using System.Diagnostics;
using System.Globalization;

namespace FactStore.StressChild;

/// <summary>Repeats an action for a number of seconds; builds the small records of a tiny run.</summary>
internal static class Loop
{
    public static async Task<int> RunAsync(int seconds, Func<int, Task> action)
    {
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            await action(count).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>An entity new to the store (named after this process and <paramref name="index"/>) and a few facts about it.</summary>
    public static IEnumerable<StoreRecord> TinyRun(int index, int facts)
    {
        var entity = new Entity { Label = string.Create(CultureInfo.InvariantCulture, $"Tiny {Environment.ProcessId} {index}") };
        yield return entity;
        for (var i = 0; i < facts; i++)
        {
            yield return new Fact
            {
                SubjectId = entity.Id,
                Predicate = "p" + i,
                Object = FactObject.Literal("v" + i),
                Statement = string.Create(CultureInfo.InvariantCulture, $"Statement tiny {index} {i}."),
            };
        }
    }
}
