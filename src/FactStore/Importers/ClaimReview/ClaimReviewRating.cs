using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactStore.Text;

namespace FactStore.Importers.ClaimReview;

/// <summary>
/// A ClaimReview's <c>reviewRating</c>: the reviewer's position it implies, and the rating kept as stance qualifiers.
/// </summary>
/// <remarks>
/// The position is read from the rating's name (<c>alternateName</c>, else <c>name</c>) when it clearly says so
/// (case and diacritics folded, whole words): first the words of an open verdict (half true, partly, mixed, unproven,
/// needs context…) make it <see cref="StancePosition.Uncertain"/>; then the words of a false one (false, fake,
/// incorrect, pants on fire, fabricated, misleading…) <see cref="StancePosition.Refutes"/>; then those of a true one
/// (true, correct, accurate…) <see cref="StancePosition.Supports"/>; with French, Spanish, Portuguese and German
/// equivalents. The order lets "partly false" be open and "incorrect" or "not true" be false. Otherwise a numeric
/// <c>ratingValue</c> is placed between <c>worstRating</c> and <c>bestRating</c> (schema.org's defaults 1 and 5 when
/// they are missing): the bottom third, bound included, refutes, the top third supports, the middle is uncertain.
/// Otherwise the position is <see cref="StancePosition.Neutral"/>.
/// </remarks>
internal static partial class ClaimReviewRating
{
    /// <summary>The rating's properties kept as qualifiers, in this order, under their schema.org names.</summary>
    private static readonly string[] Kept = ["ratingValue", "bestRating", "worstRating", "alternateName", "name", "ratingExplanation"];

    public static StancePosition Position(JsonLd jsonLd, JsonElement? rating)
    {
        if (rating is not JsonElement node)
        {
            return StancePosition.Neutral;
        }

        if (jsonLd.FirstText(node, "alternateName", "name") is string verdict && FromWords(verdict) is StancePosition worded)
        {
            return worded;
        }

        if (Number(jsonLd.Text(node, "ratingValue")) is decimal value)
        {
            var best = Number(jsonLd.Text(node, "bestRating")) ?? 5;
            var worst = Number(jsonLd.Text(node, "worstRating")) ?? 1;
            if (best != worst && value >= Math.Min(best, worst) && value <= Math.Max(best, worst))
            {
                var share = (value - worst) / (best - worst);
                return share <= 1m / 3 ? StancePosition.Refutes : share >= 2m / 3 ? StancePosition.Supports : StancePosition.Uncertain;
            }
        }

        return StancePosition.Neutral;
    }

    /// <summary>The position a verdict's words clearly state, or null.</summary>
    public static StancePosition? FromWords(string verdict)
    {
        var folded = TextFolding.FoldName(verdict);
        return OpenWords().IsMatch(folded) ? StancePosition.Uncertain
            : FalseWords().IsMatch(folded) ? StancePosition.Refutes
            : TrueWords().IsMatch(folded) ? StancePosition.Supports
            : null;
    }

    /// <summary>The rating's values as qualifiers: numbers as quantities, anything else as text; nothing dropped.</summary>
    public static IReadOnlyList<Qualifier> Qualifiers(JsonLd jsonLd, JsonElement? rating)
    {
        if (rating is not JsonElement node)
        {
            return [];
        }

        var qualifiers = new List<Qualifier>();
        foreach (var property in Kept)
        {
            if (jsonLd.Text(node, property) is not string text)
            {
                continue;
            }

            var isNumber = property is "ratingValue" or "bestRating" or "worstRating" && DecimalText().IsMatch(text);
            qualifiers.Add(new Qualifier { Property = property, Value = isNumber ? FactObject.Quantity(text) : FactObject.Literal(text) });
        }

        return qualifiers;
    }

    private static decimal? Number(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex DecimalText();

    [GeneratedRegex(@"\b(half[ -]?true|partly|partially|part true|mixed|mixture|unproven|unverified|needs? context|missing context|lacks? context|unclear|partiellement|en partie|a nuancer|manque de contexte|parcialmente|sin contexto|impreciso|teilweise|fehlender kontext|unbelegt|ungewiss|meio verdade)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpenWords();

    [GeneratedRegex(@"\b(false|fake|incorrect|inaccurate|untrue|not true|not correct|wrong|pants on fire|fabricated|misleading|hoax|faux|fausse|trompeur|trompeuse|falso|falsa|enganoso|enganosa|bulo|falsch|irrefuhrend|erfunden)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FalseWords();

    [GeneratedRegex(@"\b(true|correct|accurate|vrai|vraie|exact|verdadero|verdadera|verdadeiro|verdadeira|cierto|richtig|wahr|zutreffend)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrueWords();
}
