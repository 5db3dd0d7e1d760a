namespace FactStore.Benchmarks;

/// <summary>
/// The shape of PERFORMANCE-BASELINE.md, scaled: sources of ~5 KB, N facts over N/100 subjects and 40 predicates,
/// one supporting stance per fact quoting 80–200 characters of its source. Generated before timing starts.
/// </summary>
internal sealed class Workload
{
    public Workload(int facts, int seed = 1)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i).ToArray();
        Sources = Enumerable.Range(0, 100)
            .Select(i => new Source { Text = string.Join(' ', Enumerable.Range(0, 800).Select(_ => words[random.Next(words.Length)])) + $" source {i}." })
            .ToList();
        Entities = Enumerable.Range(0, Math.Max(1, facts / 100)).Select(i => new Entity { Label = $"Subject {i}" }).ToList();
        for (var i = 0; i < facts; i++)
        {
            var source = Sources[random.Next(Sources.Count)];
            var fact = new Fact
            {
                SubjectId = Entities[i % Entities.Count].Id,
                Predicate = "p" + (i % 40),
                Object = FactObject.Literal("v" + i),
                Statement = $"Statement {i} " + string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])),
                Validity = ValidityInterval.Since(PartialDate.FromYear(1990 + (i % 35))),
            };
            var start = random.Next(0, source.Text!.Length / 2);
            while (start > 0 && source.Text[start - 1] != ' ')
            {
                start--;
            }

            var end = start + 80 + random.Next(120);
            while (end < source.Text.Length && source.Text[end] != ' ')
            {
                end++;
            }

            Facts.Add(fact);
            Stances.Add(new Stance { FactId = fact.Id, SourceId = source.Id, Position = StancePosition.Supports, Citation = new Citation { Quote = source.Text[start..end], Start = start } });
        }
    }

    public List<Source> Sources { get; }

    public List<Entity> Entities { get; }

    public List<Fact> Facts { get; } = [];

    public List<Stance> Stances { get; } = [];

    public IEnumerable<StoreRecord> Records => Sources.Cast<StoreRecord>().Concat(Entities).Concat(Facts).Concat(Stances);
}
