using System.Text;
using FactStore.Importers;

namespace FactStore.Tests.Importers;

public class AnnotationFileImporterTests
{
    [Theory]
    [InlineData("""{"type":"entity","key":"a","label":"A","kind":"planet"}""", "\"kind\" is 'planet'")]
    [InlineData("""{"type":"entity","key":"a","label":"A","kind":"person,organization"}""", "\"kind\" is 'person,organization'")]
    [InlineData("""{"type":"entity","key":"a","label":"A","kind":"3"}""", "\"kind\" is '3'")]
    [InlineData("""{"type":"entity","key":"a","label":"A","qoute":"x"}""", "unknown field \"qoute\"")]
    [InlineData("""{"type":"fact","key":"f","subject":"a","predicate":"p","objectValue":"v","statement":"S.","validAt":"2022-02-30"}""", "'2022-02-30' is not a partial date")]
    [InlineData("""{"type":"fact","key":"f","subject":"nobody","predicate":"p","objectValue":"v","statement":"S."}""", "no entity with key \"nobody\"")]
    [InlineData("""{"type":"entity","key":"a","label":"A"} trailing""", "line 2")]
    [InlineData("""{"type":"opinion"}""", "unknown type 'opinion'")]
    [InlineData("""[1,2]""", "must be a JSON object")]
    [InlineData("""{"type":"entity","key":"a"}""", "has no \"label\"")]
    public async Task Read_BadLine_NamesTheLineAndTheProblem(string badLine, string expected)
    {
        var text = "# comment\n" + badLine + "\n";

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAllAsync(text));

        Assert.Equal(2, error.Line);
        Assert.Equal("a.jsonl", error.Input);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FactWithBothObjectKinds_IsRefused()
    {
        var text = """
            {"type":"entity","key":"a","label":"A"}
            {"type":"fact","key":"f","subject":"a","predicate":"p","objectValue":"v","objectEntity":"a","statement":"S."}
            """;

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAllAsync(text));

        Assert.Contains("exactly one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ValidAtAndPartialDates_BecomeTheValidity()
    {
        var text = """
            {"type":"entity","key":"a","label":"A","aliases":["Ay"]}
            {"type":"fact","key":"f","subject":"a","predicate":"met_in","objectValue":"Minsk","statement":"A met in Minsk.","validAt":"XXXX-11-23"}
            {"type":"fact","key":"g","subject":"a","predicate":"member_of","objectEntity":"a","statement":"A.","validFrom":"2002"}
            """;

        var records = await ReadAllAsync(text);

        var facts = records.OfType<Fact>().ToList();
        Assert.Equal("XXXX-11-23/XXXX-11-23", facts[0].Validity.ToString());
        Assert.Equal("2002/..", facts[1].Validity.ToString());
        Assert.Equal(["Ay"], records.OfType<Entity>().Single().Aliases);
    }

    private static async Task<List<StoreRecord>> ReadAllAsync(string text)
    {
        var records = new List<StoreRecord>();
        await foreach (var item in new AnnotationFileImporter().ReadAsync(ImportInput.FromBytes("a.jsonl", Encoding.UTF8.GetBytes(text)), CancellationToken.None))
        {
            records.Add(item.Record);
        }

        return records;
    }
}
