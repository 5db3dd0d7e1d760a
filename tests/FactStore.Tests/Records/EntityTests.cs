namespace FactStore.Tests.Records;

public class EntityTests
{
    [Fact]
    public void Id_FoldsCaseDiacriticsAndSpacesOfTheLabel()
    {
        Assert.Equal(Entity.IdFor(EntityKind.Person, "Gaziz Abišev"), Entity.IdFor(EntityKind.Person, "  gaziz ABISEV "));
        Assert.NotEqual(Entity.IdFor(EntityKind.Person, "Armenia"), Entity.IdFor(EntityKind.Country, "Armenia"));
    }

    [Fact]
    public void Label_Blank_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Entity { Label = " " });
    }

    [Fact]
    public void Aliases_WithABlankOne_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Entity { Label = "Tokayev", Aliases = ["Tokaev", ""] });
    }
}
