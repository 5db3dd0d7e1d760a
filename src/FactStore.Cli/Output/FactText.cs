using Spectre.Console;

namespace FactStore.Cli.Output;

/// <summary>
/// How <c>factstore facts</c> shows facts as text: a table on a terminal (without the ids); one tab-separated line per fact when
/// standard output is redirected (id, subject, predicate, object, validity, stances, statement), with no ANSI codes.
/// </summary>
internal static class FactText
{
    public static void Write(CliConsole console, IReadOnlyList<FactEvidence> facts)
    {
        if (console.IsTerminal)
        {
            WriteTable(console.Out, facts);
            return;
        }

        foreach (var evidence in facts)
        {
            console.Out.WriteLine(string.Join('\t', Columns(evidence)));
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<FactEvidence> facts)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Subject", "Predicate", "Object", "Valid", "Stances", "Statement");
        foreach (var evidence in facts)
        {
            // The id is left out of the table to leave room for the text; the plain lines and --json carry it.
            table.AddRow(Columns(evidence).Skip(1).Select(c => new Spectre.Console.Text(c)).ToArray());
        }

        terminal.Write(table);
        terminal.WriteLine($"{facts.Count} fact{(facts.Count == 1 ? "" : "s")}");
    }

    private static string[] Columns(FactEvidence evidence) =>
    [
        evidence.Fact.Id,
        evidence.Subject?.Label ?? "(claim)",
        evidence.Fact.Predicate ?? "",
        evidence.Object?.Label ?? evidence.Fact.Object?.ToString() ?? "",
        Validity(evidence.Fact.Validity),
        Stances(evidence.Stances),
        evidence.Fact.Statement,
    ];

    /// <summary>EDTF at each end's precision: <c>2022-01</c> for one period, <c>2013/..</c> for an open end, empty when unstated.</summary>
    private static string Validity(ValidityInterval validity) =>
        validity.IsUnstated ? "" : validity.From == validity.To ? validity.From!.Value.ToString() : validity.ToString();

    private static string Stances(IReadOnlyList<StanceEvidence> stances) =>
        string.Join(", ", stances.GroupBy(s => s.Stance.Position).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
}
