using System.Globalization;
using System.Text.RegularExpressions;

namespace FactStore.Importers;

/// <summary>The heuristics that read an article's metadata out of its plain text.</summary>
internal sealed class ArticleText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.ExplicitCapture;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>A "Source: X" line; the last one counts (earlier ones tend to be photo credits).</summary>
    private static readonly Regex SourceLine = new(@"^Source:\s*(?<p>\S.*?)\s*$", Options);

    /// <summary>A news-agency dateline at the start of the article: "Minsk (AsiaNews) - ".</summary>
    private static readonly Regex Dateline = new(@"^[\p{L} ]+\((?<p>\p{Lu}[\p{L}\d.]+)\)\s+[-–—]", Options);

    /// <summary>Phrases in which a site names itself.</summary>
    private static readonly Regex[] SelfReferences =
    [
        new(@"\bFollow (?<p>\S+\.\p{L}{2,}) social media accounts", Options),
        new(@"\bJournalists of (?<p>\S+\.\p{L}{2,})\b", Options),
        new(@"\bThe experts (?<p>\S+\.\p{L}{2,}) interviewed", Options),
    ];

    private static readonly Regex HeaderDate = new(
        @"^(?<d>\d{1,2})\s+(?<m>\p{L}+)\s+(?<y>\d{4}),\s*\p{L}+,\s*\d{1,2}:\d{2}\s*$", Options);

    private static readonly Regex NumericDate = new(@"^(?<a>[0-9]{2})/(?<b>[0-9]{2})/(?<y>[0-9]{4})(\s+[0-9]{1,2}:[0-9]{2})?\s*$", Options);

    private static readonly Regex Year = new(@"\b(?<y>(19|20)[0-9]{2})\b", Options);

    private static readonly HashSet<string> EnglishWords = ["the", "and", "of", "to", "in", "is", "that", "with", "for", "was"];

    private readonly string _text;
    private readonly string[] _lines;
    private readonly int _currentYear;

    public ArticleText(string text, int currentYear)
    {
        _text = text;
        _currentYear = currentYear;
        _lines = text.Split('\n').Select(l => l.Replace('\u00A0', ' ').Trim()).Where(l => l.Length > 0).ToArray();
    }

    /// <summary>A line repeated near the top (a headline shown twice), else a short first line that is not a sentence.</summary>
    public string? Title()
    {
        var head = _lines.Take(20).ToList();
        var repeated = head.FirstOrDefault(l => WordCount(l) >= 3 && !IsDate(l) && head.Count(h => h == l) > 1);
        if (repeated is not null)
        {
            return repeated;
        }

        var first = _lines.FirstOrDefault();
        return first is not null && first.Length <= 200 && WordCount(first) >= 3 && !first.EndsWith('.') && !IsDate(first) ? first : null;
    }

    public string? Publisher()
    {
        var sourceLine = SourceLine.Matches(_text).LastOrDefault();
        var dateline = _lines.Take(5).Select(l => Dateline.Match(l)).FirstOrDefault(m => m.Success);
        var selfReference = SelfReferences.Select(p => p.Match(_text)).FirstOrDefault(m => m.Success);
        return (sourceLine ?? dateline ?? selfReference)?.Groups["p"].Value.TrimEnd('.');
    }

    public (PartialDate? Date, StatedDateKind Kind) StatedDate()
    {
        foreach (var line in _lines.Take(3).Concat(_lines.TakeLast(3)))
        {
            if (HeaderDate.Match(line) is { Success: true } header && MonthNumber(header.Groups["m"].Value) is int month &&
                TryDate(Number(header, "y"), month, Number(header, "d")) is PartialDate onPage)
            {
                return (onPage, Classify(onPage, StatedDateKind.PageDate));
            }

            if (NumericDate.Match(line) is { Success: true } numeric)
            {
                var (a, b, y) = (Number(numeric, "a"), Number(numeric, "b"), Number(numeric, "y"));
                var stamped = a <= 12 && b <= 12 && a != b
                    ? PartialDate.FromYear(y)
                    : TryDate(y, Math.Min(a, b), Math.Max(a, b)) ?? PartialDate.FromYear(y);
                return (stamped, Classify(stamped, StatedDateKind.Published));
            }
        }

        return (null, StatedDateKind.Unknown);
    }

    public bool LooksEnglish()
    {
        var words = _text.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Take(500).ToList();
        return words.Count > 0 && words.Count(w => EnglishWords.Contains(w.ToLowerInvariant())) * 10 >= words.Count;
    }

    /// <summary>
    /// A date earlier than the latest past year the article mentions is contradicted by its own content. Years after
    /// the import (plans, forecasts: "by 2030") say nothing about when the article was written.
    /// </summary>
    private StatedDateKind Classify(PartialDate date, StatedDateKind kind)
    {
        var latestMentioned = Year.Matches(_text).Select(m => Number(m, "y")).Where(y => y <= _currentYear).DefaultIfEmpty(0).Max();
        return latestMentioned > date.Latest!.Value.Year ? StatedDateKind.Contradicted : kind;
    }

    private static bool IsDate(string line) => HeaderDate.IsMatch(line) || NumericDate.IsMatch(line);

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? MonthNumber(string name)
    {
        var index = Array.FindIndex(MonthNames, m => m.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    private static PartialDate? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? PartialDate.FromDate(new DateOnly(year, month, day))
            : null;
}
