using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>"Valid at" (world time) and "known at" (record time) are separate axes.</summary>
public class TimeAxesTests
{
    [Fact]
    public async Task KnownAt_BeforeARecordWasWritten_DoesNotSeeIt()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);
        var beforeFact = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromSeconds(1));
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([fact]);

        Assert.Empty(await test.Store.AsKnownAt(beforeFact).FindFactsAsync(new FactQuery { }));
        Assert.Null(await test.Store.AsKnownAt(beforeFact).GetEvidenceAsync(fact.Id));
        Assert.Single(await test.Store.AsKnownAt(test.Clock.GetUtcNow()).FindFactsAsync(new FactQuery { }));
    }

    [Fact]
    public async Task KnownAt_BeforeACorrection_ReturnsTheOriginal()
    {
        await using var test = await TestStore.CreateAsync();
        var original = TestRecords.Presides(from: "2018");
        await test.Store.WriteAsync([TestRecords.Tokayev, original]);
        var beforeCorrection = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromDays(3));
        await test.Store.WriteAsync([TestRecords.Presides(from: "2019") with { Supersedes = original.Id }]);

        var then = await test.Store.AsKnownAt(beforeCorrection).FindFactsAsync(new FactQuery { });

        Assert.Equal([original.Id], then.Select(f => f.Id));
        Assert.Equal(original.Id, (await test.Store.AsKnownAt(beforeCorrection).GetLatestVersionAsync(original.Id))!.Id);
    }

    [Fact]
    public async Task ValidAt_ReturnsFactsWhoseIntervalContainsTheDay()
    {
        await using var test = await TestStore.CreateAsync();
        var since2019 = TestRecords.Presides(from: "2019");
        var in2013 = TestRecords.Presides(from: "2013", to: "2013") with { Object = FactObject.Literal("Chairman of the Senate") };
        var yearless = TestRecords.Presides(from: "XXXX-11-23", to: "XXXX-11-23") with { Object = FactObject.Literal("Summit guest") };
        var unstated = new Fact
        {
            SubjectId = TestRecords.Tokayev.Id,
            Predicate = "speaks",
            Object = FactObject.Literal("Kazakh"),
            Statement = "Tokayev speaks Kazakh.",
        };
        await test.Store.WriteAsync([TestRecords.Tokayev, since2019, in2013, yearless, unstated]);

        var at2013 = await test.Store.FindFactsAsync(new FactQuery { ValidAt = new DateOnly(2013, 7, 1) });
        var at2022 = await test.Store.FindFactsAsync(new FactQuery { ValidAt = new DateOnly(2022, 11, 23) });

        Assert.Equal([in2013.Id], at2013.Select(f => f.Id));
        Assert.Equal([since2019.Id], at2022.Select(f => f.Id));
        Assert.Equal(4, (await test.Store.FindFactsAsync(new FactQuery())).Count);
    }

    [Fact]
    public async Task Provenance_RecordsTheClockImporterAndRun()
    {
        await using var test = await TestStore.CreateAsync();
        var result = await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Presides()]);

        var fact = (await test.Store.FindFactsAsync(new FactQuery()))[0];

        Assert.Equal(test.Clock.GetUtcNow(), fact.Provenance!.RecordedAt);
        Assert.Equal("manual", fact.Provenance.Importer);
        Assert.Equal(result.ImportRunId, fact.Provenance.ImportRunId);
    }
}
