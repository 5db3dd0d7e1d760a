using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// A quote that occurs twice in its source was refused as ambiguous even when its citation's suffix told which place
/// it is: the store chose among places by start offset and prefix only.
/// </summary>
public class SuffixIgnoredForRepeatedQuoteTests
{
    [Fact]
    public async Task Write_RepeatedQuoteWithASuffix_IsStoredAtThePlaceTheSuffixNames()
    {
        await using var test = await TestStore.CreateAsync();
        var source = new Source { Text = "The CSTO met. Then the CSTO met again." };
        var fact = TestRecords.Presides();
        var stance = new Stance
        {
            FactId = fact.Id,
            SourceId = source.Id,
            Position = StancePosition.Supports,
            Citation = new Citation { Quote = "CSTO met", Suffix = "again" },
        };

        await test.Store.WriteAsync([source, TestRecords.Tokayev, fact, stance]);

        var cited = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances).Stance.Citation!;
        Assert.Equal((23, 31, CitationAnchor.Exact), (cited.Start, cited.End, cited.Anchor));
        Assert.Equal(new AnchoringText(source).Anchor(stance.Citation), cited);
    }

    [Fact]
    public async Task Write_RepeatedQuoteWithoutAHint_NamesThePlacesAndHints()
    {
        await using var test = await TestStore.CreateAsync();
        var source = new Source { Text = "The CSTO met. Then the CSTO met again." };
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "CSTO met") with { SourceId = source.Id };

        var error = await Assert.ThrowsAsync<CitationNotFoundException>(() => test.Store.WriteAsync([source, TestRecords.Tokayev, fact, stance]));

        Assert.Contains("the quote occurs 2 times, at 4 and 23", error.Message, StringComparison.Ordinal);
        Assert.Equal(source.Id, error.SourceId);
    }
}
