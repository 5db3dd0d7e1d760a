using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.Jsonl;

/// <summary>A small store's worth of records that uses every record type, every value type and every field.</summary>
internal static class HistoryRecords
{
    public static Source Reference { get; } = new()
    {
        Locators = ["https://example.org/register/42", "doi:10.1000/xyz"],
        Title = "Register",
        Authors = ["A. Clerk", "B. Scribe"],
        StatedDate = PartialDate.Parse("2021-03"),
        StatedDateKind = StatedDateKind.Published,
        RetrievedAt = new DateTimeOffset(2024, 5, 2, 10, 30, 0, TimeSpan.Zero),
        Accessed = PartialDate.Parse("2024-05"),
        Language = "en",
    };

    public static Entity Metre { get; } = new()
    {
        Label = "metre",
        ExternalIds = ["wikidata:Q11573"],
        Descriptions = [LocalizedText.Create("SI unit of length", "en"), LocalizedText.Create("unité de longueur", "fr")],
        Aliases = [LocalizedText.Create("meter", "en")],
    };

    public static Fact Caesar { get; } = new()
    {
        SubjectId = TestRecords.Tokayev.Id,
        Predicate = "recalls",
        Object = FactObject.Date(PartialDate.Parse("-0043-03-15")),
        Statement = "A BCE date.",
        Validity = ValidityInterval.PointInTime(PartialDate.Parse("2019-06-09")),
        Qualifiers =
        [
            new Qualifier { Property = "P580", Value = FactObject.Date(PartialDate.Parse("1700-02-01[u-ca=julian]")) },
            new Qualifier { Property = "P1545", Value = FactObject.Entity(TestRecords.Csto.Id) },
            new Qualifier { Property = "P2044", Value = FactObject.Quantity("1.5", Metre.Id, "1.4", "1.6") },
        ],
        StatementKey = "Q1$abc",
    };

    public static IEnumerable<Fact> Values()
    {
        FactObject[] values =
        [
            FactObject.Literal("12", LiteralType.Number), FactObject.Literal("3.5", LiteralType.Percent), FactObject.Literal("USD 5", LiteralType.Money),
            FactObject.Quantity("-12", Metre.Id), FactObject.Coordinates(52.02, 8.53, 0.001, ExternalId.Parse("wikidata:Q2")),
            FactObject.MonolingualText("Bielefeld", "de"), FactObject.Literal("https://example.org", LiteralType.Url),
            FactObject.Literal("isni:0000", LiteralType.ExternalId), FactObject.UnknownValue(), FactObject.NoValue(), FactObject.Entity(TestRecords.Csto.Id),
        ];
        return values.Select((value, i) => new Fact
        {
            SubjectId = TestRecords.Tokayev.Id,
            Predicate = "P" + i,
            Object = value,
            Statement = $"Value {i}.",
            Validity = ValidityInterval.Between(PartialDate.Parse("199X~"), null),
        });
    }

    public static Fact Claim { get; } = new() { Statement = "Kazakhstan left the CSTO.", Validity = ValidityInterval.Until(PartialDate.Parse("2022-01")) };

    public static IEnumerable<StoreRecord> First() =>
    [
        TestRecords.Article, Reference, TestRecords.Tokayev, TestRecords.Csto, Metre, TestRecords.Presides(from: "2018"), Caesar, Claim, .. Values(),
        TestRecords.Says(TestRecords.Presides(from: "2018"), "there is no need to constantly raise alarms") with
        {
            HolderId = TestRecords.Tokayev.Id,
            SaidAt = PartialDate.Parse("2022-11-23"),
            Origin = StanceOrigin.Model,
            Confidence = 0.75,
        },
        new Stance
        {
            FactId = Caesar.Id,
            SourceId = Reference.Id,
            Position = StancePosition.Refutes,
            Rank = StatementRank.Deprecated,
            Key = "ref-1",
            Qualifiers = [new Qualifier { Property = "P813", Value = FactObject.Date(PartialDate.Parse("2024-05-02")) }],
        },
        new Stance
        {
            FactId = Claim.Id,
            SourceId = Reference.Id,
            Position = StancePosition.Uncertain,
            Citation = new Citation { Locator = "p. 12" },
            Origin = StanceOrigin.Importer,
        },
    ];

    /// <summary>A correction of a fact and of a stance, and a retraction.</summary>
    public static async Task<IEnumerable<StoreRecord>> CorrectionsAsync(TestStore test)
    {
        var original = TestRecords.Presides(from: "2018");
        var stance = await test.StoredAsync(TestRecords.Says(original, "there is no need to constantly raise alarms") with
        {
            HolderId = TestRecords.Tokayev.Id,
            Origin = StanceOrigin.Model,
        });
        return
        [
            TestRecords.Presides(from: "2019") with { Supersedes = original.Id },
            TestRecords.Says(original, "The CSTO summit ended", StancePosition.Neutral) with { Supersedes = stance.Id, Citation = new Citation { Quote = "CSTO summit", Prefix = "The ", Suffix = " ended" } },
            new Retraction { TargetId = Claim.Id, Reason = "Not what the register says." },
        ];
    }
}
