using System.Text;

namespace FactStore.Citations;

/// <summary>
/// A source as a BibTeX entry (biblatex fields where BibTeX has none: <c>date</c>, <c>urldate</c>, <c>@online</c>), its
/// stances' quotes in <c>note</c>; the mapping is in <c>docs/citations.md</c>.
/// </summary>
internal static class BibTeX
{
    public static string Entry(Reference reference, IEnumerable<StanceEvidence> stances)
    {
        var text = new StringBuilder();
        text.Append('@').Append(reference.BibTeXType).Append('{').Append(reference.Key).Append(",\n");
        if (reference.Authors.Count > 0)
        {
            Field(text, "author", string.Join(" and ", reference.Authors.Select(Name)));
        }

        // Double braces keep the title's capitals (CSTO, Tokayev) from a style's case changes.
        Field(text, "title", "{" + Escape(reference.Title) + "}");
        if (reference.Publisher is string publisher)
        {
            var field = reference.BibTeXType switch
            {
                "article" => "journal",
                "online" => "organization",
                _ => "publisher",
            };
            Field(text, field, Escape(publisher));
        }

        if (reference.Issued is PartialDate issued)
        {
            Field(text, "year", CitationDates.BibTeXYear(issued));
            if (CitationDates.BibTeXMonth(issued) is string month)
            {
                text.Append("  month = ").Append(month).Append(",\n");
            }

            if (issued.Precision != DatePrecision.Year || issued.Qualifier != DateQualifier.None)
            {
                // biblatex reads the day, a span and "circa" (2019~) from its ISO 8601-2 date.
                Field(text, "date", CitationDates.Iso(issued));
            }
        }

        if (reference.Url is string url)
        {
            Field(text, "url", Url(url));
        }

        if (reference.Doi is string doi)
        {
            Field(text, "doi", Url(doi));
        }

        if (reference.Accessed is PartialDate { HasYear: true } accessed)
        {
            Field(text, "urldate", CitationDates.Iso(accessed));
        }

        var note = new List<string>();
        if (reference.DateRemark is string remark)
        {
            note.Add(char.ToUpperInvariant(remark[0]) + remark[1..] + ".");
        }

        if (reference.Url is null && reference.OtherLocator is string locator)
        {
            note.Add(locator + ".");
        }

        var quotes = stances.Where(ReferenceText.HasQuote).Select(s => ReferenceText.Quote(s, withHolder: true)).Distinct(StringComparer.Ordinal).ToList();
        if (quotes.Count > 0)
        {
            note.Add((quotes.Count == 1 ? "Quote: " : "Quotes: ") + string.Join("; ", quotes));
        }

        if (note.Count > 0)
        {
            Field(text, "note", Escape(string.Join(" ", note)));
        }

        return text.Append('}').ToString();
    }

    /// <summary>
    /// Text safe in a braced BibTeX value: <c>\ { } &amp; % $ # _ ~ ^</c> escaped as LaTeX writes them, line breaks
    /// flattened. Other characters stay UTF-8, as biber and a UTF-8 LaTeX read them.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in Reference.Flat(text))
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A name as BibTeX parses it: <c>von Last, Jr, First</c>; an organisation in braces, so that BibTeX takes it
    /// whole (<c>{CEPA}</c>, and an <c>and</c> inside it is not a second author).
    /// </summary>
    private static string Name(PersonName name) => name.Literal is string literal
        ? "{" + Escape(literal) + "}"
        : Escape(string.Join(", ", new[] { name.FamilyWithParticle, name.Suffix, name.Given }.OfType<string>()));

    /// <summary>A URL as biblatex reads its verbatim <c>url</c> field: only what would unbalance the braces is percent-encoded.</summary>
    private static string Url(string url) => url.Replace("\\", "%5C", StringComparison.Ordinal)
        .Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
