namespace FactStore.Tests.Records;

public class ExternalIdTests
{
    [Theory]
    [InlineData("https://www.wikidata.org/wiki/Q42", "wikidata:Q42")]
    [InlineData("http://www.wikidata.org/entity/Q42", "wikidata:Q42")]
    [InlineData("https://wikidata.org/wiki/Q1055?uselang=de", "wikidata:Q1055")]
    [InlineData("https://m.wikidata.org/wiki/Q2112#sitelinks", "wikidata:Q2112")]
    [InlineData("https://www.wikidata.org/wiki/Property:P31", "wikidata:P31")]
    [InlineData("HTTPS://WWW.WIKIDATA.ORG/wiki/Q42", "wikidata:Q42")]
    public void Parse_WikidataUrl_IsTheWikidataId(string text, string expected)
    {
        Assert.Equal(expected, ExternalId.Parse(text).ToString());
        Assert.True(ExternalId.TryParse(text, out var id));
        Assert.Equal(expected, id.ToString());
    }

    [Theory]
    [InlineData("https://www.wikidata.org/wiki/Wikidata:Main_Page", "url:https://www.wikidata.org/wiki/Wikidata:Main_Page")]
    [InlineData("https://www.wikidata.org/wiki/Special:EntityPage/Q42", "url:https://www.wikidata.org/wiki/Special:EntityPage/Q42")]
    [InlineData("https://example.org/wiki/Q42", "url:https://example.org/wiki/Q42")]
    public void Parse_OtherWikidataOrLookalikeUrl_StaysAUrl(string text, string expected)
    {
        Assert.Equal(expected, ExternalId.Parse(text).ToString());
    }

    [Fact]
    public void Create_UrlSchemeGivenExplicitly_KeepsTheWikidataUrl()
    {
        Assert.Equal("url:https://www.wikidata.org/wiki/Q42", ExternalId.Create("url", "https://www.wikidata.org/wiki/Q42").ToString());
    }
}
