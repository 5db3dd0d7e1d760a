using FactStore.Citations;

namespace FactStore.Tests.Citations;

/// <summary>Authors as the source wrote them, read as persons (family, given, particle, suffix) or organisations.</summary>
public class PersonNameTests
{
    [Theory]
    [InlineData("Moshes, Arkady", "Moshes", "Arkady", null, null)]
    [InlineData("Arkady Moshes", "Moshes", "Arkady", null, null)]
    [InlineData("ARKADY MOSHES", "MOSHES", "ARKADY", null, null)]
    [InlineData("  Arkady \n Moshes ", "Moshes", "Arkady", null, null)]
    [InlineData("A. Commentator", "Commentator", "A.", null, null)]
    [InlineData("J.R.R. Tolkien", "Tolkien", "J.R.R.", null, null)]
    [InlineData("Ludwig van Beethoven", "Beethoven", "Ludwig", "van", null)]
    [InlineData("van der Berg, Anna", "Berg", "Anna", "van der", null)]
    [InlineData("Martin Luther King Jr.", "King", "Martin Luther", null, "Jr.")]
    [InlineData("King, Martin Luther, Jr.", "King", "Martin Luther", null, "Jr.")]
    [InlineData("King, Jr., Martin Luther", "King", "Martin Luther", null, "Jr.")]
    [InlineData("Kasym-Žomart Tokaev", "Tokaev", "Kasym-Žomart", null, null)]
    public void Parse_PersonsName_IsSplit(string text, string family, string given, string? particle, string? suffix)
    {
        var name = PersonName.Parse(text);

        Assert.Equal((family, given, particle, suffix, (string?)null), (name.Family, name.Given, name.Particle, name.Suffix, name.Literal));
    }

    [Theory]
    [InlineData("CEPA")]
    [InlineData("Charter97.org")]
    [InlineData("meduza.io")]
    [InlineData("Institute of World Economy and International Relations")]
    [InlineData("Centre for European Policy Analysis")]
    [InlineData("Fact Desk")]
    [InlineData("Reuters Staff")]
    [InlineData("Smith & Sons")]
    [InlineData("G7")]
    [InlineData("One, Two, Three, Four")]
    public void Parse_OrganisationOrUnsplittableName_IsLiteral(string text)
    {
        var name = PersonName.Parse(text);

        Assert.Equal((text, (string?)null), (name.Literal, name.Family));
        Assert.Equal(text, name.Natural);
    }

    [Fact]
    public void Natural_Person_IsInReadingOrder()
    {
        Assert.Equal("Ludwig van Beethoven", PersonName.Parse("van Beethoven, Ludwig").Natural);
        Assert.Equal("Martin Luther King Jr.", PersonName.Parse("King, Martin Luther, Jr.").Natural);
        Assert.Equal("van Beethoven", PersonName.Parse("Ludwig van Beethoven").FamilyWithParticle);
    }
}
