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
        var locators = new List<string> { "a.txt" };
        var source = new Source { Text = "text", Locators = locators };

        locators.Add("b.txt");

        Assert.Equal(["a.txt"], source.Locators);
    }

    [Fact]
    public void Text_NullOrBlank_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Source { Text = null! });
        Assert.Throws<ArgumentException>(() => new Source { Text = " \n " });
    }
}
