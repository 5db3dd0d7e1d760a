using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

public sealed class ConsensusTests
{
    private static readonly Fact Claim = TestRecords.Presides();

    private static readonly Entity Moshes = new() { Label = "Arkady Moshes", Kind = EntityKind.Person };

    [Fact]
    public void Of_TwoStancesFromOneSource_CountOnce()
    {
        var article = Article("AsiaNews", "one");

        var consensus = Consensus.Of(Evidence(Stance(article, StancePosition.Supports), Stance(article, StancePosition.Supports)));

        var voice = Assert.Single(consensus.Supporting);
        Assert.Equal(VoiceKind.Publisher, voice.Kind);
        Assert.Equal(2, voice.Stances.Count);
        Assert.Equal(ConsensusVerdict.Supported, consensus.Verdict);
    }

    [Fact]
    public void Of_TwoArticlesOfOnePublisherSpelledApart_CountOnce()
    {
        var consensus = Consensus.Of(Evidence(
            Stance(Article("AsiaNews", "one"), StancePosition.Supports),
            Stance(Article(" asianews", "two"), StancePosition.Supports)));

        var voice = Assert.Single(consensus.Supporting);
        Assert.Equal("asianews", voice.Key);
        Assert.Equal("AsiaNews", voice.Name);
    }

    [Fact]
    public void Of_OneSpeakerQuotedByTwoOutlets_CountsOnce()
    {
        var consensus = Consensus.Of(Evidence(
            Stance(Article("CEPA", "one"), StancePosition.Supports, Moshes),
            Stance(Article("Charter97.org", "two"), StancePosition.Supports, Moshes)));

        var voice = Assert.Single(consensus.Supporting);
        Assert.Equal(VoiceKind.Holder, voice.Kind);
        Assert.Equal(Moshes.Id, voice.Key);
        Assert.Equal("Arkady Moshes", voice.Name);
    }

    [Fact]
    public void Of_IndependentOutlets_CountEach()
    {
        var consensus = Consensus.Of(Evidence(
            Stance(Article("CEPA", "one"), StancePosition.Supports),
            Stance(Article("Gazeta", "two"), StancePosition.Supports),
            Stance(Article("CEPA", "three"), StancePosition.Supports, Moshes)));

        Assert.Equal(["cepa", "gazeta", Moshes.Id], consensus.Supporting.Select(v => v.Key));
    }

    [Fact]
    public void Of_SupportAndRefutation_IsContested()
    {
        var consensus = Consensus.Of(Evidence(
            Stance(Article("CEPA", "one"), StancePosition.Supports),
            Stance(Article("Gazeta", "two"), StancePosition.Refutes)));

        Assert.Equal(ConsensusVerdict.Contested, consensus.Verdict);
        Assert.Equal("gazeta", Assert.Single(consensus.Refuting).Key);
    }

    [Fact]
    public void Of_OneHolderOnBothSides_CountsOnEachSide()
    {
        var consensus = Consensus.Of(Evidence(
            Stance(Article("CEPA", "one"), StancePosition.Supports, Moshes),
            Stance(Article("Gazeta", "two"), StancePosition.Refutes, Moshes)));

        Assert.Equal(Moshes.Id, Assert.Single(consensus.Supporting).Key);
        Assert.Equal(Moshes.Id, Assert.Single(consensus.Refuting).Key);
    }

    [Fact]
    public void Of_SourceWithoutPublisher_IsItsOwnVoice()
    {
        var first = Article(null, "one");
        var second = Article(null, "two");

        var consensus = Consensus.Of(Evidence(Stance(first, StancePosition.Refutes), Stance(second, StancePosition.Refutes)));

        Assert.Equal([first.Id, second.Id], consensus.Refuting.Select(v => v.Key));
        Assert.All(consensus.Refuting, v => Assert.Equal(VoiceKind.Source, v.Kind));
        Assert.Equal(ConsensusVerdict.Refuted, consensus.Verdict);
    }

    [Fact]
    public void Of_OnlyNeutralAndUncertain_DecidesNothing()
    {
        var consensus = Consensus.Of(Evidence(
            Stance(Article("CEPA", "one"), StancePosition.Neutral),
            Stance(Article("Gazeta", "two"), StancePosition.Uncertain)));

        Assert.Equal(2, consensus.Undecided.Count);
        Assert.Empty(consensus.Supporting);
        Assert.Equal(ConsensusVerdict.Unattested, consensus.Verdict);
    }

    [Fact]
    public async Task Of_SeedFactsContested_NamesBothSidesOnce()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var store = test.Store;
        var contested = await store.FindFactsAsync(new FactQuery { OnlyContested = true });
        Assert.NotEmpty(contested);

        foreach (var fact in contested)
        {
            var consensus = Consensus.Of((await store.GetEvidenceAsync(fact.Id))!);

            Assert.Equal(ConsensusVerdict.Contested, consensus.Verdict);
            var voices = consensus.Supporting.Concat(consensus.Refuting).Concat(consensus.Undecided).ToList();
            Assert.Equal(consensus.Evidence.Stances.Count, voices.Sum(v => v.Stances.Count));
            Assert.All(new[] { consensus.Supporting, consensus.Refuting }, side => Assert.Equal(side.Count, side.Select(v => v.Key).Distinct().Count()));
        }
    }

    private static Source Article(string? publisher, string text) =>
        new() { Text = "The article " + text + " says that Tokayev presides.", Publisher = publisher, Locators = [$"{text}.txt"] };

    private static StanceEvidence Stance(Source source, StancePosition position, Entity? holder = null) => new()
    {
        Stance = new Stance
        {
            FactId = Claim.Id,
            SourceId = source.Id,
            Position = position,
            HolderId = holder?.Id,
            Citation = new Citation { Quote = "Tokayev presides" },
        },
        Source = source,
        Holder = holder,
    };

    private static FactEvidence Evidence(params StanceEvidence[] stances) => new() { Fact = Claim, Stances = stances };
}
