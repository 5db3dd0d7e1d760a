using System.Text.Json;
using FactStore.Citations;

namespace FactStore.Tests.Citations;

/// <summary>CSL-JSON items: dates at their stated precision, types chosen from the source, names; and the files the citeproc check renders.</summary>
public class CslJsonTests
{
    /// <summary>The variable <c>tests/csl/check.sh</c> sets to the folder the CSL-JSON it renders is written to.</summary>
    private const string OutputVariable = "FACTSTORE_CSL_OUT";

    /// <summary>A source of every CSL type the writer chooses, dated at every precision, for the citeproc check.</summary>
    public static IReadOnlyList<Source> Samples { get; } =
    [
        new() { Locators = ["https://example.org/2019/02/05/summit"], Title = "Leaders meet in Minsk", Publisher = "Example Times", Authors = ["Moshes, Arkady"], StatedDate = PartialDate.Parse("2019-02-05"), StatedDateKind = StatedDateKind.Published, Accessed = PartialDate.Parse("2024-05"), Language = "en" },
        new() { Text = "The CSTO met in February.", Locators = ["https://example.org/news/feb"], Title = "CSTO meets", Publisher = "AsiaNews", StatedDate = PartialDate.Parse("2019-02"), StatedDateKind = StatedDateKind.Published, RetrievedAt = new DateTimeOffset(2024, 3, 1, 23, 30, 0, TimeSpan.FromHours(-2)) },
        new() { Locators = ["doi:10.5555/csto.2019.4"], Title = "Collective defence & Article 4", Publisher = "Journal of Example Security Studies", Authors = ["Ludwig van Beethoven", "Institute of Example Studies"], StatedDate = PartialDate.Parse("2019"), StatedDateKind = StatedDateKind.Published },
        new() { Locators = ["wikidata-reference:0f1e2d", "wikidata:Q36578"], Title = "Integrated Authority File", StatedDate = PartialDate.Parse("2019~"), StatedDateKind = StatedDateKind.Published, Accessed = PartialDate.Parse("2024-05-02") },
        new() { Locators = ["isbn:9780000000002"], Title = "Alliances after the Soviet Union", Publisher = "Example Press", Authors = ["King, Martin Luther, Jr."], StatedDate = PartialDate.Parse("199X"), StatedDateKind = StatedDateKind.Published },
        new() { Locators = ["report-2021.pdf"], Title = "Annual report", Authors = ["CEPA"], StatedDate = PartialDate.Parse("2021"), StatedDateKind = StatedDateKind.Unknown },
        new() { Locators = ["https://example.org/undated"], Title = "An undated page", Publisher = "CEPA", StatedDate = PartialDate.Parse("2024-04-30"), StatedDateKind = StatedDateKind.PageDate },
    ];

    [Theory]
    [InlineData("2019-02-05", StatedDateKind.Published, """{"date-parts":[[2019,2,5]]}""")]
    [InlineData("2019-02", StatedDateKind.Published, """{"date-parts":[[2019,2]]}""")]
    [InlineData("2019", StatedDateKind.Published, """{"date-parts":[[2019]]}""")]
    [InlineData("2019~", StatedDateKind.Published, """{"date-parts":[[2019]],"circa":true}""")]
    [InlineData("2019-02?", StatedDateKind.Published, """{"date-parts":[[2019,2]],"circa":true}""")]
    [InlineData("199X", StatedDateKind.Published, """{"date-parts":[[1990],[1999]]}""")]
    [InlineData("[1801..1900]", StatedDateKind.Published, """{"date-parts":[[1801],[1900]]}""")]
    [InlineData("-0043-03-15", StatedDateKind.Published, """{"date-parts":[[-44,3,15]]}""")]
    [InlineData("2021", StatedDateKind.Unknown, """{"date-parts":[[2021]]}""")]
    [InlineData("2024-04-30", StatedDateKind.PageDate, null)]
    [InlineData("2019", StatedDateKind.Contradicted, null)]
    [InlineData("XXXX-11-23", StatedDateKind.Published, null)]
    public void Item_StatedDate_IsIssuedAtItsPrecisionWhenItIsThePublicationDate(string date, StatedDateKind kind, string? issued)
    {
        var source = new Source { Locators = ["https://example.org/a"], Title = "A", StatedDate = PartialDate.Parse(date), StatedDateKind = kind };

        var item = Item(source);

        Assert.Equal(issued, item.TryGetProperty("issued", out var value) ? Compact(value) : null);
    }

