using System.Text;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Readme;

/// <summary>The README's analyst session runs as written, and the README shows exactly what the tool prints.</summary>
public sealed class AnalystSessionTests
{
    private const string Section = "### An analyst's session on the seeds";


    [Fact]
    public async Task Readme_AnalystSession_PrintsWhatTheReadmeShows()
    {
        var steps = ReadSession();
        Assert.True(steps.Count(s => s.Args[0] != "import") >= 5, $"the session asks too little: {steps.Count} commands");

        using var folder = new TempFolder();
        foreach (var step in steps)
        {
            var run = await Tool.RunAsync([.. step.Args.SelectMany(ExpandSeeds), "--db", folder.Database]);

            Assert.True(run.ExitCode == 0, $"$ factstore {string.Join(' ', step.Args)}\n{run}");
            Assert.Equal(step.Output, run.Out.ReplaceLineEndings("\n").TrimEnd('\n'));
        }
    }

    private static List<SessionStep> ReadSession()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section \"{Section}\"");
        var blockStart = readme.IndexOf("```console\n", start, StringComparison.Ordinal) + "```console\n".Length;
        var block = readme[blockStart..readme.IndexOf("\n```", blockStart, StringComparison.Ordinal)];

        var steps = new List<SessionStep>();
        foreach (var line in block.Split('\n'))
        {
            if (line.StartsWith("$ factstore ", StringComparison.Ordinal))
            {
                steps.Add(new SessionStep(SplitArguments(line["$ factstore ".Length..]), new StringBuilder()));
            }
            else
            {
                Assert.True(steps.Count > 0, $"output before the first command: {line}");
                steps[^1].Lines.Append(line).Append('\n');
            }
        }

        return steps;
    }

    /// <summary>Words split as a shell splits them, double quotes grouping.</summary>
    private static string[] SplitArguments(string commandLine)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in commandLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

    /// <summary><c>seeds/*.txt</c> as the shell expands it, and <c>seeds/NAME</c>, from the seeds beside the tests.</summary>
    private static IEnumerable<string> ExpandSeeds(string arg) => arg switch
    {
        "seeds/*.txt" => Seeds.Articles,
        _ when arg.StartsWith("seeds/", StringComparison.Ordinal) => [Path.Combine(Seeds.Folder, arg["seeds/".Length..])],
        _ => [arg],
    };

    private sealed record SessionStep(string[] Args, StringBuilder Lines)
    {
        public string Output => Lines.ToString().TrimEnd('\n');
    }
}
