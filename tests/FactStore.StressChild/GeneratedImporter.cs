using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactStore.StressChild;

/// <summary>
/// An importer whose input is only a size and a tag: it yields, always the same for the same input, ten sources of
/// about 5 KB, one subject per hundred facts, and the facts, each with a stance quoting its source. The input is
/// <c>"{facts} {tag}"</c>, so importing the same input again is recognized as already imported.
/// </summary>
internal sealed class GeneratedImporter : IFactImporter
{
    public string Name => "generated";

    public string Version => "1";

    public string? Configuration => null;

    public static ImportInput Input(int facts, string tag) =>
        ImportInput.FromBytes($"generated-{tag}-{facts}", System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{facts} {tag}")));

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string text;
        await using (var stream = input.Open())
        using (var reader = new StreamReader(stream))
        {
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var parts = text.Split(' ');
        foreach (var record in Records(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]))
        {
            yield return new ImportItem { Record = record };
        }
    }

    public static IEnumerable<StoreRecord> Records(int facts, string tag)
    {
        var random = new Random(facts);
        var sources = Enumerable.Range(0, 10)
            .Select(i => new Source { Text = string.Join(' ', Enumerable.Range(0, 800).Select(_ => "w" + random.Next(5000))) + $" source {tag} {i}." })
            .ToList();
        var subjects = Enumerable.Range(0, Math.Max(1, facts / 100)).Select(i => new Entity { Label = $"Subject {tag} {i}" }).ToList();
        foreach (var record in sources.Cast<StoreRecord>().Concat(subjects))
        {
            yield return record;
        }

        for (var i = 0; i < facts; i++)
        {
            var source = sources[i % sources.Count];
            var fact = new Fact
            {
                SubjectId = subjects[i % subjects.Count].Id,
                Predicate = "p" + (i % 40),
                Object = FactObject.Literal(string.Create(CultureInfo.InvariantCulture, $"value {tag} {i}")),
                Statement = string.Create(CultureInfo.InvariantCulture, $"Statement {tag} {i}."),
                Validity = ValidityInterval.Since(PartialDate.FromYear(1990 + (i % 35))),
            };
            var start = source.Text!.IndexOf(' ', random.Next(source.Text.Length / 2)) + 1;
            var end = source.Text.IndexOf(' ', start + 80);
            yield return fact;
            yield return new Stance
            {
                FactId = fact.Id,
                SourceId = source.Id,
                Position = StancePosition.Supports,
                Citation = new Citation { Quote = source.Text[start..end], Start = start },
            };
        }
    }
}
