namespace FactStore.Cli.Output;

/// <summary>
/// How <c>factstore facts</c> shows facts as text: a table on a terminal (without the ids); one tab-separated line per fact when
/// standard output is redirected (id, subject, predicate, object, validity, stances, statement), with no ANSI codes.
/// </summary>
internal static class FactText
{
    public static void Write(CliConsole console, IReadOnlyList<FactEvidence> facts)
    {
        var table = new TextTable(
            new TextColumn("Id", HiddenOnTerminal: true), new("Subject"), new("Predicate"), new("Object"), new("Valid"), new("Stances"), new("Statement"));
        foreach (var evidence in facts)
        {
            table.Add(Columns(evidence));
        }

        table.Write(console, "fact", "facts");
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
    public static string Validity(ValidityInterval validity) =>
        validity.IsUnstated ? "" : validity.From == validity.To ? validity.From!.Value.ToString() : validity.ToString();

    /// <summary>The stances counted by position: <c>2 supports, 1 refutes</c>.</summary>
    public static string Stances(IReadOnlyList<StanceEvidence> stances) =>
        string.Join(", ", stances.GroupBy(s => s.Stance.Position).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
}
