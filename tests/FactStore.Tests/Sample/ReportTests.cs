using FactStore.Sample;
using FactStore.Tests.Support;
using Snapshooter.Xunit;

namespace FactStore.Tests.Sample;

/// <summary>Snapshots of the sample's report (Snapshooter; Verify is not available from our package registry).</summary>
public class ReportTests
{
    [Fact]
    public async Task Report_FirstRun_MatchesSnapshot()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var imports = test.SeedImports;

        Snapshot.Match(await RenderAsync(test.Store, imports));
    }

    [Fact]
    public async Task Report_SecondRun_SaysNothingNewAndMatchesSnapshot()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var again = await SeedImport.ImportAsync(test.Store, Seeds.Folder, CancellationToken.None);

        var lines = await RenderAsync(test.Store, again);

        Assert.StartsWith("Nothing new", lines[0], StringComparison.Ordinal);
        Snapshot.Match(lines);
    }

    private static async Task<string[]> RenderAsync(IFactStore store, IReadOnlyList<ImportResult> imports)
    {
        using var output = new StringWriter { NewLine = "\n" };
        await Report.WriteAsync(store, imports, output, CancellationToken.None);
        return output.ToString().Split('\n');
    }
}
