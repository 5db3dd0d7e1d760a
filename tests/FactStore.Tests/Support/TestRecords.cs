using System.Globalization;

namespace FactStore.Tests.Support;

/// <summary>Small, valid records for store tests.</summary>
internal static class TestRecords
{
    public const string ArticleText =
        "Minsk (AsiaNews) - President Tokaev said: \u201Cthere is no need to constantly raise alarms\u201D.\nThe CSTO\u00A0summit ended on November 23.";

    public static Source Article { get; } = new() { Text = ArticleText, Title = "Summit", Publisher = "AsiaNews", Locators = ["summit.txt"] };

    public static Entity Tokayev { get; } = new()
    {
        Label = "Kassym-Jomart Tokayev",
        Kind = EntityKind.Person,
        Aliases = ["Tokayev", "Tokaev", "Kasym-Žomart Tokaev"],
    };

    public static Entity Csto { get; } = new() { Label = "CSTO", Kind = EntityKind.Organization };

    public static Fact Presides(string from = "2019", string? to = null) => new()
    {
        SubjectId = Tokayev.Id,
        Predicate = "holds_office",
        Object = FactObject.Literal("President of Kazakhstan"),
        Statement = "Tokayev is President of Kazakhstan.",
        Validity = ValidityInterval.Between(PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to)),
    };

    public static Stance Says(Fact fact, string quote, StancePosition position = StancePosition.Supports) => new()
    {
        FactId = fact.Id,
        SourceId = Article.Id,
        Position = position,
        Citation = new Citation { Quote = quote },
    };
}
