namespace FactStore.Tests.Records;

public class SourceTests
{
    [Fact]
    public void Id_DependsOnTextOnly()
    {
        var source = new Source { Text = "The CSTO was founded in 2002.", Title = "A", Locators = ["a.txt"] };
        var copy = new Source { Text = "The CSTO was founded in 2002.", Title = "B", Locators = ["https://example.org/b"] };

        Assert.Equal(source.Id, copy.Id);
        Assert.NotEqual(source.Id, new Source { Text = "The CSTO was founded in 2002. " }.Id);
    }

    [Fact]
    public void ContentHash_IsTheSha256OfTheUtf8Text()
    {
        var source = new Source { Text = "abc" };

        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", source.ContentHash);
        Assert.Equal("src_ba7816bf8f01cfea414140de5dae2223", source.Id);
    }

    [Fact]
    public void Locators_CopiedSoTheCallerCannotChangeThem()
    {
        var locators = new List<ExternalId> { "a.txt" };
        var source = new Source { Text = "text", Locators = locators };

        locators.Add("b.txt");

        Assert.Equal(["a.txt"], source.Locators);
    }

    [Fact]
    public void Text_Blank_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Source { Text = " \n " });
    }

    [Fact]
    public void Validate_NeitherTextNorLocator_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Source { Title = "Nothing to know it by" }.Validate());

        Assert.Contains("locator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_ByReference_IsTheFirstLocatorNormalized()
    {
        var source = new Source { Locators = ["HTTPS://Example.ORG/a#section", "doi:10.1000/XYZ"] };
        var sameUrl = new Source { Locators = ["https://example.org/a"], Title = "another title" };

        Assert.True(source.IsReference);
        Assert.Null(source.ContentHash);
        Assert.Equal(new ExternalId[] { ExternalId.Create("url", "https://example.org/a"), ExternalId.Create("doi", "10.1000/xyz") }, source.Locators);
        Assert.Equal(sameUrl.Id, source.Id);
        Assert.NotEqual(new Source { Locators = ["https://example.org/b"] }.Id, source.Id);
    }

    [Fact]
    public void AsTextOmitted_KeepsTheTextsIdentityAndIsNoReference()
    {
        var full = new Source { Text = "The CSTO summit ended.", Title = "Summit", Locators = ["summit.txt"] };

        var omitted = full.AsTextOmitted(full.ContentHash!);

        Assert.Null(omitted.Text);
        Assert.True(omitted.IsTextOmitted);
        Assert.False(omitted.IsReference);
        Assert.Equal((full.Id, full.ContentHash, "Summit"), (omitted.Id, omitted.ContentHash, omitted.Title));
        Assert.NotEqual(full, omitted);
        omitted.Validate();
        Assert.False((omitted with { Text = "Another text." }).IsTextOmitted);
    }
}
