using System.Globalization;
using FactStore.Cli.Tests.Support;
using Xunit.Abstractions;

namespace FactStore.Cli.Tests.Crash;

/// <summary>
/// Issue 13, concurrency: one writer process importing small runs back to back while eight reader processes read facts,
/// search, entities and statistics; no error reaches any caller. Ten seconds here; <c>tests/soak/readers-and-writer.sh</c>
/// runs the same test for a minute (FACTSTORE_SOAK_SECONDS).
/// </summary>
[Collection(ChildProcesses.Name)]
public sealed class ReadersAndWriterTests(ITestOutputHelper output)
{
    private static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("FACTSTORE_SOAK_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 10;

    [Fact]
    public async Task OneWriterAndEightReaderProcesses_ForSomeSeconds_NoErrorReachesACaller()
    {
        using var folder = new TempFolder();
        var seed = await ChildProcess.RunAsync("import", folder.Database, "500", "seed");
        Assert.True(seed.ExitCode == 0, seed.ToString());
        var seconds = Seconds.ToString(CultureInfo.InvariantCulture);

        var children = new List<ChildProcess> { ChildProcess.Start("small-runs", folder.Database, seconds) };
        children.AddRange(Enumerable.Range(0, 8).Select(_ => ChildProcess.Start("read", folder.Database, seconds)));
        ChildRun[] runs;
        try
        {
            runs = await Task.WhenAll(children.Select(c => c.WaitAsync(TimeSpan.FromSeconds(Seconds + 90))));
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }

        output.WriteLine(string.Join(", ", runs.Select(r => r.Out.Trim())));
        Assert.All(runs, run => Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString()));
        var writes = int.Parse(runs[0].Out.Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.True(writes > 0, runs[0].ToString());
        Assert.All(runs.Skip(1), run => Assert.True(int.Parse(run.Out.Split(' ')[1], CultureInfo.InvariantCulture) > 0, run.ToString()));
        var report = await StoreFile.VerifyAsync(folder.Database);
        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(1 + writes, report.RunsChecked);
    }
}
