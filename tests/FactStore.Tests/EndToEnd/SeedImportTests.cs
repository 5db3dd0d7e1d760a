using FactStore.Sample;
using FactStore.Tests.Support;

namespace FactStore.Tests.EndToEnd;

/// <summary>The seeds imported the way the sample imports them, checked against what the issue promises.</summary>
public class SeedImportTests
{
    [Fact]
    public async Task ImportSeeds_StoresEveryArticleAndTheCuratedFactsWithAnchoredCitations()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var results = test.SeedImports;

        Assert.Equal(5, results.Sum(r => r.SourcesAdded));
        var facts = await test.Store.FindFactsAsync(new FactQuery());
        Assert.True(facts.Count >= 40, $"{facts.Count} facts");
        var evidence = new List<FactEvidence>();
        foreach (var fact in facts)
        {
            evidence.Add((await test.Store.GetEvidenceAsync(fact.Id))!);
        }

        var stances = evidence.SelectMany(e => e.Stances).ToList();
        Assert.True(stances.Count >= 60, $"{stances.Count} stances");
        Assert.Equal(5, stances.Select(s => s.Source.Id).Distinct().Count());
        Assert.All(stances, s =>
        {
            var citation = s.Stance.Citation!;
            Assert.Equal(citation.Quote, s.Source.Text![citation.Start!.Value..citation.End!.Value]);
            Assert.Equal(s.Source.ContentHash, citation.SourceContentHash);
            Assert.NotEqual(CitationAnchor.Unverified, citation.Anchor);
        });
        Assert.True(evidence.Count(e => e.IsContested) >= 5);
        Assert.Contains(stances, s => s.Holder is not null);
    }

    [Fact]
    public async Task ImportSeeds_Twice_AddsNothingTheSecondTime()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var before = (await test.Store.FindFactsAsync(new FactQuery())).Count;
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.ReopenAsync();

        var again = await SeedImport.ImportAsync(test.Store, Seeds.Folder, CancellationToken.None);

        Assert.All(again, r => Assert.True(r.AlreadyImported));
        Assert.Equal(before, (await test.Store.FindFactsAsync(new FactQuery())).Count);
    }

    [Fact]
    public async Task ImportSeeds_ArmeniaLeaving_IsContestedWithNamedSpeakers()
    {
        await using var test = await TestStore.CreateSeededAsync();

        var contested = await test.Store.QueryAsync("contested", new QueryRequest { Parameters = new Dictionary<string, string> { ["subject"] = "Armenia" } });

        var leaving = Assert.Single(contested.Facts, f => f.Fact.Predicate == "will_leave");
        Assert.Contains(leaving.Stances, s => s.Stance.Position == StancePosition.Refutes && s.Holder?.Label == "Arkady Moshes");
        Assert.Contains(leaving.Stances, s => s.Stance.Position == StancePosition.Supports);
    }

    [Fact]
    public async Task ImportSeeds_NameVariants_ResolveToOneEntity()
    {
        await using var test = await TestStore.CreateSeededAsync();

        foreach (var pair in new[] { ("Tokayev", "Kasym-Žomart Tokaev"), ("Lukashenka", "Lukashenko") })
        {
            var first = Assert.Single(await test.Store.FindEntitiesAsync(pair.Item1));
            var second = Assert.Single(await test.Store.FindEntitiesAsync(pair.Item2));
            Assert.Equal(first.Id, second.Id);
        }
    }
}
