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
        var root = RepositoryFolder.Root();
        var example = RepositoryFolder.Example(Path.Combine(root, "samples", "FactStore.Sample", "QuickStart.cs"), "README example", indent: 8);

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(example, readme, StringComparison.Ordinal);
    }
}
