using System.Globalization;
using FactStore.Cli.Tests.Support;
using Xunit.Abstractions;

namespace FactStore.Cli.Tests.Crash;

/// <summary>
/// Issue 13: <c>kill -9</c> of a process in the middle of an import. Whenever the kill lands, the file passes SQLite's
/// integrity check and FactStore's verify, holds all of the run or none of it, and the same import then completes.
/// </summary>
[Collection(ChildProcesses.Name)]
public sealed class ImportCrashTests(ITestOutputHelper output)
{
    private const int Facts = 8_000;

    [Trait("Engine", "Sqlite")]

    [Theory]
    [InlineData(300)]
    [InlineData(800)]
    [InlineData(1500)]
    public async Task Import_KilledAfterAFewHundredMilliseconds_LeavesAllOrNothingAndImportsAgain(int killAfterMs)
    {
        using var folder = new TempFolder();
        var facts = Facts.ToString(CultureInfo.InvariantCulture);
        var setup = await ChildProcess.RunAsync("import", folder.Database, "10", "before");
        Assert.True(setup.ExitCode == 0, setup.ToString());

        using (var child = ChildProcess.Start("import", folder.Database, facts, "crash"))
        {
            await Task.Delay(killAfterMs);
            await child.KillAsync();
        }

        var factsAfterKill = StoreFile.Count(folder.Database, "facts") - 10;
        output.WriteLine($"killed after {killAfterMs} ms: {factsAfterKill} facts of the run");
        Assert.Equal("ok", StoreFile.IntegrityCheck(folder.Database));
        Assert.True(factsAfterKill is 0 or Facts, $"{factsAfterKill} facts of the run survived the kill");
        Assert.Equal(factsAfterKill == 0 ? 1 : 2, StoreFile.Count(folder.Database, "import_runs"));
        var afterKill = await StoreFile.VerifyAsync(folder.Database);
        Assert.True(afterKill.IsClean, string.Join("\n", afterKill.Findings));

        var again = await ChildProcess.RunAsync("import", folder.Database, facts, "crash");

        Assert.True(again.ExitCode == 0 && again.Error.Length == 0, again.ToString());
        Assert.Equal(Facts + 10, StoreFile.Count(folder.Database, "facts"));
        Assert.Equal(2, StoreFile.Count(folder.Database, "import_runs"));
        var afterImport = await StoreFile.VerifyAsync(folder.Database);
        Assert.True(afterImport.IsClean, string.Join("\n", afterImport.Findings));
    }
}
