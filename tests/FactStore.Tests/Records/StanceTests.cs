using FactStore.Tests.Support;

namespace FactStore.Tests.Records;

public class StanceTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Confidence_OutsideZeroToOne_Throws(double confidence)
    {
        var stance = TestRecords.Says(TestRecords.Presides(), "President Tokaev said");

        Assert.Throws<ArgumentOutOfRangeException>(() => stance with { Confidence = confidence });
    }

    [Fact]
    public void Citation_BlankQuoteOrNegativeOffset_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Citation { Quote = "  " });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Citation { Quote = "x", Start = -1 });
    }

    [Fact]
    public void Validate_EndBeforeStart_ThrowsWhateverTheOrderOfAssignment()
    {
        Assert.Throws<ArgumentException>(() => new Citation { Quote = "x", Start = 10, End = 2 }.Validate());
        Assert.Throws<ArgumentException>(() => new Citation { End = 5, Start = 10 }.Validate());
        Assert.Throws<ArgumentException>(() => (TestRecords.Says(TestRecords.Presides(), "x") with { Citation = new Citation { End = 5, Start = 10 } }).Validate());
        new Citation { Start = 10, End = 12 }.Validate();
        (new Citation { Quote = "x" } with { Start = 20, End = 30 }).Validate();
    }

    [Fact]
    public void Id_SameQuoteAtTwoPlaces_IsTwoStances()
    {
        var stance = TestRecords.Says(TestRecords.Presides(), "the summit");

        var first = stance with { Citation = stance.Citation! with { Start = 10, End = 20 } };
        var second = stance with { Citation = stance.Citation! with { Start = 40, End = 50 } };

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Id_RankOrKey_ArePartOfIt()
    {
        var stance = TestRecords.Says(TestRecords.Presides(), "the summit");

        Assert.NotEqual(stance.Id, (stance with { Rank = StatementRank.Deprecated }).Id);
        Assert.NotEqual(stance.Id, (stance with { Key = "Q1$abc/ref1" }).Id);
    }

    [Fact]
    public void Position_Undefined_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TestRecords.Says(TestRecords.Presides(), "x") with { Position = (StancePosition)9 });
    }

    [Fact]
    public void SaidAt_DefaultPartialDate_Throws()
    {
        Assert.Throws<ArgumentException>(() => TestRecords.Says(TestRecords.Presides(), "x") with { SaidAt = default(PartialDate) });
    }

    [Fact]
    public void Id_SameQuoteWithOtherTypography_IsTheSameStance()
    {
        var fact = TestRecords.Presides();

        var curly = TestRecords.Says(fact, "\u201Cthere is no need\u201D");
        var straight = TestRecords.Says(fact, "\"there is no need\"");

        Assert.Equal(curly.Id, straight.Id);
        Assert.NotEqual(curly.Id, (curly with { Position = StancePosition.Refutes }).Id);
        Assert.NotEqual(curly.Id, (curly with { HolderId = TestRecords.Tokayev.Id }).Id);
        Assert.NotEqual(curly.Id, (curly with { Origin = StanceOrigin.Model }).Id);
        Assert.Equal(curly.Id, (curly with { Confidence = 0.5 }).Id);
    }
}
