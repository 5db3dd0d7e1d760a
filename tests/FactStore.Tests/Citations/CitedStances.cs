using FactStore.Citations;
using FactStore.Tests.Support;

namespace FactStore.Tests.Citations;

/// <summary>
/// Stances to cite: seed stances with each kind of source date and holder, and two sources known only by reference
/// written into the seeded store beside them.
/// </summary>
internal static class CitedStances
{
    /// <summary>A news report known by its URL, with an author, a publication day and an access day; cited as a whole.</summary>
    public static Source MinskReport { get; } = new()
    {
        Locators = ["https://example.org/news/2022/11/23/csto-minsk?ref=rss&lang=en"],
        Title = "CSTO summit in Minsk ends without Armenia",
        Publisher = "Example News Agency",
        Authors = ["Aigerim Seitkali"],
        StatedDate = PartialDate.Parse("2022-11-23"),
        StatedDateKind = StatedDateKind.Published,
        Accessed = PartialDate.Parse("2024-05-02"),
        Language = "en",
    };

    /// <summary>A journal article known by its DOI, published in a year only, by a person with a particle and an institute.</summary>
    public static Source JournalArticle { get; } = new()
    {
        Locators = ["doi:10.5555/csto.2019.4"],
        Title = "Collective defence in the CSTO: Article 4 & its 100% limits",
        Publisher = "Journal of Example Security Studies",
        Authors = ["van der Berg, Anna", "Institute of Example Studies"],
        StatedDate = PartialDate.Parse("2019"),
        StatedDateKind = StatedDateKind.Published,
    };

    /// <summary>
    /// The seeded store with the two sources by reference and a stance on each, and the stances to cite: Arkady Moshes
    /// in 000 (a page dated to the day), AsiaNews in 003 (a year its content contradicts), two from 001 (the source
    /// itself, then the IMEMO as holder), CEPA's untitled 004, the Minsk report as a whole, the journal article at a page.
    /// </summary>
    public static async Task<(TestStore Store, IReadOnlyList<StanceEvidence> Stances)> CreateAsync()
    {
        var test = await TestStore.CreateSeededAsync();
        var facts = await test.Store.FindFactsAsync(new FactQuery());
        var refused = facts.Single(f => f.Statement.StartsWith("Armenian Prime Minister Nikol Pashinyan refused", StringComparison.Ordinal));
        var article4 = facts.Single(f => f.Statement.StartsWith("Article 4 of the CSTO treaty", StringComparison.Ordinal));
        await test.Store.WriteAsync(
        [
            MinskReport,
            JournalArticle,
            new Stance { FactId = refused.Id, SourceId = MinskReport.Id, Position = StancePosition.Supports },
            new Stance
            {
                FactId = article4.Id,
                SourceId = JournalArticle.Id,
                Position = StancePosition.Supports,
                Citation = new Citation { Quote = "an attack on one member is an attack on all", Locator = "p. 12" },
            },
        ]);

        var all = new List<StanceEvidence>();
        foreach (var fact in facts)
        {
            all.AddRange((await test.Store.GetEvidenceAsync(fact.Id))!.Stances);
        }

        StanceEvidence Quoted(string start) => all.Single(s => s.Stance.Citation?.Quote?.StartsWith(start, StringComparison.Ordinal) == true);
        return (test,
        [
            Quoted("if the country’s entry into the CSTO"),
            Quoted("The Eurasian alliance has formally existed"),
            Quoted("The Collective Security Treaty was signed in Tashkent"),
            Quoted("after the signing of the agreement in 1992"),
            Quoted("Article 4 of the CSTO treaty says"),
            all.Single(s => s.Source.Id == MinskReport.Id),
            all.Single(s => s.Source.Id == JournalArticle.Id),
        ]);
    }

    /// <summary>A stance on a made-up fact, held in memory only: enough to cite <paramref name="source"/>.</summary>
    public static StanceEvidence Of(Source source, string? quote = null, Entity? holder = null, string? locator = null) => new()
    {
        Stance = new Stance
        {
            FactId = "fct_00000000000000000000000000000001",
            SourceId = source.Id,
            Position = StancePosition.Supports,
            HolderId = holder?.Id,
            Citation = quote is null && locator is null ? null : new Citation { Quote = quote, Locator = locator },
        },
        Source = source,
        Holder = holder,
    };

    public static async Task<string> WriteAsync(IEnumerable<StanceEvidence> stances, CitationFormat format)
    {
        using var output = new StringWriter();
        await CitationWriter.WriteAsync(output, stances, format);
        return output.ToString();
    }
}
