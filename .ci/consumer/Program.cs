// A consumer of the packed FactStore package: stores a fact with a citation and reads it back.
using System.Text;
using FactStore;

var path = Path.Combine(Path.GetTempPath(), $"consumer-{Guid.NewGuid():N}.db");
var article = "Minsk (AsiaNews) - The summit of the CSTO gathered in Minsk on November 23.";
var source = new Source { Text = article, Title = "Summit" };
var csto = new Entity { Label = "CSTO", Kind = EntityKind.Organization };
var fact = new Fact
{
    SubjectId = csto.Id,
    Predicate = "held_summit_in",
    Object = FactObject.Literal("Minsk"),
    Statement = "The CSTO held a summit in Minsk.",
    Validity = ValidityInterval.At(PartialDate.Parse("XXXX-11-23")),
};
var stance = new Stance
{
    FactId = fact.Id,
    SourceId = source.Id,
    Position = StancePosition.Supports,
    Citation = new Citation { Quote = "gathered in Minsk on November 23" },
};

try
{
    await using (var store = await FactStoreDatabase.OpenAsync(o => o.UseSqlite(path)))
    {
        await store.ImportAsync("annotations-jsonl", ImportInput.FromBytes("empty.jsonl", Encoding.UTF8.GetBytes("# nothing\n")));
        var written = await store.WriteAsync([source, csto, fact, stance]);
        var evidence = await store.GetEvidenceAsync(fact.Id) ?? throw new InvalidOperationException("fact not found");
        var citation = evidence.Stances.Single().Stance.Citation ?? throw new InvalidOperationException("the stance lost its citation");
        if (written.FactsAdded != 1 || citation.Start != article.IndexOf("gathered", StringComparison.Ordinal) || citation.Anchor != CitationAnchor.Exact)
        {
            throw new InvalidOperationException($"unexpected result: {written} {citation}");
        }

        Console.WriteLine($"consumer: OK, {evidence.Fact.Statement} \"{citation.Quote}\" at {citation.Start}-{citation.End}");
    }
}
finally
{
    File.Delete(path);
}
