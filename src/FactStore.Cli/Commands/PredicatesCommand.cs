using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore predicates</c>: the predicates facts use, most facts first, to know what <c>facts --predicate</c> can ask.</summary>
internal static class PredicatesCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins) =>
        ListCommand.Create<PredicateSummary>(
            console,
            database,
            plugins,
            "predicates",
            "List the predicates of the standing facts, most facts first, with their fact counts.",
            "Only predicates that start with this (case and diacritics ignored)",
            (store, query, cancellationToken) => store.ListPredicatesAsync(query, cancellationToken),
            WriteJson,
            WriteText);

    private static void WriteJson(Utf8JsonWriter writer, IEnumerable<PredicateSummary> predicates)
    {
        writer.WriteStartArray();
        foreach (var summary in predicates)
        {
            writer.WriteStartObject();
            writer.WriteString("predicate", summary.Predicate);
            writer.WriteNumber("factCount", summary.FactCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteText(CliConsole console, IEnumerable<PredicateSummary> predicates)
    {
        var table = new TextTable(new TextColumn("Predicate"), new("Facts"));
        foreach (var summary in predicates)
        {
            table.Add(summary.Predicate, summary.FactCount.ToString(CultureInfo.InvariantCulture));
        }

        table.Write(console, "predicate", "predicates");
    }
}
