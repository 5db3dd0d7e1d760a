using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FactStore.Plugins.Csv;

/// <summary>
/// Imports a CSV case list (claims with who made them, when, a verdict and the fact-check's URL) as plain claims, the
/// claimants as entities, the fact-checks as sources by reference, and two stances per row: the claimant's (supports,
/// said at the row's date) and the verdict's (the position the verdict maps to, with the verdict and case id as qualifiers).
/// </summary>
/// <remarks>Stateless and safe to share between concurrent imports. Bad rows raise <see cref="InvalidRecordException"/> with their line.</remarks>
public sealed class CsvImporter : IFactImporter
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy"];

    private static readonly Dictionary<string, string[]> DefaultHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ["id", "case id", "case_id", "case", "case number"],
        ["date"] = ["date", "claim date", "datum", "fecha"],
        ["claim"] = ["claim", "claim text", "claim_text", "statement", "text"],
        ["claimant"] = ["claimant", "speaker", "author", "claimed by"],
        ["verdict"] = ["verdict", "rating", "label", "textual rating"],
        ["source"] = ["source", "source url", "source_url", "url", "link"],
    };

    /// <inheritdoc/>
    public string Name => "csv";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mapping = CsvMapping.For(input);
        using var reader = new StreamReader(input.Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        // The header is one line (no line breaks in its names); the rows stream after it, one record at a time.
        var firstLine = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(firstLine))
        {
            throw new InvalidRecordException("the first line is empty: a header line is expected", input.Name, 1);
        }

        var delimiter = mapping.DelimiterFor(firstLine);
        var header = Read(new CsvReader(new StringReader(firstLine), delimiter), input)!.Value;
        var csv = new CsvReader(reader, delimiter, firstLine: 2);
        var columns = Columns(header.Fields, mapping, input.Name);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        while (Read(csv, input) is var (fields, line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Count != header.Fields.Count)
            {
                throw new InvalidRecordException($"{fields.Count} fields where the header has {header.Fields.Count}", input.Name, line);
            }

            foreach (var record in Records(fields, columns, mapping, input.Name, line))
            {
                if (seen.Add(record.Id))
                {
                    yield return new ImportItem { Record = record, Line = line };
                }
            }
        }
    }

    private static IEnumerable<StoreRecord> Records(List<string> fields, Dictionary<string, int> columns, CsvMapping mapping, string input, int line)
    {
        string? Get(string name) => columns.TryGetValue(name, out var i) && fields[i].Trim() is { Length: > 0 } value ? value : null;

        var claim = Get("claim") ?? throw new InvalidRecordException("the claim is blank", input, line);
        var caseId = Get("id");
        var date = Get("date") is string text ? ParseDate(text, input, line) : null;
        var fact = new Fact { Statement = claim };
        Source? source = null;
        if (Get("source") is string url)
        {
            source = new Source
            {
                Locators = [ExternalId.TryParse(url, out var locator) ? locator : throw new InvalidRecordException($"'{url}' is not a URL or locator", input, line)],
                Title = caseId,
            };
            yield return source;
        }

        Entity? claimant = Get("claimant") is string name ? new Entity { Label = name, Kind = mapping.ClaimantKind } : null;
        if (claimant is not null)
        {
            yield return claimant;
        }

        yield return fact;
        if (source is null)
        {
            yield break;
        }

        if (claimant is not null)
        {
            yield return new Stance { FactId = fact.Id, SourceId = source.Id, HolderId = claimant.Id, Position = StancePosition.Supports, SaidAt = date, Origin = StanceOrigin.Importer };
        }

        if (Get("verdict") is string verdict)
        {
            List<Qualifier> qualifiers = [new Qualifier { Property = "verdict", Value = FactObject.Literal(verdict) }];
            if (caseId is not null)
            {
                qualifiers.Add(new Qualifier { Property = "case", Value = FactObject.Literal(caseId) });
            }

            yield return new Stance { FactId = fact.Id, SourceId = source.Id, Position = Position(verdict, mapping), Qualifiers = qualifiers, Origin = StanceOrigin.Importer };
        }
    }

    private static StancePosition Position(string verdict, CsvMapping mapping)
    {
        if (mapping.Verdicts.TryGetValue(verdict, out var mapped))
        {
            return mapped;
        }

        return verdict.ToUpperInvariant() switch
        {
            "TRUE" or "CORRECT" or "ACCURATE" or "RICHTIG" or "WAHR" or "VRAI" or "VERO" or "VERDADERO" or "PRAWDA" => StancePosition.Supports,
            "FALSE" or "INCORRECT" or "FAKE" or "FALSCH" or "FAUX" or "FALSO" or "FAŁSZ" or "ONWAAR" => StancePosition.Refutes,
            _ => StancePosition.Uncertain,
        };
    }

    private static PartialDate? ParseDate(string text, string input, int line) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? PartialDate.FromDate(date)
            : throw new InvalidRecordException($"'{text}' is not a date (YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY)", input, line);

    private static Dictionary<string, int> Columns(List<string> header, CsvMapping mapping, string input)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, names) in DefaultHeaders)
        {
            var wanted = mapping.Columns.TryGetValue(field, out var given) ? [given] : names;
            var index = header.FindIndex(h => wanted.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
            if (index >= 0)
            {
                columns[field] = index;
            }
            else if (mapping.Columns.ContainsKey(field))
            {
                throw new InvalidRecordException($"the mapping names the column '{given}' for {field}, which the header does not have", input, 1);
            }
        }

        return columns.ContainsKey("claim")
            ? columns
            : throw new InvalidRecordException($"no claim column: the header has {string.Join(", ", header)}; name it in a .csvmap.json (see the plugin's README)", input, 1);
    }

    private static (List<string> Fields, int Line)? Read(CsvReader csv, ImportInput input)
    {
        try
        {
            return csv.Read();
        }
        catch (FormatException e)
        {
            throw new InvalidRecordException(e.Message, input.Name, innerException: e);
        }
    }
}
