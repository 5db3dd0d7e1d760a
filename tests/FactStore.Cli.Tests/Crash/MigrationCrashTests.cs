using FactStore.TestSupport;
using System.Diagnostics;
using System.Globalization;
using FactStore.Cli.Tests.Support;
using Xunit.Abstractions;

namespace FactStore.Cli.Tests.Crash;

/// <summary>
/// Issue 13: <c>kill -9</c> of a process while it upgrades a store from schema version 3 (migration 4 hashes every
/// row; migrations 5 and 6 follow in the same transaction). Whenever the kill lands, the file passes SQLite's integrity check
/// and is either version 3 untouched or the latest version complete; opening it again finishes the upgrade and verifies clean.
/// </summary>
[Collection(ChildProcesses.Name)]
public sealed class MigrationCrashTests(MigrationCrashTests.Version3Template template, ITestOutputHelper output) : IClassFixture<MigrationCrashTests.Version3Template>
{
    private const int Latest = 6;

    [Trait("Engine", "Sqlite")]

    [Theory]
    [InlineData(300)]
    [InlineData(800)]
    [InlineData(1500)]
    public async Task Open_KilledWhileMigrating_LeavesVersion3OrTheLatestComplete(int killAfterMs)
    {
        using var folder = new TempFolder();
        File.Copy(template.Path, folder.Database);

        using (var child = ChildProcess.Start("open", folder.Database))
        {
            await Task.Delay(killAfterMs);
            await child.KillAsync();
        }

        Assert.Equal("ok", StoreFile.IntegrityCheck(folder.Database));
        var version = StoreFile.SchemaVersion(folder.Database);
        output.WriteLine($"killed after {killAfterMs} ms: schema version {version}");
        Assert.True(version is 3 or Latest, $"schema version {version}");
        Assert.Equal(version == Latest, StoreFile.HasColumn(folder.Database, "facts", "row_hash"));
        Assert.Equal(template.Facts, StoreFile.Count(folder.Database, "facts"));
        Assert.Equal(template.Stances, StoreFile.Count(folder.Database, "stances"));

        var report = await StoreFile.VerifyAsync(folder.Database);

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(Latest, StoreFile.SchemaVersion(folder.Database));
        Assert.Equal(template.Facts, StoreFile.Count(folder.Database, "facts"));
        Assert.Equal(2, report.RunsChecked);
    }

    /// <summary>A version 3 store of two runs, large enough that migration 4 takes more than a second and a half.</summary>
    public sealed class Version3Template : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _folder = new();

        public string Path => _folder.Database;

        public long Facts { get; private set; }

        public long Stances { get; private set; }

        public async Task InitializeAsync()
        {
            foreach (var (facts, tag) in new[] { (10, "first"), (12_000, "second") })
            {
                var run = await ChildProcess.RunAsync("import", Path, facts.ToString(CultureInfo.InvariantCulture), tag);
                Trace.Assert(run.ExitCode == 0, run.ToString());
            }

            Version3Store.Downgrade(Path);
            Facts = StoreFile.Count(Path, "facts");
            Stances = StoreFile.Count(Path, "stances");
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
