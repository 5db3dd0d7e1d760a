using FactStore.Storage;
using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

/// <summary><see cref="IFactStoreReader.GetEvidenceAsync(IEnumerable{string}, EvidenceOptions?, CancellationToken)"/>: many facts in a fixed number of statements.</summary>
public class BatchEvidenceTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    [Fact]
    public async Task GetEvidence_Of200Facts_RunsAsManyStatementsAsOf2()
    {
        await using var test = await TestStore.CreateAsync();
        var facts = Enumerable.Range(1, 200).Select(i => TestRecords.Presides() with { Object = FactObject.Literal($"Office {i}") }).ToList();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, .. facts, .. facts.Select(f => TestRecords.Says(f, "President Tokaev said") with { HolderId = TestRecords.Tokayev.Id })]);

        var (two, twoStatements) = await CountedAsync(() => test.Store.GetEvidenceAsync(facts.Take(2).Select(f => f.Id)));
        var (all, allStatements) = await CountedAsync(() => test.Store.GetEvidenceAsync(facts.Select(f => f.Id)));

        Assert.Equal(2, two.Count);
        Assert.Equal(200, all.Count);
        Assert.All(all, e => Assert.Equal("Kassym-Jomart Tokayev", Assert.Single(e.Stances).Holder!.Label));
        Assert.Equal(twoStatements, allStatements);
        Assert.Equal(12, allStatements); // 10 reads, and the snapshot's begin and end
    }

    [Fact]
    public async Task GetEvidence_OfEverySeedFact_MatchesTheSingleFactReadsAndOmitsTextsByDefault()
    {
        var facts = await seeded.Store.FindFactsAsync(new FactQuery());

        var batch = await seeded.Store.GetEvidenceAsync(facts.Select(f => f.Id));
        var withTexts = await seeded.Store.GetEvidenceAsync(facts.Select(f => f.Id), new EvidenceOptions { IncludeSourceText = true });

        Assert.Equal(92, batch.Count);
        Assert.Equal(facts.Select(f => f.Id), batch.Select(e => e.Fact.Id));
        foreach (var (evidence, texts) in batch.Zip(withTexts))
        {
            var single = (await seeded.Store.GetEvidenceAsync(evidence.Fact.Id))!;
            Assert.Equal(Shape(single), Shape(evidence));
            Assert.All(evidence.Stances, s => Assert.True(s.Source.IsTextOmitted));
            Assert.Equal(single.Stances.Select(s => s.Source.Text), texts.Stances.Select(s => s.Source.Text));
        }
    }

    [Fact]
    public async Task GetEvidence_WithoutText_KeepsTheSourcesIdentityAndMetadata()
    {
        var cepa = await seeded.ArticleAsync("004");
        var fact = (await seeded.Store.FindStancesAsync(new StanceQuery { Source = cepa.Id, Limit = 1 }))[0].Stance.FactId;

        var evidence = (await seeded.Store.GetEvidenceAsync([fact])).Single();
        var source = evidence.Stances.First(s => s.Source.Id == cepa.Id).Source;

        Assert.Null(source.Text);
        Assert.True(source.IsTextOmitted);
        Assert.False(source.IsReference);
        Assert.Equal(cepa.ContentHash, source.ContentHash);
        Assert.Equal(cepa.Locators, source.Locators);
        Assert.Equal(("CEPA", "en"), (source.Publisher, source.Language));
        Assert.NotEqual(cepa, source);
    }

    [Fact]
    public async Task GetEvidence_InBatch_KeepsEarlierVersionsSupersessionRetractionAndKnownAt()
    {
        await using var test = await TestStore.CreateAsync();
        var first = TestRecords.Presides(from: "2017");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, first, TestRecords.Says(first, "President Tokaev said")]);
        var beforeCorrection = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = TestRecords.Presides(from: "2018") with { Supersedes = first.Id };
        var other = TestRecords.Presides() with { Object = FactObject.Literal("Chairman") };
        await test.Store.WriteAsync([second, other]);
        test.Clock.Advance(TimeSpan.FromMinutes(1));
        await test.Store.WriteAsync([new Retraction { TargetId = other.Id, Reason = "Misread." }]);

        var now = await test.Store.GetEvidenceAsync([second.Id, first.Id, other.Id, second.Id, "fct_00000000000000000000000000000000"]);
        var then = await test.Store.AsKnownAt(beforeCorrection).GetEvidenceAsync([second.Id, first.Id, other.Id], new EvidenceOptions());

        Assert.Equal([second.Id, first.Id, other.Id], now.Select(e => e.Fact.Id));
        Assert.Equal([first.Id], now[0].EarlierVersions.Select(e => e.Fact.Id));
        Assert.Equal("President Tokaev said", Assert.Single(now[0].EarlierVersions[0].Stances).Stance.Citation!.Quote);
        Assert.Equal(second.Id, now[1].SupersededBy);
        Assert.Equal(FactStatus.Superseded, now[1].Status);
        Assert.Equal(FactStatus.Retracted, now[2].Status);
        Assert.Equal([first.Id], then.Select(e => e.Fact.Id));
        Assert.Equal(FactStatus.Current, then[0].Status);
        Assert.Empty(await test.Store.GetEvidenceAsync([]));
    }

    private static async Task<(T Result, int Statements)> CountedAsync<T>(Func<Task<T>> read)
    {
        var count = StatementCounter.Start();
        try
        {
            return (await read(), count.Value);
        }
        finally
        {
            StatementCounter.Stop();
        }
    }

    private static string Shape(FactEvidence e) =>
        $"{e.Fact.Id} {e.Status} {e.SupersededBy} {e.Subject?.Id} {e.Object?.Id} [{string.Join(", ", e.EarlierVersions.Select(Shape))}] "
        + string.Join(" ", e.Stances.Select(s => $"{s.Stance.Id}:{s.Source.Id}:{s.Holder?.Id}:{s.Holder?.Label}"));
}
