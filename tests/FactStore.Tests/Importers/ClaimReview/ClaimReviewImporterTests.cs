using System.Text;
using FactStore.Importers.ClaimReview;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.ClaimReview;

public class ClaimReviewImporterTests
{
    private const string TurbinesClaim = "Frozen wind turbines caused the blackout that left millions without power.";
    private const string TurbinesUrl = "url:https://www.civiccheck.example/factchecks/2021/mar/04/jane-senator/no-wind-turbines-did-not-cause-blackout/";

    [Theory]
    [InlineData("politifact-like.json", 1)]
    [InlineData("fullfact-like.json", 2)]
    [InlineData("datafeed.json", 3)]
    [InlineData("factcheck-page.html", 2)]
    [InlineData("afp-factuel-like.json", 1)]
    public async Task Import_Fixture_WritesOnePlainClaimPerClaimReview(string fixture, int claims)
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture(fixture)));

        Assert.Equal(claims, result.FactsAdded);
        var facts = await test.Store.FindFactsAsync(new FactQuery());
        Assert.Equal(claims, facts.Count);
        Assert.All(facts, f => Assert.True(f.IsClaim));
        Assert.All(facts, f => Assert.Equal(ValidityInterval.Unstated, f.Validity));
    }

    [Fact]
    public async Task Import_NumericRatingWithVerdict_ReviewerRefutesAndRatingIsKept()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("politifact-like.json")));

        var evidence = await EvidenceAsync(test, TurbinesClaim);

        var review = Assert.Single(evidence.Stances, s => s.Holder?.Label == "CivicCheck");
        Assert.Equal(StancePosition.Refutes, review.Stance.Position);
        Assert.Equal(StanceOrigin.Importer, review.Stance.Origin);
        Assert.Null(review.Stance.Citation);
        Assert.Null(review.Stance.SaidAt);
        Assert.Equal(
            ["ratingValue=2", "bestRating=6", "worstRating=1", "alternateName=False", "ratingExplanation=Wind supplied a small share of winter power; gas, coal and nuclear failures caused most of the outages."],
            review.Stance.Qualifiers.Select(q => $"{q.Property}={q.Value}"));
        Assert.Equal(LiteralType.Quantity, review.Stance.Qualifiers[0].Value.LiteralType);
        Assert.Equal(LiteralType.Text, review.Stance.Qualifiers[3].Value.LiteralType);
    }

    [Fact]
    public async Task Import_FactCheckArticle_IsASourceByReferenceWithItsMetadata()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("politifact-like.json")));

        var evidence = await EvidenceAsync(test, TurbinesClaim);

        var source = evidence.Stances.Single(s => s.Holder?.Label == "CivicCheck").Source;
        Assert.True(source.IsReference);
        Assert.Equal(TurbinesUrl, source.Locators[0].ToString());
        Assert.Equal(2, source.Locators.Count);
        Assert.Equal("No, frozen wind turbines did not cause the state's blackout", source.Title);
        Assert.Equal("CivicCheck", source.Publisher);
        Assert.Equal("2021-03-04", source.StatedDate.ToString());
        Assert.Equal(StatedDateKind.Published, source.StatedDateKind);
        Assert.Equal("en", source.Language);
    }

    [Fact]
    public async Task Import_ClaimantWithTwoAppearances_SupportsInEachWithItsDate()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("politifact-like.json")));

        var evidence = await EvidenceAsync(test, TurbinesClaim);

        var claimant = evidence.Stances.Where(s => s.Holder?.Label == "Jane Senator").ToList();
        Assert.Equal(2, claimant.Count);
        Assert.All(claimant, s => Assert.Equal(StancePosition.Supports, s.Stance.Position));
        Assert.All(claimant, s => Assert.Equal("2021-02-16", s.Stance.SaidAt.ToString()));
        Assert.Equal(
            ["url:https://news.example/2021/02/16/senator-blames-turbines", "url:https://social.example/janesenator/status/1361700000000000000"],
            claimant.Select(s => s.Source.Locators[0].ToString()).Order());
        var article = claimant.Single(s => s.Source.Title is not null).Source;
        Assert.Equal("Senator blames wind turbines for the blackout", article.Title);
        Assert.Equal(["T. Reporter"], article.Authors);
        Assert.Equal(EntityKind.Person, claimant[0].Holder!.Kind);
    }

    [Fact]
    public async Task Import_SameAs_BecomesExternalIdsFoundByWikidataId()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("politifact-like.json")));

        var reviewer = Assert.Single(await test.Store.FindEntitiesAsync("wikidata:Q99990001"));
        var claimant = Assert.Single(await test.Store.FindEntitiesAsync("Q99990101"));

        Assert.Equal("CivicCheck", reviewer.Label);
        Assert.Equal(EntityKind.Organization, reviewer.Kind);
        Assert.Equal(["wikidata:Q99990001", "url:https://twitter.com/civiccheck", "url:https://www.civiccheck.example/"], reviewer.ExternalIds.Select(i => i.ToString()));
        Assert.Equal("Jane Senator", claimant.Label);
    }

    [Fact]
    public async Task Import_SameReviewerInTwoFilesUnderTwoLabels_IsOneEntity()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("politifact-like.json")));

        var result = await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("datafeed.json")));

        var reviewer = Assert.Single(await test.Store.FindEntitiesAsync("wikidata:Q99990001"));
        Assert.Equal(reviewer.Id, Assert.Single(await test.Store.FindEntitiesAsync("CivicCheck")).Id);
        Assert.Equal(reviewer.Id, Assert.Single(await test.Store.FindEntitiesAsync("CivicCheck.example")).Id);
        Assert.Single(await test.Store.FindEntitiesAsync("Jane Senator"));
        Assert.Equal(2, result.EntitiesAdded); // the city council and the viral image; the reviewer and Jane Senator are known
    }

    [Fact]
    public async Task Import_SameFileTwice_AddsNothing()
    {
        await using var test = await TestStore.CreateAsync();
        foreach (var fixture in (string[])["politifact-like.json", "fullfact-like.json", "datafeed.json", "factcheck-page.html", "afp-factuel-like.json"])
        {
            await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture(fixture)));
        }

        // Same bytes under another name, so the store reads them again rather than skipping a known run.
        var again = await test.Store.ImportAsync("claimreview", ImportInput.FromBytes("copy.json", File.ReadAllBytes(Fixture("datafeed.json"))));

        Assert.False(again.AlreadyImported);
        Assert.False(again.AddedAnything);
        Assert.True(again.Unchanged > 0);
    }

    [Fact]
    public async Task Import_DataFeed_ReadsEveryItemAndRatesByNumberWhenUnnamed()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("datafeed.json")));

        var bridges = await EvidenceAsync(test, "The city spent more on bridge repairs in 2020 than in the previous five years combined.");
        var school = await EvidenceAsync(test, "School funding is at a record high.");
        var moon = await EvidenceAsync(test, "The moon is moving closer to the Earth every year.");

        // 5 on schema.org's default 1..5 scale: the top third.
        Assert.Equal(StancePosition.Supports, Reviewer(bridges).Stance.Position);
        Assert.Equal(["ratingValue=5"], Reviewer(bridges).Stance.Qualifiers.Select(q => $"{q.Property}={q.Value}"));
        Assert.Equal(StancePosition.Uncertain, Reviewer(school).Stance.Position);
        Assert.Equal(StancePosition.Refutes, Reviewer(moon).Stance.Position);
        var council = bridges.Stances.Single(s => s.Holder?.Label == "City Council");
        Assert.Equal(EntityKind.Organization, council.Holder!.Kind);
        Assert.Equal("2021-03-12", council.Stance.SaidAt.ToString());
        Assert.Equal(Reviewer(bridges).Source.Id, council.Source.Id); // no appearance: the fact-check reports the claim
        Assert.Equal("2021-03", school.Stances.Single(s => s.Holder?.Label == "Jane Senator").Stance.SaidAt.ToString());
    }

    [Fact]
    public async Task Import_TextRatingsWithoutNumbers_GivePositionsFromTheWords()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("fullfact-like.json")));

        var nurses = await EvidenceAsync(test, "There are fewer nurses in the NHS now than in 2010.");
        var bills = await EvidenceAsync(test, "Energy bills will double this year.");

        Assert.Equal(StancePosition.Refutes, Reviewer(nurses).Stance.Position);
        Assert.Equal("alternateName", Assert.Single(Reviewer(nurses).Stance.Qualifiers).Property);
        Assert.Equal("2021-03", Reviewer(nurses).Source.StatedDate.ToString());
        Assert.Equal("The number of NHS nurses has not fallen since 2010", Reviewer(nurses).Source.Title);
        Assert.Equal(StancePosition.Uncertain, Reviewer(bills).Stance.Position);
        Assert.Equal(2, bills.Stances.Count(s => s.Stance.Position == StancePosition.Supports)); // two claimants, one appearance
    }

    [Fact]
    public async Task Import_HtmlPageWithSeveralBlocks_ReadsEachClaimReviewAndKeepsTheFileAsALocator()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("factcheck-page.html")));

        Assert.Equal(2, result.FactsAdded);
        var photo = await EvidenceAsync(test, "A photo shows this year's floods in the valley.");
        var prices = await EvidenceAsync(test, "Water prices have tripled since last year.");
        var review = Reviewer(photo);
        Assert.Equal("Check Point Example", review.Holder!.Label); // resolved through the graph's @id
        Assert.Equal(StancePosition.Refutes, review.Stance.Position);
        Assert.Equal(
            ["url:https://checkpoint.example/fact-check/flood-photo-water-prices/", "file:factcheck-page.html"],
            review.Source.Locators.Select(l => l.ToString()));
        Assert.True(review.Source.IsReference);
        Assert.Equal("Fact check: flood photo and water prices | Check Point Example", review.Source.Title); // the page's, as the review has none
        Assert.Equal(review.Source.Id, Reviewer(prices).Source.Id);
        Assert.Equal(StancePosition.Uncertain, Reviewer(prices).Stance.Position);
        Assert.Single(await test.Store.FindEntitiesAsync("wikidata:Q99990301"));
    }

    [Fact]
    public async Task Import_FrenchClaimReview_KeepsTheLanguageAndReadsTheVerdict()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("claimreview", ImportInput.FromFile(Fixture("afp-factuel-like.json")));

        var evidence = await EvidenceAsync(test, "Une photo montre des milliers de manifestants à Paris le 12 novembre 2022.");

        var review = Reviewer(evidence);
        Assert.Equal(StancePosition.Refutes, review.Stance.Position);
        Assert.Equal("fr", review.Source.Language);
        Assert.Equal("2022-11-15", review.Source.StatedDate.ToString());
        var claimant = evidence.Stances.Single(s => s.Holder?.Label == "Publications sur les réseaux sociaux");
        Assert.Equal("url:https://social.example/posts/987654321", claimant.Source.Locators[0].ToString());
        Assert.Equal("2022-11-12", claimant.Stance.SaidAt.ToString());
    }

    [Theory]
    [InlineData("bad.json", "{\"@type\":\"ClaimReview\",\n\"claimReviewed\": \"x\",,}", 2, "not valid JSON")]
    [InlineData("other.json", "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"h\"}", null, "no ClaimReview found (it holds NewsArticle)")]
    [InlineData("empty.json", "[]", null, "no ClaimReview found")]
    [InlineData("noclaim.json", "[\n{\"@type\":\"ClaimReview\",\"url\":\"https://a.example/1\",\"claimReviewed\":\"A.\"},\n{\"@type\":\"ClaimReview\",\"url\":\"https://a.example/2\"}\n]", 3, "has no \"claimReviewed\"")]
    [InlineData("nourl.json", "\n\n{\"@type\":\"ClaimReview\",\"claimReviewed\":\"A.\"}", 3, "has no \"url\"")]
    [InlineData("page.html", "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body>text</body></html>", null, "no ClaimReview found (it holds NewsArticle)")]
    [InlineData("broken.html", "<html><head>\n<script type=\"application/ld+json\">\n{\"@type\":\"ClaimReview\",\n \"claimReviewed\": }\n</script></head></html>", 4, "not valid JSON")]
    public async Task Import_BadInput_ThrowsInvalidRecordNamingTheInput(string name, string content, int? line, string expected)
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(
            () => test.Store.ImportAsync("claimreview", ImportInput.FromBytes(name, Encoding.UTF8.GetBytes(content))));

        Assert.Equal(name, error.Input);
        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_YieldsRecordsInDependencyOrder()
    {
        var records = new List<StoreRecord>();
        await foreach (var item in new ClaimReviewImporter().ReadAsync(ImportInput.FromFile(Fixture("politifact-like.json")), CancellationToken.None))
        {
            records.Add(item.Record!);
            Assert.Equal(1, item.Line);
        }

        var order = records.Select(r => r switch { Entity => 0, Source => 1, Fact => 2, _ => 3 }).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Equal(2, records.OfType<Entity>().Count()); // reviewer, claimant
        Assert.Equal(3, records.OfType<Source>().Count()); // the fact-check, two appearances
        Assert.Single(records.OfType<Fact>());
        Assert.Equal(3, records.OfType<Stance>().Count()); // the reviewer's, the claimant's in each appearance
    }

    private static StanceEvidence Reviewer(FactEvidence evidence) => evidence.Stances.Single(s => s.Stance.Key is not null);

    private static async Task<FactEvidence> EvidenceAsync(TestStore test, string claim) =>
        await test.Store.GetEvidenceAsync(new Fact { Statement = claim }.Id) ?? throw new InvalidOperationException($"no fact '{claim}'");

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Importers", "ClaimReview", "Fixtures", name);
}
