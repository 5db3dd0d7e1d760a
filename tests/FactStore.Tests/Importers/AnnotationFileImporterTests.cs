using System.Text;
using FactStore.Importers;
using FactStore.Tests.Support;

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
    [InlineData("""{"type":"entity","key":"a","label":"A"} trailing""", "not valid JSON at column 41")]
    [InlineData("""{"type":"entity","key":"a","label":"A","type":"fact"}""", "not valid JSON")]
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

    [Fact]
    public async Task Import_StanceCorrectionsAndRetractions_AreRecordedAndApplied()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("004")));
        using var folder = new AnnotationFolder(Seeds.Article("004"), """
            {"type":"entity","key":"csto","label":"CSTO","kind":"organization"}
            {"type":"fact","key":"failing","subject":"csto","predicate":"is_failing","objectValue":"true","statement":"The CSTO is failing."}
            {"type":"stance","key":"s1","fact":"failing","source":"004_0802b8e502e47f02.txt","position":"refutes","quote":"With CSTO failing"}
            {"type":"stance","key":"s2","fact":"failing","source":"004_0802b8e502e47f02.txt","position":"supports","quote":"With CSTO failing","supersedes":"s1"}
            {"type":"stance","key":"s3","fact":"failing","source":"004_0802b8e502e47f02.txt","position":"neutral","quote":"CSTO is now very visibly fraying"}
            {"type":"retraction","stance":"s3","reason":"Not about failing."}
            """);

        var result = await test.Store.ImportAsync("annotations-jsonl", ImportInput.FromFile(folder.AnnotationFile));

        Assert.Equal(3, result.StancesAdded);
        Assert.Equal(1, result.RetractionsAdded);
        var fact = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "CSTO" }));
        var stance = Assert.Single((await test.Store.GetEvidenceAsync(fact.Id))!.Stances);
        Assert.Equal(StancePosition.Supports, stance.Stance.Position);
        Assert.NotNull(stance.Stance.Supersedes);
    }

    [Fact]
    public async Task Read_RetractionOfBothAFactAndAStance_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAllAsync("""{"type":"retraction","fact":"f","stance":"s","reason":"r"}"""));

        Assert.Contains("exactly one of \"fact\" and \"stance\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_InvalidUtf8_NamesTheLineOfTheBadByte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"type\":\"entity\",\"key\":\"a\",\"label\":\"A\"}\n# a comment\n{\"type\":\"entity\",\"key\":\"b\",\"label\":\"B"), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n")];

        var error = await Assert.ThrowsAsync<InvalidRecordException>(async () =>
        {
            await foreach (var _ in new AnnotationFileImporter().ReadAsync(ImportInput.FromBytes("a.jsonl", bytes), CancellationToken.None))
            {
            }
        });

        Assert.Equal(("a.jsonl", 3), (error.Input, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<byte[], string> BadTextWithByteOrderMark => new()
    {
        // A lone high surrogate (D800) before the closing quote of line 3.
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(GoodLines + "{\"type\":\"entity\",\"key\":\"b\",\"label\":\"B"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\"}\n")], "not valid UTF-16 (little-endian)" },
        { [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(GoodLines + "{\"type\":\"entity\",\"key\":\"b\",\"label\":\"B"), 0xD8, 0x00, .. Encoding.BigEndianUnicode.GetBytes("\"}\n")], "not valid UTF-16 (big-endian)" },
        { [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(GoodLines + "{\"type\":\"entity\",\"key\":\"b\",\"label\":\"B"), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n")], "not valid UTF-8" },
    };

    private const string GoodLines = "{\"type\":\"entity\",\"key\":\"a\",\"label\":\"A\"}\n# a comment\n";

    [Theory]
    [MemberData(nameof(BadTextWithByteOrderMark))]
    public async Task Read_BadTextAfterAByteOrderMark_IsRefusedWithTheLineOfTheBadBytes(byte[] bytes, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(async () =>
        {
            await foreach (var _ in new AnnotationFileImporter().ReadAsync(ImportInput.FromBytes("a.jsonl", bytes), CancellationToken.None))
            {
            }
        });

        Assert.Equal(("a.jsonl", 3), (error.Input, error.Line));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Utf16WithByteOrderMark_ReadsEveryLine()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(GoodLines + "{\"type\":\"entity\",\"key\":\"b\",\"label\":\"Bü😀\"}\n")];
        var labels = new List<string>();
        await foreach (var item in new AnnotationFileImporter().ReadAsync(ImportInput.FromBytes("a.jsonl", bytes), CancellationToken.None))
        {
            labels.Add(Assert.IsType<Entity>(item.Record).Label);
        }

        Assert.Equal(["A", "Bü😀"], labels);
    }

    private static async Task<List<StoreRecord>> ReadAllAsync(string text)
    {
        var records = new List<StoreRecord>();
        await foreach (var item in new AnnotationFileImporter().ReadAsync(ImportInput.FromBytes("a.jsonl", Encoding.UTF8.GetBytes(text)), CancellationToken.None))
        {
            // A bad line comes as an invalid item, which the store turns into this error unless it skips bad records.
            records.Add(item.Record ?? throw new InvalidRecordException(item.Problem!, "a.jsonl", item.Line));
        }

        return records;
    }
}
