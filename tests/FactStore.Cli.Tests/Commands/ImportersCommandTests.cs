using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class ImportersCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Importers_NoPlugins_ListsTheBuiltIns()
    {
        var run = await Tool.RunAsync("importers");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["annotations-jsonl\tbuilt-in", "claimreview\tbuilt-in", "html-article\tbuilt-in", "jsonl\tbuilt-in", "markdown-article\tbuilt-in", "plain-text-article\tbuilt-in", "web-annotation\tbuilt-in", "wikidata\tbuilt-in"], run.Lines);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Importers_EmptyPluginFolder_ListsTheBuiltInsWithoutWarning()
    {
        var plugins = TestPlugins.Folder(_folder);

        var run = await Tool.RunAsync("importers", "--plugins", plugins);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(8, run.Lines.Length);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Importers_CsvPlugin_ListedWithItsFile()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv");

        var run = await Tool.RunAsync("importers", "--plugins", plugins);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"csv\t{Path.Combine(plugins, "FactStore.Plugins.Csv.dll")}", run.Lines);
        Assert.Contains("wikidata\tbuilt-in", run.Lines);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Importers_DllThatIsNotDotNet_WarnsNamingItAndListsTheRest()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv");
        await File.WriteAllBytesAsync(Path.Combine(plugins, "native.dll"), [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0]);

        var run = await Tool.RunAsync("importers", "--plugins", plugins);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Lines, l => l.StartsWith("csv\t", StringComparison.Ordinal));
        var warning = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning: plugin ", warning, StringComparison.Ordinal);
        Assert.Contains("native.dll: not a .NET assembly", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importers_PluginWhoseConstructorThrows_WarnsWithTheReasonAndListsTheRest()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv", "ThrowingPlugin");

        var run = await Tool.RunAsync("importers", "--plugins", plugins);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Lines, l => l.StartsWith("csv\t", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("throwing", StringComparison.Ordinal));
        var warning = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ThrowingPlugin.dll: the constructor of ThrowingPlugin.ThrowingImporter threw InvalidOperationException: no licence key configured", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importers_MissingPluginFolder_ExitsOneNamingIt()
    {
        var run = await Tool.RunAsync("importers", "--plugins", _folder.File("nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such plugin folder", run.Error, StringComparison.Ordinal);
    }
}
