using FactStore.Cli.Tests.Support;
using Xunit.Abstractions;

namespace FactStore.Cli.Tests.Crash;

/// <summary>
/// Issue 13, defect 1, across processes: while a child process imports run after run, this process asks "as known at
/// T" for moments T just past; after the child is done it asks about every one of those moments again. Each answer
/// must be what it was: history as of a past moment never changes.
/// </summary>
[Collection(ChildProcesses.Name)]
public sealed class KnownAtAcrossProcessesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KnownAt_MomentsDuringImportsInAnotherProcess_AreAnsweredTheSameAfterwards()
    {
        using var folder = new TempFolder();
        await using var reader = await FactStoreDatabase.OpenAsync(FactStore.Cli.Commands.FactStoreCommand.Options(folder.Database, null));
        var during = new List<(DateTimeOffset Moment, string Answer)>();

        using (var child = ChildProcess.Start("runs", folder.Database, "5", "2500"))
        {
            while (!child.HasExited)
            {
                var moment = DateTimeOffset.UtcNow;
                during.Add((moment, await AnswerAsync(reader, moment)));
                await Task.Delay(10);
            }

            var run = await child.WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        }

        var changed = new List<string>();
        foreach (var (moment, answer) in during)
        {
            var again = await AnswerAsync(reader, moment);
            if (again != answer)
            {
                changed.Add($"{moment:O}: {answer.Split(' ')[0]} during the imports, {again.Split(' ')[0]} after them");
            }
        }

        var states = during.Select(d => d.Answer).Distinct().ToList();
        output.WriteLine($"{during.Count} moments asked about, {states.Count} different answers: {string.Join(" | ", states.Select(s => s.Split(' ')[0]))}");
        output.WriteLine($"{changed.Count} changed: " + string.Join("\n", changed.Take(3).Concat(changed.TakeLast(3))));
        Assert.Empty(changed);
        Assert.True(states.Count >= 3, "the reader saw fewer than three states of the store while the child imported");
        Assert.Equal(await AnswerAsync(reader, DateTimeOffset.UtcNow), await AnswerAsync(reader, null));
        Assert.StartsWith("315 ", await AnswerAsync(reader, null), StringComparison.Ordinal);
    }

    /// <summary>The facts of one predicate as known at the moment: each run adds 63 of them.</summary>
    private static async Task<string> AnswerAsync(FactStoreDatabase store, DateTimeOffset? knownAt)
    {
        IFactStoreReader reader = knownAt is DateTimeOffset moment ? store.AsKnownAt(moment) : store;
        var facts = await reader.FindFactsAsync(new FactQuery { Predicate = "p0", Limit = 10_000 });
        return facts.Count + " " + string.Join(',', facts.Select(f => f.Id[..12]).Order(StringComparer.Ordinal));
    }
}
