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
}
