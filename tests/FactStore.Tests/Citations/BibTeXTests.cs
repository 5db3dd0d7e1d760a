using FactStore.Citations;

namespace FactStore.Tests.Citations;

/// <summary>BibTeX entries: escaping, names, keys, dates at their precision.</summary>
public class BibTeXTests
{
    [Fact]
    public void Escape_EveryLaTeXSpecialCharacter_IsEscaped()
    {
        Assert.Equal(
            @"\& \% \$ \# \_ \{ \} \textasciitilde{} \textasciicircum{} \textbackslash{} “Žomart” ok",
            BibTeX.Escape("& % $ # _ { } ~ ^ \\ “Žomart”\n  ok"));
    }

    [Fact]
    public void Entry_SpecialCharactersInTitleQuoteAndPublisher_AreEscapedButTheUrlIsNot()
    {
        var source = new Source
        {
            Locators = ["https://example.org/a_b?x=1&y=50%25#part"],
            Title = "R&D at 100% {fast}",
            Publisher = "Smith & Sons_Media",
            StatedDate = PartialDate.Parse("2019-02-05"),
            StatedDateKind = StatedDateKind.Published,
        };

        var entry = CitationWriter.Format(CitedStances.Of(source, "costs $5 ~ ^ #1 \\ end"), CitationFormat.BibTeX);

        Assert.Contains(@"  title = {{R\&D at 100\% \{fast\}}},", entry, StringComparison.Ordinal);
        Assert.Contains(@"  organization = {Smith \& Sons\_Media},", entry, StringComparison.Ordinal);
        Assert.Contains(@"  url = {https://example.org/a_b?x=1&y=50%25},", entry, StringComparison.Ordinal);
        Assert.Contains(@"  note = {Quote: “costs \$5 \textasciitilde{} \textasciicircum{} \#1 \textbackslash{} end”},", entry, StringComparison.Ordinal);
        Assert.Equal(entry.Count(c => c == '{') - entry.Count(c => c == '}'), CountEscaped(entry, '{') - CountEscaped(entry, '}'));
    }

    [Fact]
    public void Entry_Names_ArePersonsInvertedAndOrganisationsBraced()
    {
        var source = new Source
        {
            Locators = ["doi:10.5555/x"],
            Title = "Names",
            Authors = ["Moshes, Arkady", "CEPA", "Ludwig van Beethoven", "Martin Luther King Jr.", "Centre for Science and Technology"],
        };

        var entry = CitationWriter.Format(CitedStances.Of(source), CitationFormat.BibTeX);

        Assert.Contains(
            "  author = {Moshes, Arkady and {CEPA} and van Beethoven, Ludwig and King, Jr., Martin Luther and {Centre for Science and Technology}},",
            entry,
            StringComparison.Ordinal);
        Assert.StartsWith("@article{moshes", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-02-05", "  year = {2019},\n  month = feb,\n  date = {2019-02-05},\n")]
    [InlineData("2019-02", "  year = {2019},\n  month = feb,\n  date = {2019-02},\n")]
    [InlineData("2019", "  year = {2019},\n  url")]
    [InlineData("2019~", "  year = {2019},\n  date = {2019~},\n")]
    [InlineData("199X", "  year = {1990--1999},\n  date = {1990/1999},\n")]
    public void Entry_PublishedDate_IsWrittenAtItsPrecision(string date, string expected)
    {
        var source = new Source { Locators = ["https://example.org/d"], Title = "Dated", StatedDate = PartialDate.Parse(date), StatedDateKind = StatedDateKind.Published };

        Assert.Contains(expected, CitationWriter.Format(CitedStances.Of(source), CitationFormat.BibTeX), StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_KeyOfANameWithDiacriticsOrATitleInAnotherScript_IsAscii()
    {
        var simecka = new Source { Locators = ["https://example.org/t"], Title = "Заявление президента", Authors = ["Šimečka, Michal"], StatedDate = PartialDate.Parse("2022"), StatedDateKind = StatedDateKind.Published };
        var nameless = new Source { Locators = ["https://example.org/u"], Title = "Заявление" };

        Assert.Matches("^simecka2022-[0-9a-f]{6}$", Key(simecka));
        Assert.Matches("^source-[0-9a-f]{6}$", Key(nameless));
        Assert.Equal(nameless.Id[4..10], Key(nameless)[^6..]);
    }

    private static string Key(Source source)
    {
        var entry = CitationWriter.Format(CitedStances.Of(source), CitationFormat.BibTeX);
        return entry[(entry.IndexOf('{', StringComparison.Ordinal) + 1)..entry.IndexOf(',', StringComparison.Ordinal)];
    }

    private static int CountEscaped(string text, char brace) => text.Split("\\" + brace).Length - 1;
}
