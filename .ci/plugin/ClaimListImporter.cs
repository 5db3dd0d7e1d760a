using System.Runtime.CompilerServices;
using FactStore;

namespace ExternalPlugin;

/// <summary>Reads "claim|source URL" lines: each claim as a plain claim, supported by the source it cites.</summary>
public sealed class ClaimListImporter : IFactImporter
{
    public string Name => "claim-list";

    public string Version => "1";

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input.Open());
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is string text)
        {
            line++;
            var parts = text.Split('|');
            if (parts.Length != 2 || !ExternalId.TryParse(parts[1], out var url))
            {
                yield return ImportItem.Invalid($"expected \"claim|URL\", got \"{ImportLimits.Excerpt(text)}\"", line, "claim");
                continue;
            }

            var source = new Source { Locators = [url] };
            var claim = new Fact { Statement = parts[0] };
            yield return new ImportItem { Record = source, Line = line };
            yield return new ImportItem { Record = claim, Line = line };
            yield return new ImportItem { Record = new Stance { FactId = claim.Id, SourceId = source.Id, Position = StancePosition.Supports }, Line = line };
        }
    }
}
