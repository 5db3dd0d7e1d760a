using FactStore.Storage;
using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>A read of several statements sees one committed state, whatever commits while it runs.</summary>
public sealed class ReadSnapshotTests
{
    [Fact]
    public async Task Read_AWriteCommitsBetweenItsStatements_TheReadDoesNotSeeIt()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev]);
        var engine = test.Options().Engine!.CreateEngine();
        await using var connection = await engine.OpenConnectionAsync(CancellationToken.None);

        int before, after;
        await using (await ReadSnapshot.BeginAsync(connection, engine, CancellationToken.None))
        {
            before = await CountFactsAsync(connection);
            await test.Store.WriteAsync([TestRecords.Presides()]);
            after = await CountFactsAsync(connection);
        }

        Assert.Equal((0, 0), (before, after));
        Assert.Equal(1, await CountFactsAsync(connection));
        engine.ReleaseConnections();
    }

    private static async Task<int> CountFactsAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.Command("SELECT COUNT(*) FROM facts");
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
