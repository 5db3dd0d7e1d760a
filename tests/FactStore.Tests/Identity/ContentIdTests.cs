using FactStore.Identity;

namespace FactStore.Tests.Identity;

/// <summary>
/// The ID scheme is a compatibility promise: the same content must get the same id on every machine and in every
/// version. These values are pinned; changing one is a breaking change to every stored database.
/// </summary>
public class ContentIdTests
{
    [Fact]
    public void Create_IsPinned()
    {
        Assert.Equal("ent_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("6:Person\u001F7:tokayev"u8)[..16]),
            Entity.IdFor(EntityKind.Person, "Tokayev"));
    }

    [Theory]
    [InlineData("Kasym-Žomart Tokaev")]
    [InlineData("Kasym-Z\u030Comart Tokaev")]
    [InlineData("KASYM-ŽOMART TOKAEV")]
    public void IdFor_NonAsciiLabel_IsPinnedWhateverTheNormalization(string label)
    {
        Assert.Equal("ent_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("6:Person\u001F19:kasym-zomart tokaev"u8)[..16]),
            Entity.IdFor(EntityKind.Person, label));
    }

    [Fact]
    public void Create_AbsentAndEmptyParts_Differ()
    {
        Assert.NotEqual(ContentId.Create("x", "a", null), ContentId.Create("x", "a", ""));
        Assert.NotEqual(ContentId.Create("x", "a\u001Fb"), ContentId.Create("x", "a", "b"));
        Assert.NotEqual(ContentId.Create("x", "a\u001F1:b"), ContentId.Create("x", "a", "b"));
    }

    [Fact]
    public void Create_HasPrefixAnd32HexDigits()
    {
        var id = ContentId.Create("fct", "anything");

        Assert.Matches("^fct_[0-9a-f]{32}$", id);
    }

    [Fact]
    public void SeedSource_HasTheDocumentedId()
    {
        var text = File.ReadAllText(Support.Seeds.Article("004"));

        Assert.Equal("src_f513404bf0e68c3d6e4956efbaa095d6", new Source { Text = text }.Id);
    }
}
