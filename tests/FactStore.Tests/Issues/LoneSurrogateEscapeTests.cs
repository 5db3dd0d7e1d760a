using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// Issue 13, defect 5: a lone surrogate escape in a JSON string (<c>"\ud800"</c>) threw a raw
/// <see cref="InvalidOperationException"/> from <c>JsonElement.GetString</c>. Every JSON importer now reports it as
/// the typed import error naming the input and the line the string is on.
/// </summary>
public class LoneSurrogateEscapeTests
{
    private const string Lone = "\\ud800";

    public static TheoryData<string, string, string, int> Inputs() => new()
    {
        {
            "wikidata", "dump.json",
            "[\n" + """{"id":"Q1","type":"item","labels":{"en":{"language":"en","value":"Universe"}}},""" + "\n"
                + """{"id":"Q2","type":"item","labels":{"en":{"language":"en","value":"Earth LONE"}}}""" + "\n]\n",
            3
        },
        {
            "wikidata", "entity.json",
            "{\n  \"id\": \"Q2\",\n  \"type\": \"item\",\n" + """  "labels": {"en": {"language": "en", "value": "LONE"}}""" + "\n}\n",
            1
        },
        {
            "claimreview", "review.json",
            "{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"ClaimReview\",\n  \"url\": \"https://factdesk.example/a\",\n"
                + "  \"claimReviewed\": \"Energy bills will double LONE.\",\n"
                + "  \"author\": {\"@type\": \"Organization\", \"name\": \"Fact Desk\"},\n  \"reviewRating\": {\"@type\": \"Rating\", \"alternateName\": \"False\"}\n}\n",
            1
        },
        {
            "jsonl", "records.jsonl",
            """{"type":"entity","label":"CSTO","kind":"organization"}""" + "\n" + """{"type":"entity","label":"Minsk LONE","kind":"place"}""" + "\n",
            2
        },
        {
            "annotations-jsonl", "annotations.jsonl",
            """{"type":"entity","key":"a","label":"A"}""" + "\n" + """{"type":"entity","key":"b","label":"B LONE"}""" + "\n",
            2
        },
        {
            "web-annotation", "annotation.json",
            "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n  \"id\": \"http://example.org/anno5\",\n  \"type\": \"Annotation\",\n"
                + "  \"bodyValue\": \"I disagree LONE\",\n  \"target\": \"http://example.org/page1\"\n}\n",
            1
        },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Import_LoneSurrogateEscape_IsATypedErrorNamingTheInputAndLine(string importer, string name, string json, int line)
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync(importer, ImportInput.FromBytes(name, Encoding.UTF8.GetBytes(json.Replace("LONE", Lone, StringComparison.Ordinal)))));

        Assert.Equal(name, error.Input);
        Assert.True(error.Line >= line, $"line {error.Line}: {error.Message}");
        Assert.Contains("surrogate", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(InvalidOperationException), error.Message, StringComparison.Ordinal);
    }
}