    [Fact]
    public void Item_AccessedOrRetrieved_IsAccessedAtItsPrecision()
    {
        Assert.Equal("""{"date-parts":[[2024,5]]}""", Compact(Item(Samples[0]).GetProperty("accessed")));
        Assert.Equal("""{"date-parts":[[2024,3,2]]}""", Compact(Item(Samples[1]).GetProperty("accessed"))); // retrieved 23:30 at UTC-2
        Assert.False(Item(Samples[2]).TryGetProperty("accessed", out _));
    }

    [Theory]
    [InlineData(0, "webpage", "container-title")]
    [InlineData(1, "article-newspaper", "container-title")]
    [InlineData(2, "article-journal", "container-title")]
    [InlineData(3, "dataset", null)]
    [InlineData(4, "book", "publisher")]
    [InlineData(5, "document", null)]
    public void Item_Source_HasTheTypeItsLocatorsAndTextTell(int sample, string type, string? publisherField)
    {
        var item = Item(Samples[sample]);

        Assert.Equal(type, item.GetProperty("type").GetString());
        if (publisherField is not null)
        {
            Assert.Equal(Samples[sample].Publisher, item.GetProperty(publisherField).GetString());
        }
    }

    [Fact]
    public void Item_Names_ArePersonsSplitAndOrganisationsLiteral()
    {
        var source = new Source
        {
            Locators = ["https://example.org/names"],
            Title = "Names",
            Authors = ["Moshes, Arkady", "CEPA", "Ludwig van Beethoven", "King, Martin Luther, Jr.", "Institute of World Economy and International Relations"],
        };

        var authors = Item(source).GetProperty("author").EnumerateArray().Select(Compact).ToList();

        Assert.Equal(
        [
            """{"family":"Moshes","given":"Arkady"}""",
            """{"literal":"CEPA"}""",
            """{"family":"Beethoven","given":"Ludwig","non-dropping-particle":"van"}""",
            """{"family":"King","given":"Martin Luther","suffix":"Jr."}""",
            """{"literal":"Institute of World Economy and International Relations"}""",
        ], authors);
    }

    [Fact]
    public void Item_Locators_GiveUrlAndDoi()
    {
        var doi = Item(Samples[2]);
        var wikidata = Item(Samples[3]);

        Assert.Equal(("10.5555/csto.2019.4", "https://doi.org/10.5555/csto.2019.4"), (doi.GetProperty("DOI").GetString(), doi.GetProperty("URL").GetString()));
        Assert.Equal("https://www.wikidata.org/wiki/Q36578", wikidata.GetProperty("URL").GetString());
        Assert.False(Item(Samples[5]).TryGetProperty("URL", out _));
    }

    /// <summary>
    /// Writes the CSL-JSON that <c>tests/csl/check.sh</c> renders with citeproc-js: the seed stances' sources and the
    /// samples of every type and precision, into the folder named by <c>FACTSTORE_CSL_OUT</c> when it is set.
    /// </summary>
    [Fact]
    public async Task WriteAsync_SeedSourcesAndSamples_AreCslJsonArraysWithIdTypeAndTitle()
    {
        var (test, stances) = await CitedStances.CreateAsync();
        await using var _ = test;
        var files = new Dictionary<string, string>
        {
            ["seeds.json"] = await CitedStances.WriteAsync(stances, CitationFormat.CslJson),
            ["samples.json"] = await CitedStances.WriteAsync(Samples.Select(s => CitedStances.Of(s)), CitationFormat.CslJson),
        };

        foreach (var (_, text) in files)
        {
            using var json = JsonDocument.Parse(text);
            Assert.All(json.RootElement.EnumerateArray(), item =>
            {
                Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
                Assert.False(string.IsNullOrEmpty(item.GetProperty("type").GetString()));
                Assert.False(string.IsNullOrEmpty(item.GetProperty("title").GetString()));
            });
        }

        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, text) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, name), text);
            }
        }
    }

    private static JsonElement Item(Source source)
    {
        using var json = JsonDocument.Parse(CitationWriter.Format(CitedStances.Of(source), CitationFormat.CslJson));
        return Assert.Single(json.RootElement.EnumerateArray()).Clone();
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
