using FactStore.Tests.Support;

namespace FactStore.Tests.Records;

public class FactTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Predicate_Blank_Throws(string predicate)
    {
        var error = Assert.Throws<ArgumentException>(() => TestRecords.Presides() with { Predicate = predicate });
        Assert.Equal("Predicate", error.ParamName);
    }

    [Fact]
    public void Statement_Blank_Throws()
    {
        Assert.Throws<ArgumentException>(() => TestRecords.Presides() with { Statement = " " });
    }

    [Fact]
    public void Id_IgnoresWordingButNotContent()
    {
        var fact = TestRecords.Presides();

        Assert.Equal(fact.Id, (fact with { Statement = "Kassym-Jomart Tokayev is Kazakhstan's president." }).Id);
        Assert.Equal(fact.Id, (fact with { Predicate = "  HOLDS_OFFICE " }).Id);
        Assert.NotEqual(fact.Id, TestRecords.Presides(from: "2019-03").Id);
        Assert.NotEqual(fact.Id, (fact with { Object = FactObject.Literal("President of Kyrgyzstan") }).Id);
        Assert.NotEqual(fact.Id, (fact with { Supersedes = fact.Id }).Id);
    }

    [Fact]
    public void Id_EntityAndLiteralObjectsWithSameText_Differ()
    {
        var fact = TestRecords.Presides();
        var literal = fact with { Object = FactObject.Literal(TestRecords.Csto.Id) };
        var entity = fact with { Object = FactObject.Entity(TestRecords.Csto.Id) };

        Assert.NotEqual(literal.Id, entity.Id);
    }

    [Fact]
    public void FactObject_Blank_Throws()
    {
        Assert.Throws<ArgumentException>(() => FactObject.Literal(" "));
        Assert.Throws<ArgumentException>(() => FactObject.Entity(""));
    }
}
