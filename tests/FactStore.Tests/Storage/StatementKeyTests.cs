using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>Statement keys, qualifiers and ranks: statements stay apart, changed ones supersede, deprecated ones hide.</summary>
public class StatementKeyTests
{
    private static readonly Entity City = new() { Label = "Bielefeld", ExternalIds = ["Q2112"] };
    private static readonly Entity Germany = new() { Label = "Q183", ExternalIds = ["Q183"] };
    private static readonly Source Wikidata = new() { Locators = ["https://www.wikidata.org/wiki/Q2112"], Title = "Bielefeld on Wikidata" };
    private static readonly Source Other = new() { Locators = ["https://example.org/bielefeld"], Title = "A city guide" };

    private static Fact Country(string key, string? to = null, params Qualifier[] qualifiers) => new()
    {
        SubjectId = City.Id,
        Predicate = "P17",
        Object = FactObject.Entity(Germany.Id),
        Statement = "Bielefeld is in Germany.",
        Validity = ValidityInterval.Between(PartialDate.Parse("1990-10-03"), to is null ? null : PartialDate.Parse(to)),
        StatementKey = key,
        Qualifiers = qualifiers,
    };

    private static Stance From(Source source, Fact fact, StatementRank rank = StatementRank.Normal, string? key = null) => new()
    {
        FactId = fact.Id,
        SourceId = source.Id,
        Position = StancePosition.Supports,
        Origin = StanceOrigin.Importer,
        Rank = rank,
        Key = key,
    };

    [Fact]
    public async Task Write_SameContentDifferentKeys_StaysTwoFacts()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.WriteAsync([City, Germany, Country("Q2112$a"), Country("Q2112$b")]);

