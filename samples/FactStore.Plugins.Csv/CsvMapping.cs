using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactStore.Plugins.Csv;

/// <summary>
/// How a CSV file maps to records: the delimiter and which column holds what. Read from <c>NAME.csvmap.json</c> next
/// to <c>NAME.csv</c>; every property is optional (see README.md).
/// </summary>
public sealed class CsvMapping
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly char[] Candidates = [';', ',', '\t'];

    /// <summary>The delimiter: <c>,</c>, <c>;</c> or <c>\t</c> (also written <c>tab</c>); detected from the header line when absent.</summary>
    public string? Delimiter { get; init; }

    /// <summary>The header of the column with each field (<c>id</c>, <c>date</c>, <c>claim</c>, <c>claimant</c>, <c>verdict</c>, <c>source</c>).</summary>
    public Dictionary<string, string> Columns { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verdicts (as written in the file, case-insensitive) to positions: <c>supports</c>, <c>refutes</c>, <c>uncertain</c>, <c>neutral</c>.</summary>
    public Dictionary<string, StancePosition> Verdicts { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a claimant is: <c>Person</c> (the default), <c>Organization</c>, <c>Other</c>...</summary>
    public EntityKind ClaimantKind { get; init; } = EntityKind.Person;

    /// <summary>The mapping file for an input: <c>NAME.csvmap.json</c> beside <c>NAME.csv</c>.</summary>
    public static string PathFor(string inputPath) =>
        Path.Combine(Path.GetDirectoryName(inputPath) ?? "", Path.GetFileNameWithoutExtension(inputPath) + ".csvmap.json");

    /// <summary>The mapping beside a file input, or the defaults (also for an input that is not a file).</summary>
    /// <exception cref="InvalidRecordException">The mapping file is not valid JSON of this shape.</exception>
    public static CsvMapping For(ImportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.FilePath is not string path || PathFor(path) is var mapPath && !File.Exists(mapPath))
        {
            return new CsvMapping();
        }

        try
        {
            var mapping = JsonSerializer.Deserialize<CsvMapping>(File.ReadAllText(mapPath), Json) ?? new CsvMapping();
            return new CsvMapping
            {
                Delimiter = mapping.Delimiter,
                Columns = new Dictionary<string, string>(mapping.Columns, StringComparer.OrdinalIgnoreCase),
                Verdicts = new Dictionary<string, StancePosition>(mapping.Verdicts, StringComparer.OrdinalIgnoreCase),
                ClaimantKind = mapping.ClaimantKind,
            };
        }
        catch (JsonException e)
        {
            throw new InvalidRecordException($"the mapping {Path.GetFileName(mapPath)} is not valid: {e.Message}", input.Name, innerException: e);
        }
    }

    /// <summary>The delimiter given, or the one of <c>,</c> <c>;</c> tab found most often in the header line.</summary>
    public char DelimiterFor(string headerLine) => Delimiter switch
    {
        null or "" => Candidates.OrderByDescending(c => headerLine.Count(h => h == c)).First(),
        "tab" or "\\t" or "\t" => '\t',
        { Length: 1 } d when d[0] is ',' or ';' => d[0],
        _ => throw new InvalidRecordException($"the delimiter '{Delimiter}' is not one of , ; tab"),
    };
}
