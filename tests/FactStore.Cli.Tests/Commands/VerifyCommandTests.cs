using System.Text.Json;
using FactStore.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactStore.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
    [Fact]
    public async Task Verify_TheSeedsAsImported_ExitsZeroSayingClean()
    {
        using var folder = new TempFolder();
        await SeededDatabase.ImportSeedsAsync(folder.Database);

        var run = await Tool.RunAsync("verify", "--db", folder.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+ rows, 6 import runs and 171 citations checked: clean\. Chain head: [0-9a-f]{32}$", run.Out.TrimEnd());
    }

    [Trait("Engine", "Sqlite")]

    [Fact]
    public async Task Verify_AStatementEditedWithItsTriggerDropped_ExitsOneListingTheFactAndTheTrigger()
    {
        using var folder = new TempFolder();
        await SeededDatabase.ImportSeedsAsync(folder.Database);
        Tamper(folder.Database, "DROP TRIGGER facts_append_only_update; UPDATE facts SET statement = statement || ' (edited)' WHERE seq = 1");
        var factId = Scalar(folder.Database, "SELECT id FROM facts WHERE seq = 1");

        var text = await Tool.RunAsync("verify", "--db", folder.Database);
        var json = await Tool.RunAsync("verify", "--db", folder.Database, "--json");

        Assert.Equal(1, text.ExitCode);
        Assert.Contains($"facts {factId}: a column of the row was changed outside FactStore", text.Out, StringComparison.Ordinal);
        Assert.Contains("facts_append_only_update is missing", text.Out, StringComparison.Ordinal);
        Assert.EndsWith("2 findings; the database was altered outside FactStore", text.Out.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        Assert.False(report.RootElement.GetProperty("clean").GetBoolean());
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "rowChanged" && f.GetProperty("recordId").GetString() == factId);
    }

    [Trait("Engine", "Sqlite")]

    [Fact]
    public async Task Stats_TheSeeds_CountsEachRecordTypeAndTheRuns()
    {
        using var folder = new TempFolder();
        await SeededDatabase.ImportSeedsAsync(folder.Database);

        var run = await Tool.RunAsync("stats", "--db", folder.Database, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var stats = JsonDocument.Parse(run.Out);
        var records = stats.RootElement.GetProperty("records");
        Assert.Equal(5, records.GetProperty("sources").GetInt64());
        Assert.Equal(63, records.GetProperty("entities").GetInt64());
        Assert.Equal(92, records.GetProperty("facts").GetInt64());
        Assert.Equal(171, records.GetProperty("stances").GetInt64());
        Assert.Equal(6, stats.RootElement.GetProperty("runs").GetInt64());
        Assert.Equal(new FileInfo(folder.Database).Length + (File.Exists(folder.Database + "-wal") ? new FileInfo(folder.Database + "-wal").Length : 0), stats.RootElement.GetProperty("sizeInBytes").GetInt64());
    }

    [Fact]
    public async Task Facts_OnAnotherApplicationsSqliteFile_ExitsOneAndLeavesItUntouched()
    {
        using var folder = new TempFolder();
        var other = folder.File("other.db");
        Tamper(other, "CREATE TABLE users (id INTEGER PRIMARY KEY)");
        var before = await File.ReadAllBytesAsync(other);

        var run = await Tool.RunAsync("facts", "--db", other, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a FactStore database", run.Error, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(other));
    }

    private static void Tamper(string database, string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    private static string Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
