using System.Runtime.CompilerServices;

namespace FactStore.Plugins.WhoSaidWhat;

// README importer: begin
/// <summary>
/// <c>who-said-what</c>: a tab-separated list, one statement a line: holder, quote, source, claim, stance
/// (<c>supports</c>, <c>refutes</c>, <c>neutral</c>, <c>uncertain</c>). The source is a URL (a source by reference)
/// or the name of a text file beside the list (a source with its text, where the quote is anchored).
/// </summary>
/// <remarks>Stateless: safe to share between concurrent imports. A bad line is yielded as invalid, with its line.</remarks>
/// <param name="separator">The field separator; other than a tab, it is the importer's <see cref="Configuration"/>.</param>
public sealed class WhoSaidWhatImporter(char separator) : IFactImporter
{
    /// <summary>Creates the importer of tab-separated lists (a plugin needs a parameterless constructor).</summary>
    public WhoSaidWhatImporter() : this('\t')
    {
    }

    /// <inheritdoc/>
    public string Name => "who-said-what";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public string? Configuration => separator == '\t' ? null : $"separator={(int)separator}";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new StreamReader(input.Open());
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is string text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text.Length > input.Limits.MaxLineLength)
            {
                yield return ImportItem.Invalid($"the line is longer than {input.Limits.MaxLineLength:N0} characters", line);
                continue;
            }

            var (records, problem) = await ReadLineAsync(text, input, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                yield return ImportItem.Invalid(problem, line, "stance");
                continue;
            }

            foreach (var record in records)
            {
                yield return new ImportItem { Record = record, Line = line };
            }
        }
    }

    private async Task<(StoreRecord[] Records, string? Problem)> ReadLineAsync(string text, ImportInput input, CancellationToken cancellationToken)
    {
        var fields = text.Split(separator);
        if (fields.Length != 5 || fields.Any(string.IsNullOrWhiteSpace))
        {
            return ([], $"5 fields expected (holder, quote, source, claim, stance), found: {ImportLimits.Excerpt(text)}");
        }

        var (holderName, quote, sourceName, claim, stanceName) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), fields[4].Trim());
        if (!Enum.TryParse<StancePosition>(stanceName, ignoreCase: true, out var position) || !Enum.IsDefined(position))
        {
            return ([], $"'{ImportLimits.Excerpt(stanceName)}' is not a stance: supports, refutes, neutral or uncertain");
        }

        if (quote.Length > input.Limits.MaxQuoteLength || holderName.Length > input.Limits.MaxLabelLength)
        {
            return ([], $"the quote or the holder is longer than the limits allow: {ImportLimits.Excerpt(text)}");
        }

        var holder = new Entity { Label = holderName, Kind = EntityKind.Person };
        var fact = new Fact { Statement = claim };
        Source source;
        Citation citation;
        if (Uri.TryCreate(sourceName, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            // A source by reference: the quote is kept as given (unverified), the store has no text to anchor it in.
            source = new Source { Locators = [sourceName] };
            citation = new Citation { Quote = quote };
        }
        else
        {
            // A text file beside the list: the source with its text, and the quote anchored now, so that a quote that is
            // not in the text is this line's problem, not a failed import.
            var path = Path.Combine(Path.GetDirectoryName(input.FilePath) ?? ".", Path.GetFileName(sourceName));
            if (!File.Exists(path))
            {
                return ([], $"the source '{ImportLimits.Excerpt(sourceName)}' is neither a URL nor a file beside the list");
            }

            source = new Source { Text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), Locators = [Path.GetFileName(path)] };
            if (source.Text.Length > input.Limits.MaxTextLength)
            {
                return ([], $"the source '{sourceName}' is longer than {input.Limits.MaxTextLength:N0} characters");
            }

            var anchoring = new AnchoringText(source).Locate(quote);
            if (!anchoring.IsFound)
            {
                return ([], $"the quote is not in '{sourceName}': {anchoring.Reason}");
            }

            citation = anchoring.Citation!;
        }

        var stance = new Stance
        {
            FactId = fact.Id,
            SourceId = source.Id,
            HolderId = holder.Id,
            Position = position,
            Citation = citation,
            Origin = StanceOrigin.Importer,
        };
        return ([holder, source, fact, stance], null);
    }
}
// README importer: end
