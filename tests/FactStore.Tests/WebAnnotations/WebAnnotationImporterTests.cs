using System.Text;
using System.Text.Json.Nodes;
using FactStore.Tests.Support;
using FactStore.WebAnnotations;

namespace FactStore.Tests.WebAnnotations;

/// <summary>The <c>web-annotation</c> importer on the W3C examples and on the shapes FactStore's exporter writes.</summary>
public class WebAnnotationImporterTests
{
    private const string NoText = "is no text; a stance needs a claim";

    /// <summary>Each W3C example: how many stances it gives, or the error that names what is missing.</summary>
    public static TheoryData<string, int, string?> Examples()
    {
        var data = new TheoryData<string, int, string?>();
        var stances = new Dictionary<string, int> { ["anno5"] = 1, ["anno6"] = 1, ["anno7"] = 1, ["anno9"] = 2, ["anno15"] = 1, ["anno38"] = 1, ["anno39"] = 3, ["anno42"] = 1, ["anno43"] = 1 };
        var errors = new Dictionary<string, string> { ["anno8"] = "it has no body; a stance needs a claim", ["anno40"] = "its only textual bodies are tags (important)", ["collection1"] = NoText };
        foreach (var file in Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
        {
            data.Add(file!, stances.GetValueOrDefault(file!), stances.ContainsKey(file!) ? null : errors.GetValueOrDefault(file!, NoText));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Import_W3cExample_GivesItsStancesOrATypedErrorNamingTheFileAndWhatIsMissing(string example, int stances, string? error)
    {
        await using var test = await TestStore.CreateAsync();
        var input = ImportInput.FromFile(Path.Combine(Folder, example + ".json"));

        if (error is null)
        {
            var result = await test.Store.ImportAsync("web-annotation", input);
            Assert.Equal(stances, result.StancesAdded);
            return;
        }

        var e = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("web-annotation", input));
        Assert.Equal(example + ".json", e.Input);
        Assert.Contains(error, e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public async Task Import_Collection_ReportsTheFirstAnnotationThatCannotBeAStanceWithItsLine()
    {
        await using var test = await TestStore.CreateAsync();

        var e = await Assert.ThrowsAsync<InvalidRecordException>(
            () => test.Store.ImportAsync("web-annotation", ImportInput.FromFile(Path.Combine(Folder, "collection1.json"))));

        Assert.Equal(14, e.Line);
        Assert.Contains("the annotation http://example.org/anno1 cannot be imported: its body \"http://example.org/post1\" is no text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CollectionSkippingBadRecords_ReportsTheAnnotationsThatCannotBeStancesAndKeepsTheRest()
    {
        await using var test = await TestStore.CreateAsync();
        var path = Path.Combine(Folder, "collection1.json");

        var result = await test.Store.ImportAsync("web-annotation", ImportInput.FromFile(path), new ImportOptions { SkipBadRecords = true });

        var first = result.Skipped[0];
        Assert.Equal((14, "annotation"), (first.Line, first.RecordType));
        Assert.Contains("the annotation http://example.org/anno1 cannot be imported", first.Reason, StringComparison.Ordinal);
        Assert.Equal(result.StancesAdded, (await test.Store.FindStancesAsync(new StanceQuery())).Count);
    }

    [Theory]
    [InlineData("anno21", null, null, null, null, null, """{"selector":{"type":"CssSelector","value":"#elemid > .elemclass + p"}}""")]
    [InlineData("anno22", null, null, null, null, null, """{"selector":{"type":"XPathSelector","value":"/html/body/p[2]/table/tr[2]/td[3]/span"}}""")]
    [InlineData("anno23", "anotation", "this is an ", " that has some", null, null, null)]
    [InlineData("anno24", null, null, null, 412, 795, null)]
    [InlineData("anno25", null, null, null, null, null, """{"selector":{"type":"DataPositionSelector","start":4096,"end":4104}}""")]
    [InlineData("anno26", null, null, null, null, null, """{"selector":{"id":"http://example.org/svg1","type":"SvgSelector"}}""")]
    [InlineData("anno28", null, null, null, null, null, """{"selector":{"type":"RangeSelector","startSelector":{"type":"XPathSelector","value":"//table[1]/tr[1]/td[2]"},"endSelector":{"type":"XPathSelector","value":"//table[1]/tr[1]/td[4]"}}}""")]
    [InlineData("anno29", "Selected Text", "text before the ", " and text after it", null, null, """{"selector":{"type":"FragmentSelector","value":"para5","refinedBy":{"type":"TextQuoteSelector","exact":"Selected Text","prefix":"text before the ","suffix":" and text after it"}}}""")]
    [InlineData("anno31", null, null, null, null, null, """{"state":{"type":"TimeState","cached":"http://archive.example.org/copy1","sourceDate":"2015-07-20T13:30:00Z"}}""")]
    [InlineData("anno36", null, null, null, null, null, """{"selector":"http://example.org/selectors/html-selector1","renderedVia":{"id":"http://example.com/pdf-to-html-library","type":"Software","schema:softwareVersion":"2.5"}}""")]
    public async Task Read_SelectorExampleWithATextBody_CitationHoldsWhatItCanAndKeepsTheRestAsLocator(
        string example, string? quote, string? prefix, string? suffix, int? start, int? end, string? locator)
    {
        var records = await ReadAsync(example, a => { a.Remove("body"); a["bodyValue"] = "Noted."; });

        var stance = Assert.Single(records.OfType<Stance>());
        var source = Assert.Single(records.OfType<Source>());
        Assert.True(source.IsReference);
        Assert.Equal(source.Id, stance.SourceId);
        var citation = Assert.IsType<Citation>(stance.Citation);
        Assert.Equal((quote, prefix, suffix, start, end, locator), (citation.Quote, citation.Prefix, citation.Suffix, citation.Start, citation.End, citation.Locator));
        Assert.Equal("Noted.", Assert.Single(records.OfType<Fact>()).Statement);
        Assert.Equal($"http://example.org/{example}", stance.Key);
    }

    [Fact]
    public async Task Read_FullExample_MapsCreatorDateTagsAndKeepsEveryOtherProperty()
    {
        var records = await ReadAsync("anno38", _ => { });

        var holder = Assert.Single(records.OfType<Entity>());
        Assert.Equal(("A. Person", EntityKind.Person), (holder.Label, holder.Kind));
        Assert.Equal(["url:http://example.org/user1"], holder.ExternalIds.Select(i => i.ToString()));
        Assert.Equal(["user1"], holder.Aliases.Select(a => a.Text));
        var stance = Assert.Single(records.OfType<Stance>());
        Assert.Equal(holder.Id, stance.HolderId);
        Assert.Equal(StancePosition.Neutral, stance.Position);
        Assert.Equal(StanceOrigin.Curated, stance.Origin);
        Assert.Equal("2015-10-13", stance.SaidAt.ToString());
        Assert.Equal("I really love this particular bit of text in this XML. No really.", Assert.Single(records.OfType<Fact>()).Statement);
        Assert.Equal(["url:http://example.com/document1"], Assert.Single(records.OfType<Source>()).Locators.Select(l => l.ToString()));
        Assert.Null(stance.Citation!.Start);
        Assert.StartsWith("""{"styleClass":"mystyle","state":[{"type":"HttpRequestState""", stance.Citation.Locator, StringComparison.Ordinal);
        Assert.Contains("""{"type":"TextPositionSelector","start":6,"end":27}""", stance.Citation.Locator, StringComparison.Ordinal);
        Assert.Equal(
            ["tag", "body", "body", "created", "generator", "generated", "stylesheet"],
            stance.Qualifiers.Select(q => q.Property));
        Assert.Equal("love", stance.Qualifiers[0].Value.Value);
        Assert.Equal("\"2015-10-13T13:00:00Z\"", stance.Qualifiers[3].Value.Value);
        Assert.Equal("""{"id":"http://example.org/stylesheet1","type":"CssStylesheet"}""", stance.Qualifiers[6].Value.Value);
    }

    [Fact]
    public async Task Read_HtmlBodyInFrench_StatementIsTheDecodedText()
    {
        var records = await ReadAsync("anno5", _ => { });

        Assert.Equal("j'adore !", Assert.Single(records.OfType<Fact>()).Statement);
        Assert.Equal("""{"format":"text/html","language":"fr"}""", Assert.Single(Assert.Single(records.OfType<Stance>()).Qualifiers, q => q.Property == "body").Value.Value);
    }

    [Theory]
    [InlineData("False", StancePosition.Refutes)]
    [InlineData("True", StancePosition.Supports)]
    [InlineData("Half true", StancePosition.Uncertain)]
    public async Task Read_AssessingAQuoteWithAVerdict_TheQuoteIsTheClaimAndTheVerdictThePosition(string verdict, StancePosition position)
    {
        var records = await ReadAsync("anno23", a => { a["motivation"] = "assessing"; a.Remove("body"); a["bodyValue"] = verdict; });

        Assert.Equal("anotation", Assert.Single(records.OfType<Fact>()).Statement);
        var stance = Assert.Single(records.OfType<Stance>());
        Assert.Equal((position, StanceOrigin.Importer), (stance.Position, stance.Origin));
        Assert.Equal(verdict, Assert.Single(stance.Qualifiers, q => q.Property == "verdict").Value.Value);
    }

    [Fact]
    public async Task Read_QuestioningWithoutAQuote_IsUncertainAndKeepsTheMotivation()
    {
        var records = await ReadAsync("anno42", a => a["motivation"] = "questioning");

        var stance = Assert.Single(records.OfType<Stance>());
        Assert.Equal(StancePosition.Uncertain, stance.Position);
        Assert.Null(stance.Citation);
        Assert.Equal("\"questioning\"", Assert.Single(stance.Qualifiers).Value.Value);
    }

    [Theory]
    [InlineData("""{"type":"AnnotationCollection","first":"http://example.org/page1"}""", "is only referenced, not embedded")]
    [InlineData("""{"type":"Person","name":"x"}""", "found type Person")]
    [InlineData("[]", "no annotation found")]
    [InlineData("""{"type":"Annotation","bodyValue":"x","target":{"source":"http://example.org/a","selector":{"type":"TextPositionSelector","start":5,"end":2}},"factstore:position":"maybe"}""", "its factstore:position 'maybe' is none of neutral, supports, refutes, uncertain")]
    [InlineData("""{"type":"Annotation","bodyValue":"x"}""", "it has no target")]
    [InlineData("{\"type\":\"Annotation\",\n\"bodyValue\":", "not valid JSON")]
    public async Task Read_BadInput_InvalidRecordExceptionSaysWhatIsWrong(string json, string error)
    {
        var e = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(ImportInput.FromBytes("bad.json", Encoding.UTF8.GetBytes(json))));

        Assert.Equal("bad.json", e.Input);
        Assert.Contains(error, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_PageWithNext_ReadsEveryEmbeddedPage()
    {
        const string json = """
            {"type":"AnnotationPage","items":[{"type":"Annotation","bodyValue":"one","target":"http://example.org/a"}],
             "next":{"type":"AnnotationPage","items":[{"type":"Annotation","bodyValue":"two","target":"urn:factstore:source:src_0123456789abcdef0123456789abcdef"}]}}
            """;

        var records = await ReadAsync(ImportInput.FromBytes("page.json", Encoding.UTF8.GetBytes(json)));

        Assert.Equal(["one", "two"], records.OfType<Fact>().Select(f => f.Statement));
        Assert.Equal("src_0123456789abcdef0123456789abcdef", records.OfType<Stance>().Last().SourceId);
        Assert.Single(records.OfType<Source>());
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "WebAnnotations", "Fixtures");

    private static async Task<List<StoreRecord>> ReadAsync(string example, Action<JsonObject> change)
    {
        var annotation = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, example + ".json")))!.AsObject();
        change(annotation);
        return await ReadAsync(ImportInput.FromBytes(example + ".json", Encoding.UTF8.GetBytes(annotation.ToJsonString())));
    }

    private static async Task<List<StoreRecord>> ReadAsync(ImportInput input)
    {
        var records = new List<StoreRecord>();
        await foreach (var item in new WebAnnotationImporter().ReadAsync(input, CancellationToken.None))
        {
            // A bad annotation comes as an invalid item, which the store turns into this error unless it skips bad records.
            records.Add(item.Record ?? throw new InvalidRecordException(item.Problem!, input.Name, item.Line));
        }

        return records;
    }
}
