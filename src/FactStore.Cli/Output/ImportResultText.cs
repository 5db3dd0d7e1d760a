using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactStore.Cli.Output;

/// <summary>How an import's results are printed: one line per input, or one JSON array.</summary>
internal static class ImportResultText
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>E.g. <c>annotations.jsonl: added 0 sources, 63 entities, 12 aliases, 92 facts, 171 stances, 0 retractions; 0 unchanged</c>.</summary>
    public static string Describe(ImportResult result)
    {
        if (result.AlreadyImported)
        {
            return $"{result.Input}: already imported (--force imports it again)";
        }

        var added = new List<string>
        {
            Count(result.SourcesAdded, "source"),
            Count(result.EntitiesAdded, "entity", "entities"),
            Count(result.AliasesAdded, "alias", "aliases"),
            Count(result.FactsAdded, "fact"),
            Count(result.StancesAdded, "stance"),
            Count(result.RetractionsAdded, "retraction"),
        };
        if (result.LocatorsAdded > 0)
        {
            added.Insert(1, Count(result.LocatorsAdded, "locator"));
        }

        if (result.RedactionsAdded > 0)
        {
            added.Add(Count(result.RedactionsAdded, "redaction"));
        }

        var skipped = result.Skipped.Count > 0 ? $"; {Count(result.Skipped.Count, "bad record")} skipped" : "";
        return $"{result.Input}: {(result.DryRun ? "would add" : "added")} {string.Join(", ", added)}; {result.Unchanged} unchanged{skipped}";
    }

    /// <summary>E.g. <c>  skipped: cases.csv, line 12 (fact): the quote is not in the text …</c>.</summary>
    public static string Describe(SkippedRecord skipped) =>
        $"  skipped: {skipped.Input}{(skipped.Line is int line ? $", line {line}" : "")}{(skipped.RecordType is string type ? $" ({type})" : "")}: {ErrorReport.OneLine(skipped.Reason)}";

    /// <summary>Writes the results as one JSON array, camelCase, every field of <see cref="ImportResult"/>.</summary>
    public static async Task WriteJsonAsync(Stream output, IReadOnlyList<ImportResult> results, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(output, results, Json, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static string Count(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
