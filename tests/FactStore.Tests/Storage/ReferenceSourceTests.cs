using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>Sources known by reference: no text, identified by their first locator, cited as given.</summary>
public class ReferenceSourceTests
{
    private static readonly Source FactCheck = new()
    {
        Locators = ["https://Example.org/fact-check/123#top", "doi:10.1000/ABC"],
        Title = "Did the CSTO send troops?",
        Publisher = "Example Checks",
    };

    [Fact]
    public async Task Write_SourceWithoutText_IsStoredAndFoundByEveryLocator()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.WriteAsync([FactCheck]);

        Assert.Equal(1, result.SourcesAdded);
        var stored = Assert.Single(await test.Store.FindSourcesAsync("https://example.org/fact-check/123"));
        Assert.Equal(FactCheck.Id, stored.Id);
        Assert.True(stored.IsReference);
        Assert.Null(stored.Text);
        Assert.Equal("Did the CSTO send troops?", stored.Title);
        Assert.Equal(FactCheck.Id, Assert.Single(await test.Store.FindSourcesAsync("doi:10.1000/abc")).Id);
        Assert.Empty(await test.Store.FindSourcesAsync("https://example.org/other"));
    }

    [Fact]
    public async Task Write_StanceOnAReference_KeepsTheQuoteAsGivenUnverified()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = new Stance
        {
            FactId = fact.Id,
            SourceId = FactCheck.Id,
            Position = StancePosition.Supports,
            Citation = new Citation { Quote = "Tokayev, the president", Prefix = "said ", Start = 120, End = 142, Locator = "p. 3" },
        };

        await test.Store.WriteAsync([FactCheck, TestRecords.Tokayev, fact, stance]);

        var cited = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances);
        Assert.Equal(CitationAnchor.Unverified, cited.Stance.Citation!.Anchor);
        Assert.Equal("Tokayev, the president", cited.Stance.Citation.Quote);
        Assert.Equal((120, 142), (cited.Stance.Citation.Start, cited.Stance.Citation.End));
        Assert.Equal("p. 3", cited.Stance.Citation.Locator);
        Assert.Null(cited.Stance.Citation.SourceContentHash);
        Assert.Equal(stance.Id, cited.Stance.Id);
    }

    [Fact]
    public async Task Write_StanceOnAReferenceWithoutCitation_CitesTheSourceAsAWhole()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = new Stance { FactId = fact.Id, SourceId = FactCheck.Id, Position = StancePosition.Refutes, Origin = StanceOrigin.Importer };

        await test.Store.WriteAsync([FactCheck, TestRecords.Tokayev, fact, stance]);

        var cited = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances);
        Assert.Null(cited.Stance.Citation);
        Assert.Equal(stance.Id, cited.Stance.Id);
    }

    [Fact]
    public async Task Write_StanceCitingARedactedReference_IsRefused()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([FactCheck, TestRecords.Tokayev, fact, new Redaction { TargetId = FactCheck.Id, Reason = "Takedown." }]);
        var stance = new Stance
        {
            FactId = fact.Id,
            SourceId = FactCheck.Id,
            Position = StancePosition.Supports,
            Citation = new Citation { Quote = "more secret personal words" },
        };

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([stance]));

        Assert.Contains("was redacted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_StanceWithoutQuoteOnASourceWithText_IsRefusedNamingTheSource()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = new Stance { FactId = fact.Id, SourceId = TestRecords.Article.Id, Position = StancePosition.Supports };

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]));

        Assert.Contains(TestRecords.Article.Id, error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task Write_CitationByOffsetsAlone_TakesTheQuoteFromTheText()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var start = TestRecords.ArticleText.IndexOf("President Tokaev", StringComparison.Ordinal);
        var stance = new Stance
        {
            FactId = fact.Id,
            SourceId = TestRecords.Article.Id,
            Position = StancePosition.Supports,
            Citation = new Citation { Start = start, End = start + "President Tokaev".Length },
        };

        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]);

        var cited = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances).Stance.Citation!;
        Assert.Equal("President Tokaev", cited.Quote);
        Assert.Equal(CitationAnchor.Exact, cited.Anchor);
    }

    [Fact]
    public async Task Write_CitationByOffsetsBeyondTheText_IsRefusedWithTheInputAndRecord()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var length = TestRecords.ArticleText.Length;
        var stance = TestRecords.Says(fact, "President Tokaev") with { Citation = new Citation { Start = 19, End = length + 1 } };

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]));

        Assert.Contains($"its citation does not fit the text of source {TestRecords.Article.Id}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"beyond the end of the text ({length} UTF-16 code units)", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
    }

    [Fact]
    public async Task Write_SameQuoteAtTwoPlaces_IsTwoStances()
    {
        await using var test = await TestStore.CreateAsync();
        var source = new Source { Text = "the CSTO met. Later, the CSTO met again." };
        var fact = TestRecords.Presides();
        Stance At(int start) => new()
        {
            FactId = fact.Id,
            SourceId = source.Id,
            Position = StancePosition.Supports,
            Citation = new Citation { Quote = "the CSTO met", Start = start },
        };

        var result = await test.Store.WriteAsync([source, TestRecords.Tokayev, fact, At(0), At(21)]);

        Assert.Equal(2, result.StancesAdded);
        var starts = (await test.Store.GetEvidenceAsync(fact.Id))!.Stances.Select(s => s.Stance.Citation!.Start).Order();
        Assert.Equal([0, 21], starts.Cast<int>());
    }

    [Fact]
    public async Task Write_CitationEndingBeforeItStarts_IsRefusedWithTheInputAndRecord()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "President Tokaev") with { Citation = new Citation { End = 5, Start = 10 } };

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, stance]));

        Assert.Contains("comes before its start", error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.GetSourcesAsync());
    }
}
