using FactStore.Sample;
using FactStore.Tests.Support;

namespace FactStore.Tests.Sample;

/// <summary>The README's example runs, and the README shows exactly the code that runs.</summary>
public class QuickStartTests
{
    [Fact]
    public async Task RunAsync_Seeds_PrintsTokayevsRequestWithACitation()
    {
        var folder = Directory.CreateTempSubdirectory("factstore-quickstart-").FullName;
        using var output = new StringWriter();

        await QuickStart.RunAsync(Path.Combine(folder, "facts.db"), Seeds.Folder, output, CancellationToken.None);

        Assert.Contains("asked the CSTO for military help", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Supports by", output.ToString(), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Readme_ShowsTheExampleAsCompiled()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllLines(Path.Combine(root, "samples", "FactStore.Sample", "QuickStart.cs"));
        var begin = Array.FindIndex(source, l => l.Contains("README example: begin", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains("README example: end", StringComparison.Ordinal));
        var example = source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(string.Join('\n', example).Trim(), readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FactStore.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (FactStore.sln) was not found above the test assembly.");
    }
}
