using FactStore.Searching;
using FactStore.Text;

namespace FactStore.Tests.Searching;

public class NameMatcherTests
{
    [Theory]
    [InlineData("Arkady Moshes", "Arkady Moshes", true, NameMatchKind.Exact, 1.0)]
    [InlineData("Moshes", "Arkady Moshes", true, NameMatchKind.Surname, 0.9)]
    [InlineData("Moshes", "Arkady Moshes", false, NameMatchKind.Partial, 0.5)]
    [InlineData("Kassym Jomart Tokayev", "Kassym-Jomart Tokayev", true, NameMatchKind.Spelling, 0.85)]
    [InlineData("Kasym Zhomart Tokaev", "Kassym-Jomart Tokayev", true, NameMatchKind.Spelling, 0.8)]
    [InlineData("Tokaev", "Kassym-Jomart Tokayev", true, NameMatchKind.Spelling, 0.75)]
    [InlineData("Tasmagambetof", "Tasmagambetov", true, NameMatchKind.Spelling, 0.7)]
    [InlineData("Moshez", "Arkady Moshes", true, NameMatchKind.Spelling, 0.65)]
    [InlineData("Arkady", "Arkady Moshes", true, NameMatchKind.Partial, 0.5)]
    [InlineData("Moscow", "CSTO anniversary summit in Moscow", false, NameMatchKind.Partial, 0.5)]
    [InlineData("Putn", "Putin", true, null, 0)]
    [InlineData("Minks", "Minsk", false, null, 0)]
    [InlineData("Rutin", "Putin", true, null, 0)]
    [InlineData("Minsk", "Moscow", false, null, 0)]
    public void Match_RulesInOrder_GiveTheirKindAndScore(string query, string name, bool person, NameMatchKind? kind, double score)
    {
        var match = new NameMatcher(query).Match(TextFolding.FoldName(name), NameSpelling.Fold(name), person);

        Assert.Equal(kind, match?.Kind);
        Assert.Equal(score, match?.Score ?? 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("😀")]
    [InlineData("\"'")]
    public void IsBlank_NameWithoutALetterOrDigit_IsBlank(string name) => Assert.True(new NameMatcher(name).IsBlank);
}
