using System.Text;

namespace FactStore.Citations;

/// <summary>
/// A reference as one line for a reader, in the order of a reference list entry: authors (or the publisher), title,
/// publisher, date at its precision, web address or other locator, access date; and a stance's quote.
/// </summary>
internal static class ReferenceText
{
    /// <summary>What stands for the quote of a stance that cites its source as a whole.</summary>
    public const string WholeSource = "cited as a whole";

    public static string Plain(Reference reference) => string.Concat(Segments(reference).Select(s => s.Text));

    /// <summary>The reference with Markdown escaped, its web address an autolink when it can be one.</summary>
    public static string Markdown(Reference reference) => string.Concat(Segments(reference).Select(s =>
        s.IsUrl && !s.Text.Any(c => c is '<' or '>' or ' ' || char.IsControl(c)) ? $"<{s.Text}>" : MarkdownEscape.Text(s.Text)));

    /// <summary>
    /// The stance's evidence: <c>“quote”</c>, its locator in parentheses when it has one for readers, or
    /// <see cref="WholeSource"/>; after the holder's name when a person or body quoted in the source holds it.
    /// </summary>
    public static string Quote(StanceEvidence stance, bool withHolder)
    {
        var citation = stance.Stance.Citation;
        var quote = citation?.Quote is string q ? $"“{Reference.Flat(q)}”" : null;

        // A locator in braces is a Web Annotation selector kept as JSON: for machines, not for a reference.
        var locator = citation?.Locator is string l && !l.StartsWith('{') ? Reference.Flat(l) : null;
        var text = (quote, locator) switch
        {
            (not null, not null) => $"{quote} ({locator})",
            (not null, null) => quote,
            (null, not null) => $"({locator})",
            _ => WholeSource,
        };
        return withHolder && stance.Holder is Entity holder ? $"{Reference.Flat(holder.Label)}: {text}" : text;
    }

    /// <summary>Whether the stance quotes its source or names a place in it, rather than citing it as a whole.</summary>
    public static bool HasQuote(StanceEvidence stance) => Quote(stance, withHolder: false) != WholeSource;

    /// <summary>The text with its first letter capitalized, to start a sentence or a line.</summary>
    public static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>Names for a reader: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    public static string Names(IReadOnlyList<PersonName> names) => names.Count switch
    {
        1 => names[0].Natural,
        _ => string.Join(", ", names.Take(names.Count - 1).Select(n => n.Natural)) + " and " + names[^1].Natural,
    };

    private static List<(string Text, bool IsUrl)> Segments(Reference reference)
    {
        var segments = new List<(string, bool)>();
        var text = new StringBuilder();
        var who = reference.Authors.Count > 0 ? Names(reference.Authors) : reference.Publisher;
        if (who is not null)
        {
            text.Append(Sentence(who)).Append(' ');
        }

        text.Append(reference.Source.Title is null ? Reference.Untitled + "." : $"“{Sentence(reference.Title.Replace('“', '‘').Replace('”', '’'))}”").Append(' ');
        if (reference.Authors.Count > 0 && reference.Publisher is string publisher)
        {
            text.Append(publisher).Append(", ");
        }

        text.Append(reference.Issued is PartialDate issued ? CitationDates.Text(issued) : "n.d.");
        if (reference.DateRemark is string remark)
        {
            text.Append(" (").Append(remark).Append(')');
        }

        text.Append(text[^1] == '.' ? " " : ". ");
        if (reference.Url is string url)
        {
            segments.Add((text.ToString(), false));
            segments.Add((url, true));
            text.Clear().Append(". ");
        }
        else if (reference.OtherLocator is string locator)
        {
            text.Append(locator).Append(". ");
        }

        if (reference.Accessed is PartialDate accessed)
        {
            text.Append("Accessed ").Append(CitationDates.Text(accessed)).Append(". ");
        }

        segments.Add((text.ToString().TrimEnd(), false));
        return segments;
    }

    /// <summary>The text ending as a sentence: a full stop added unless it ends with one, a question or an exclamation mark.</summary>
    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
}
