using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

/// <summary><see cref="FactQuery.ValidDuring"/>, <see cref="FactQuery.About"/> and <see cref="FactQuery.Order"/>: intervals and timelines.</summary>
public class FactTimeQueryTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    [Fact]
    public async Task ValidDuring2022_OnTheSeeds_FindsTheDatedFactsOverlappingTheYear()
    {
        var during = await seeded.Store.FindFactsAsync(new FactQuery { ValidDuring = ValidityInterval.Parse("2022") });

        Assert.Equal(15, during.Count);
        Assert.Contains(during, f => f.Statement == "Armenia is a member of the CSTO.");
        Assert.Contains(during, f => f.Statement == "In January 2022 President Tokayev asked the CSTO for military help against the protests.");
        Assert.Equal(6, during.Count(f => f.Validity.From?.ToString() == "2022-05-16"));
        Assert.All(during, f => Assert.True(f.Validity.IsPlaceable && !f.Validity.IsUnstated));
    }

    [Fact]
    public async Task ValidDuringJanuary2022_OnTheSeeds_FindsTheMonthTheYearAndTheOpenEnded()
    {
        var during = await seeded.Store.FindFactsAsync(new FactQuery { ValidDuring = ValidityInterval.Parse("2022-01") });

        Assert.Equal(9, during.Count);
        Assert.DoesNotContain(during, f => f.Validity.From?.ToString() == "2022-05-16");
    }

    [Theory]
    [InlineData("XXXX-09", 23)]
    [InlineData("XXXX-11-23", 20)]
    [InlineData("XXXX-10", 22)]
    public async Task ValidDuring_AMonthWithoutAYear_MatchesAnyYearAndFactsDatedWithoutAYear(string interval, int expected)
    {
        var during = await seeded.Store.FindFactsAsync(new FactQuery { ValidDuring = ValidityInterval.Parse(interval) });

        Assert.Equal(expected, during.Count);
        Assert.DoesNotContain(during, f => f.Validity.IsUnstated);
        Assert.DoesNotContain(during, f => f.Validity.From?.ToString() is "2022-01" or "2022-05-16" or "XXXX-06");
    }

    [Fact]
    public async Task ValidDuring_OverlapRules_HoldOnAHandBuiltStore()
    {
        await using var test = await TestStore.CreateAsync();
        Fact Valid(string statement, ValidityInterval validity) => TestRecords.Presides() with { Object = FactObject.Literal(statement), Statement = statement, Validity = validity };
        var march = Valid("march 2022", ValidityInterval.At(PartialDate.Parse("2022-03")));
        var year = Valid("year 2022", ValidityInterval.At(PartialDate.Parse("2022")));
        var since = Valid("since 2019", ValidityInterval.Since(PartialDate.Parse("2019")));
        var until = Valid("until 2010", ValidityInterval.Until(PartialDate.Parse("2010")));
        var winter = Valid("winter 2021-12/2022-01", ValidityInterval.Parse("2021-12/2022-01"));
        var december = Valid("some december", ValidityInterval.At(PartialDate.Parse("XXXX-12")));
        var june = Valid("some june", ValidityInterval.At(PartialDate.Parse("XXXX-06")));
        var unstated = Valid("no time", ValidityInterval.Unstated);
        await test.Store.WriteAsync([TestRecords.Tokayev, march, year, since, until, winter, december, june, unstated]);

        async Task<string[]> During(string interval) =>
            [.. (await test.Store.FindFactsAsync(new FactQuery { ValidDuring = ValidityInterval.Parse(interval) })).Select(f => f.Statement).Order(StringComparer.Ordinal)];

        Assert.Equal(["march 2022", "since 2019", "winter 2021-12/2022-01", "year 2022"], await During("2022"));
        Assert.Equal(["march 2022", "since 2019", "year 2022"], await During("2022-03"));
        Assert.Equal(["until 2010"], await During("../2005"));
        Assert.Equal(["march 2022", "since 2019", "until 2010", "winter 2021-12/2022-01", "year 2022"], await During("../.."));
        Assert.Equal(["since 2019", "some december", "until 2010", "winter 2021-12/2022-01", "year 2022"], await During("XXXX-12"));
        Assert.Equal(["since 2019", "some june", "until 2010", "year 2022"], await During("XXXX-06"));
        Assert.Equal(["since 2019", "some december", "until 2010", "winter 2021-12/2022-01", "year 2022"], await During("XXXX-11/XXXX-01"));
    }

    [Fact]
    public async Task ValidDuring_AndValidAt_MustBothHold()
    {
        var facts = await seeded.Store.FindFactsAsync(new FactQuery { ValidDuring = ValidityInterval.Parse("2022"), ValidAt = new DateOnly(2022, 5, 16) });

        Assert.Equal(11, facts.Count);
        Assert.DoesNotContain(facts, f => f.Validity.From?.ToString() == "2022-01");
    }

    [Fact]
    public void ValidDuring_MixingAnEndWithoutAYear_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new FactQuery { ValidDuring = ValidityInterval.Between(PartialDate.Parse("XXXX-09"), PartialDate.Parse("2022")) });
        Assert.Throws<ArgumentException>(() => new FactQuery { ValidDuring = ValidityInterval.Since(PartialDate.Parse("XXXX-09")) });
        Assert.Equal("XXXX-09/XXXX-11", new FactQuery { ValidDuring = ValidityInterval.Parse("XXXX-09/XXXX-11") }.ValidDuring.ToString());
    }

    [Fact]
    public async Task About_FindsFactsWithTheEntityAsSubjectOrObject()
    {
        var about = await seeded.Store.FindFactsAsync(new FactQuery { About = "Armenia" });
        var armenia = await seeded.EntityAsync("Armenia");

        Assert.Equal(17, about.Count);
        Assert.Contains(about, f => f.SubjectId == armenia.Id);
        Assert.Contains(about, f => f.Object?.EntityId == armenia.Id);
        Assert.Equal(about.Select(f => f.Id), (await seeded.Store.FindFactsAsync(new FactQuery { About = armenia.Id })).Select(f => f.Id));
    }

    [Fact]
    public async Task OrderByValidity_TokayevsTimeline_DatedFirstThenUndatedInTheOrderRecorded()
    {
        var recorded = await seeded.Store.FindFactsAsync(new FactQuery { About = "Tokayev" });
        var timeline = await seeded.Store.FindFactsAsync(new FactQuery { About = "Tokayev", Order = FactOrder.Validity });

        Assert.Equal(6, timeline.Count);
        // Both start on 2022-01-01 (a month and a year): the one recorded first comes first.
        Assert.Equal(
            recorded.Where(f => f.Validity.From?.Year == 2022).Select(f => f.Id),
            timeline.Take(2).Select(f => f.Id));
        Assert.Equal(recorded.Where(f => !f.Validity.IsPlaceable || f.Validity.IsUnstated).Select(f => f.Id), timeline.Skip(2).Select(f => f.Id));
    }

    [Fact]
    public async Task OrderByValidity_PlacesAFactOpenAtItsStartByItsEnd()
    {
        await using var test = await TestStore.CreateAsync();
        var since = TestRecords.Presides(from: "2019");
        var until = TestRecords.Presides(from: "2013") with { Validity = ValidityInterval.Until(PartialDate.Parse("2010")) };
        var in2015 = TestRecords.Presides(from: "2015", to: "2015");
        var unstated = TestRecords.Presides() with { Validity = ValidityInterval.Unstated };
        var bce = TestRecords.Presides() with { Validity = ValidityInterval.At(PartialDate.Parse("-0043-03-15")) };
        await test.Store.WriteAsync([TestRecords.Tokayev, unstated, since, in2015, until, bce]);

        var timeline = await test.Store.FindFactsAsync(new FactQuery { Order = FactOrder.Validity });

        Assert.Equal([bce.Id, until.Id, in2015.Id, since.Id, unstated.Id], timeline.Select(f => f.Id));
    }

    [Fact]
    public async Task OrderByValidity_Paged_GivesTheSameOrderAsOnePage()
    {
        var all = await seeded.Store.FindFactsAsync(new FactQuery { Order = FactOrder.Validity });
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await seeded.Store.FindFactsAsync(new FactQuery { Order = FactOrder.Validity, Limit = 9, After = after });
            paged.AddRange(page.Select(f => f.Id));
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(92, all.Count);
        Assert.Equal("1991", all[0].Validity.From?.ToString());
        Assert.Equal(all.Select(f => f.Id), paged);
    }

    [Fact]
    public async Task OrderByValidity_ACursorOfTheRecordedOrder_IsRefused()
    {
        var recorded = await seeded.Store.FindFactsAsync(new FactQuery { Limit = 1 });
        var timeline = await seeded.Store.FindFactsAsync(new FactQuery { Limit = 1, Order = FactOrder.Validity });

        await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.FindFactsAsync(new FactQuery { Order = FactOrder.Validity, After = recorded.NextCursor }));
        await Assert.ThrowsAsync<ArgumentException>(() => seeded.Store.FindFactsAsync(new FactQuery { After = timeline.NextCursor }));
    }
}
