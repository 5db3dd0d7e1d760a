using FactStore.Text;

namespace FactStore.Citations;

/// <summary>
/// A source as a reference list reads it: its kind, authors, title, container or publisher, date, web address and
/// access date, decided once for every citation format (the mapping is in <c>docs/citations.md</c>).
/// </summary>
internal sealed class Reference
{
    /// <summary>What stands for a missing title, as APA describes an untitled work.</summary>
    public const string Untitled = "[Untitled]";

    private static readonly HashSet<string> KeyStopWords = new(StringComparer.Ordinal) { "a", "an", "the", "of", "on", "in", "at", "to", "and", "for" };

    private Reference(Source source)
    {
        Source = source;
    }

    public Source Source { get; }

    /// <summary>
    /// The citation key (CSL <c>id</c>, BibTeX key): ASCII, from the first author or the publisher, the year and the
    /// first word of the title, then six characters of the source id, so it is the same whatever else is cited.
    /// </summary>
    public string Key { get; private set; } = "";

    /// <summary>The CSL item type: <c>article-newspaper</c>, <c>webpage</c>, <c>article-journal</c>, <c>dataset</c>…</summary>
    public string CslType { get; private init; } = "";

    /// <summary>The BibTeX entry type: <c>article</c>, <c>online</c>, <c>book</c> or <c>misc</c>.</summary>
    public string BibTeXType { get; private init; } = "";

    /// <summary>The title, or <see cref="Untitled"/>.</summary>
    public string Title => Source.Title is string title ? Flat(title) : Untitled;

    public IReadOnlyList<PersonName> Authors { get; private init; } = [];

    public string? Publisher => Source.Publisher is string publisher ? Flat(publisher) : null;

    /// <summary>Whether the publisher is the periodical or website the item appears in (CSL <c>container-title</c>).</summary>
    public bool PublisherIsContainer => CslType is "article-newspaper" or "article-journal" or "webpage";

    /// <summary>The date of issue: the stated date when it is the publication date (or of unstated meaning) and has a year.</summary>
    public PartialDate? Issued { get; private init; }

    /// <summary>What a reader should know about a stated date that is not <see cref="Issued"/>: <c>page dated 30 April 2024</c>.</summary>
    public string? DateRemark { get; private init; }

    /// <summary>The web address: the first URL locator, else the DOI or Wikidata item as a URL.</summary>
    public string? Url { get; private init; }

    public string? Doi { get; private init; }

    /// <summary>The first locator when the source has no web address (<c>file:000_….txt</c>).</summary>
    public string? OtherLocator { get; private init; }

    /// <summary>When the source was consulted: <see cref="Source.Accessed"/>, else the day of <see cref="Source.RetrievedAt"/>.</summary>
    public PartialDate? Accessed { get; private init; }

    public static Reference Of(Source source)
    {
        var locators = source.Locators;
        var url = locators.FirstOrDefault(l => l.Scheme == "url");
        var doi = locators.FirstOrDefault(l => l.Scheme == "doi");
        var item = locators.FirstOrDefault(l => l.Scheme == "wikidata");
        var (issued, remark) = Dates(source);
        var authors = source.Authors.Select(PersonName.Parse).ToList();
        var (cslType, bibTeXType) = Types(source, locators);
        var reference = new Reference(source)
        {
            Authors = authors,
            CslType = cslType,
            BibTeXType = bibTeXType,
            Issued = issued,
            DateRemark = remark,
            Doi = doi.IsValid ? doi.Value : null,
            Url = url.IsValid ? url.Value : doi.IsValid ? "https://doi.org/" + doi.Value : item.IsValid ? "https://www.wikidata.org/wiki/" + item.Value : null,
            OtherLocator = url.IsValid || doi.IsValid || item.IsValid || locators.Count == 0 ? null : locators[0].ToString(),
            Accessed = source.Accessed ?? (source.RetrievedAt is DateTimeOffset retrieved ? CitationDates.Day(retrieved) : null),
        };
        reference.Key = reference.MakeKey();
        return reference;
    }

    /// <summary>Text on one line: runs of white space (line breaks included) become one space.</summary>
    public static string Flat(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\u00A0', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries));

    private static (PartialDate? Issued, string? Remark) Dates(Source source) => (source.StatedDate, source.StatedDateKind) switch
    {
        (null, _) => (null, null),
        (PartialDate date, StatedDateKind.PageDate) => (null, $"page dated {CitationDates.Text(date)}"),
        (PartialDate date, StatedDateKind.Contradicted) => (null, $"dated {CitationDates.Text(date)} on the page, which its content contradicts"),
        (PartialDate { HasYear: false } date, _) => (null, $"dated {CitationDates.Text(date)}"),
        (PartialDate date, _) => (date, null),
    };

    /// <summary>The kind of work, from what the source has: a DOI, an ISBN, a text and a publisher, a URL, a Wikidata reference.</summary>
    private static (string Csl, string BibTeX) Types(Source source, IReadOnlyList<ExternalId> locators)
    {
        bool Has(string scheme) => locators.Any(l => l.Scheme == scheme);

        // A text source read without its text keeps its content hash: it is still an article, not a page by reference.
        var hasText = source.ContentHash is not null;
        return true switch
        {
            _ when Has("doi") => ("article-journal", "article"),
            _ when Has("isbn") => ("book", "book"),
            _ when hasText && source.Publisher is not null => ("article-newspaper", "article"),
            _ when hasText => ("article", "misc"),
            _ when Has("url") => ("webpage", "online"),
            _ when Has("wikidata") || Has("wikidata-reference") => ("dataset", "misc"),
            _ => ("document", "misc"),
        };
    }

    private string MakeKey()
    {
        var name = KeyPart(Authors.Count > 0 ? Authors[0].FamilyWithParticle : Publisher ?? "");
        var word = Source.Title is null ? "" : Source.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(KeyPart).FirstOrDefault(w => w.Length > 1 && !KeyStopWords.Contains(w)) ?? "";
        var year = Issued is { Year: int y and >= 0 } ? y.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "";
        var id = KeyPart(Source.Id.StartsWith("src_", StringComparison.Ordinal) ? Source.Id[4..] : Source.Id);
        var stem = name + year + word;
        return (stem.Length > 0 ? stem : "source") + "-" + id[..Math.Min(6, id.Length)];
    }

    /// <summary>Lower-case ASCII letters and digits only, diacritics folded (Žomart → zomart), at most 20 characters.</summary>
    private static string KeyPart(string text)
    {
        var ascii = new string([.. TextFolding.FoldName(text).Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))]);
        return ascii.Length > 20 ? ascii[..20] : ascii;
    }
}