        Assert.Equal(2, result.FactsAdded);
        Assert.Equal(2, (await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" })).Count);
    }

    [Fact]
    public async Task Write_KnownKeyWithChangedContent_SupersedesTheLatestVersionAndKeepsItsEvidence()
    {
        await using var test = await TestStore.CreateAsync();
        var first = Country("Q2112$a");
        await test.Store.WriteAsync([City, Germany, Wikidata, first, From(Wikidata, first, key: "Q2112$a/item")]);
        test.Clock.Advance(TimeSpan.FromDays(1));
        var qualifier = new Qualifier { Property = "P459", Value = FactObject.Literal("census") };

        var edited = Country("Q2112$a", to: "2030", qualifier);
        var result = await test.Store.WriteAsync([City, Germany, Other, edited, From(Other, edited)]);

        Assert.Equal(1, result.FactsAdded);
        var current = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" }));
        Assert.Equal(first.Id, current.Supersedes);
        Assert.Equal([qualifier], current.Qualifiers);
        var evidence = (await test.Store.GetEvidenceAsync(current.Id))!;
        Assert.Equal(Other.Id, Assert.Single(evidence.Stances).Source.Id);
        var earlier = Assert.Single(evidence.EarlierVersions);
        Assert.Equal(first.Id, earlier.Fact.Id);
        Assert.Equal(FactStatus.Superseded, earlier.Status);
        Assert.Equal(Wikidata.Id, Assert.Single(earlier.Stances).Source.Id);

        var again = await test.Store.WriteAsync([City, Germany, Other, edited, From(Other, edited)]);
        Assert.False(again.AddedAnything);
    }

    [Fact]
    public async Task Write_AnOlderVersionAgain_AddsNothingAndTheNewerStaysCurrent()
    {
        await using var test = await TestStore.CreateAsync();
        var older = Country("Q2112$a");
        var newer = Country("Q2112$a", to: "2030");
        await test.Store.WriteAsync([City, Germany, Wikidata, older, From(Wikidata, older, key: "Q2112$a/item")]);
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([newer, From(Wikidata, newer, key: "Q2112$a/item")]);
        test.Clock.Advance(TimeSpan.FromDays(1));

        var again = await test.Store.WriteAsync([older, From(Wikidata, older, key: "Q2112$a/item")]);

        Assert.False(again.AddedAnything);
        var current = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" }));
        Assert.Equal("2030", current.Validity.To.ToString());
    }

    [Fact]
    public async Task Write_SameKeyOnAnotherSubject_IsAnotherStatement()
    {
        await using var test = await TestStore.CreateAsync();
        var otherCity = new Entity { Label = "Minden", ExternalIds = ["Q3882"] };

        var result = await test.Store.WriteAsync([City, otherCity, Germany, Country("shared-key"), Country("shared-key") with { SubjectId = otherCity.Id }]);

        Assert.Equal(2, result.FactsAdded);
        Assert.All(await test.Store.FindFactsAsync(new FactQuery()), f => Assert.Null(f.Supersedes));
    }

    [Fact]
    public async Task Write_KeyChangedTwiceInOneRun_EachVersionCorrectsTheOneBefore()
    {
        await using var test = await TestStore.CreateAsync();
        var first = Country("Q2112$a");
        var second = Country("Q2112$a", to: "2030");
        var third = Country("Q2112$a", to: "2040");

        await test.Store.WriteAsync([City, Germany, first, second, second, third]);

        var current = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" }));
        Assert.Equal("2040", current.Validity.To.ToString());
        var evidence = (await test.Store.GetEvidenceAsync(current.Id))!;
        Assert.Equal(2, evidence.EarlierVersions.Count);
        Assert.Equal(first.Id, evidence.EarlierVersions[^1].Fact.Id);
    }

    [Fact]
    public async Task Write_KnownStanceKeyWithANewRank_SupersedesTheStance()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = Country("Q2112$a");
        await test.Store.WriteAsync([City, Germany, Wikidata, fact, From(Wikidata, fact, StatementRank.Normal, "Q2112$a/item")]);
        test.Clock.Advance(TimeSpan.FromDays(1));

        await test.Store.WriteAsync([From(Wikidata, fact, StatementRank.Deprecated, "Q2112$a/item")]);

        var stance = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances).Stance;
        Assert.Equal(StatementRank.Deprecated, stance.Rank);
        Assert.NotNull(stance.Supersedes);
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" }));
    }

    [Fact]
    public async Task Find_DeprecatedBySomeSources_IsHiddenOnlyWhenNoOtherSourceStandsByIt()
    {
        await using var test = await TestStore.CreateAsync();
        var deprecated = Country("Q2112$a");
        var shared = Country("Q2112$b");
        await test.Store.WriteAsync([
            City, Germany, Wikidata, Other, deprecated, shared,
            From(Wikidata, deprecated, StatementRank.Deprecated),
            From(Wikidata, shared, StatementRank.Deprecated),
            From(Other, shared),
        ]);

        Assert.Equal([shared.Id], (await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" })).Select(f => f.Id));
        Assert.Equal(2, (await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Ranks = RankFilter.All })).Count);
    }

    [Fact]
    public async Task Find_BestRank_ReturnsThePreferredFactsOfASubjectAndPredicateWhenThereAreAny()
    {
        await using var test = await TestStore.CreateAsync();
        var preferred = Country("Q2112$a");
        var normal = Country("Q2112$b");
        var unrelated = new Fact { SubjectId = City.Id, Predicate = "P31", Object = FactObject.Literal("city"), Statement = "Bielefeld is a city." };
        await test.Store.WriteAsync([
            City, Germany, Wikidata, preferred, normal, unrelated,
            From(Wikidata, preferred, StatementRank.Preferred), From(Wikidata, normal), From(Wikidata, unrelated),
        ]);

        var best = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Ranks = RankFilter.Best });

        Assert.Equal([preferred.Id, unrelated.Id], best.Select(f => f.Id));
    }

    [Fact]
    public async Task Find_BestRankValidAtADay_IgnoresPreferredFactsThatDoNotHoldThatDay()
    {
        await using var test = await TestStore.CreateAsync();
        var westGermany = new Entity { Label = "West Germany", ExternalIds = ["Q713750"] };
        var then = Country("Q2112$then") with { Object = FactObject.Entity(westGermany.Id), Validity = ValidityInterval.Between(PartialDate.Parse("1949-05-23"), PartialDate.Parse("1990-10-02")) };
        var now = Country("Q2112$now");
        await test.Store.WriteAsync([City, Germany, westGermany, Wikidata, then, now, From(Wikidata, then), From(Wikidata, now, StatementRank.Preferred)]);

        var best = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", ValidAt = new DateOnly(1980, 1, 1), Ranks = RankFilter.Best });

        Assert.Equal([then.Id], best.Select(f => f.Id));
    }

    [Fact]
    public async Task Find_MoreThanTheLimit_SaysSoAndTheCursorGivesTheRest()
    {
        await using var test = await TestStore.CreateAsync();
        var facts = Enumerable.Range(0, 5).Select(i => Country($"Q2112${i}")).ToList();
        await test.Store.WriteAsync([City, Germany, .. facts]);

        var first = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Limit = 3 });
        var rest = await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112", Limit = 3, After = first.NextCursor });

        Assert.True(first.HasMore);
        Assert.Equal(3, first.Count);
        Assert.False(rest.HasMore);
        Assert.Equal(facts.Select(f => f.Id), first.Concat(rest).Select(f => f.Id));
        Assert.Throws<ArgumentException>(() => test.Store.FindFactsAsync(new FactQuery { After = "not a cursor" }).GetAwaiter().GetResult());
    }
}
