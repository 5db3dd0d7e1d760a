using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests;

public sealed class ProgramTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_Cancelled_ExitsCleanlyWithOneLine()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exitCode = await Program.RunAsync(["import", "annotations-jsonl", Seeds.Annotations, "--db", _folder.Database], output, error, cancellation.Token);

        Assert.Equal(130, exitCode);
        Assert.Equal("error: cancelled", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task RunAsync_Help_NamesTheToolAndItsCommands()
    {
        var run = await Tool.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("factstore [command] [options]", run.Out, StringComparison.Ordinal);
        Assert.All(new[] { "import", "facts", "export" }, command => Assert.Contains(command, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_SuggestDirective_CompletesAPrefixToTheCommands()
    {
        var run = await Tool.RunAsync("[suggest]", "imp");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["import", "importers"], run.Lines.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task RunAsync_SuggestDirectiveAtTheImporter_CompletesTheImporterName()
    {
        var run = await Tool.RunAsync("[suggest:9]", "import we");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["web-annotation"], run.Lines.Select(l => l.TrimEnd('\r')));
    }
}
