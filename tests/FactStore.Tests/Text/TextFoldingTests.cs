using FactStore.Text;

namespace FactStore.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Tokayev\u2019s move", "Tokayev's move")]
    [InlineData("\u201Cintegration meeting\u201D", "\"integration meeting\"")]
    [InlineData("Russia \u2013 Belarus \u2014 Kazakhstan", "Russia - Belarus - Kazakhstan")]
    [InlineData("CSTO\u00A0summit", "CSTO summit")]
    [InlineData("a \n\t  b", "a b")]
    public void FoldTypography_FoldsOnlyTypography(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.FoldTypography(text));
    }

    [Fact]
    public void FoldTypography_KeepsCaseAndLetters()
    {
        Assert.Equal("Kasym-Žomart TOKAEV", TextFolding.FoldTypography("Kasym-Žomart TOKAEV"));
    }

    [Theory]
    [InlineData("Kasym-Žomart Tokaev", "kasym-zomart tokaev")]
    [InlineData("  Abišev ", "abisev")]
    [InlineData("LUKASHENKA", "lukashenka")]
    [InlineData("Tokayev\u2019s", "tokayev's")]
    [InlineData("Ašimbaev", "asimbaev")]
    [InlineData("Лукашенко Ёлкин Йошкар", "лукашенко елкин иошкар")]
    [InlineData("Łukasz Søren Straße", "lukasz soren strasse")]
    [InlineData("e\u0301tat", "etat")]
    public void FoldName_FoldsCaseDiacriticsAndTypography(string name, string expected)
    {
        Assert.Equal(expected, TextFolding.FoldName(name));
    }
}
