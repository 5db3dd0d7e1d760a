using CsCheck;

namespace FactStore.Tests.Fuzzing;

/// <summary><see cref="AnchoringText.Locate"/>, the anchoring importer authors call, on any text and quote.</summary>
public class QuoteAnchoringFuzzTests
{
    private static readonly string[] Words = ["the", "CSTO", "summit", "Tokayev", "said", "“no", "need”", "—", "Minsk", "23", "Žomart", "e\u0301te", "😀", "it’s", "a-b", "x"];

    private static readonly Gen<string> Separator = Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const("\u00A0"), Gen.Const(", "), Gen.Const(". "));

    /// <summary>A text of words and separators, and word-boundary offsets into it.</summary>
    private static readonly Gen<(string Text, int[] Starts, int[] Ends)> Texts =
        Gen.Select(Gen.Int[0, Words.Length - 1], Separator).Array[1, 30].Select(parts =>
        {
            var text = new System.Text.StringBuilder();
            var starts = new List<int>();
            var ends = new List<int>();
            foreach (var (word, separator) in parts)
            {
                starts.Add(text.Length);
                text.Append(Words[word]);
                ends.Add(text.Length);
                text.Append(separator);
            }

            return (text.ToString(), starts.ToArray(), ends.ToArray());
        });

    [Fact]
    public void Locate_AnyWordSpanWithItsStart_FindsOffsetsWhoseTextIsTheQuote() =>
        Gen.Select(Texts, Gen.Int, Gen.Int).Sample((t, a, b) =>
        {
            var first = (a & int.MaxValue) % t.Starts.Length;
            var last = first + ((b & int.MaxValue) % (t.Starts.Length - first));
            var (start, end) = (t.Starts[first], t.Ends[last]);
            var quote = t.Text[start..end];

            var anchoring = new AnchoringText(t.Text).Locate(quote, startHint: start);

            Assert.True(anchoring.IsFound, anchoring.Reason);
            Assert.Equal(quote, t.Text[anchoring.Start..anchoring.End]);
            Assert.Equal(start, anchoring.Start);
            Assert.Equal(CitationAnchor.Exact, anchoring.Anchor);
        }, iter: FuzzScale.Of(1000));

    [Fact]
    public void Locate_AnyWordSpanWithoutHints_FindsItOrSaysItIsAmbiguous() =>
        Gen.Select(Texts, Gen.Int, Gen.Int).Sample((t, a, b) =>
        {
            var first = (a & int.MaxValue) % t.Starts.Length;
            var last = first + ((b & int.MaxValue) % (t.Starts.Length - first));
            var quote = t.Text[t.Starts[first]..t.Ends[last]];

            var anchoring = new AnchoringText(t.Text).Locate(quote);

            if (anchoring.IsFound)
            {
                Assert.Equal(Fold(quote), Fold(t.Text[anchoring.Start..anchoring.End]));
            }
            else
            {
                Assert.Equal(AnchoringFailure.Ambiguous, anchoring.Failure);
                Assert.Contains(t.Starts[first], anchoring.CandidateStarts);
            }
        }, iter: FuzzScale.Of(1000));

    [Fact]
    public void Locate_RepeatedQuote_PrefixOrSuffixChoosesTheOccurrence() =>
        Gen.Select(Texts, Gen.Bool, Gen.Bool).Sample((t, second, bySuffix) =>
        {
            var quote = t.Text.Trim();
            if (!char.IsLetterOrDigit(quote[0]) || !char.IsLetterOrDigit(quote[^1]))
            {
                return;
            }

            var text = $"alpha {quote} beta gamma {quote} delta";
            var expected = second ? text.LastIndexOf(quote, StringComparison.Ordinal) : "alpha ".Length;
            var (prefix, suffix) = bySuffix ? ((string?)null, second ? " delta" : " beta") : (second ? "gamma " : "alpha ", (string?)null);

            var anchoring = new AnchoringText(text).Locate(quote, prefix: prefix, suffix: suffix);

            Assert.True(anchoring.IsFound, anchoring.Reason);
            Assert.Equal(expected, anchoring.Start);
            Assert.Equal(quote, text[anchoring.Start..anchoring.End]);
        }, iter: FuzzScale.Of(500));

    [Fact]
    public void Locate_AnyTextAndQuote_NeverThrows() =>
        Gen.Select(TextGens.Arbitrary, TextGens.Arbitrary, Gen.Frequency((1, Gen.Const((int?)null)), (2, Gen.Int[-5, 200].Select(i => (int?)i))), TextGens.Arbitrary.Null(), TextGens.Arbitrary.Null()).Sample((text, quote, start, prefix, suffix) =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var anchoring = new AnchoringText(text).Locate(quote, start, prefix, suffix);
            if (anchoring.IsFound)
            {
                Assert.InRange(anchoring.Start, 0, anchoring.End);
                Assert.InRange(anchoring.End, anchoring.Start, text.Length);
            }
        }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Locate_QuoteTakenFromAnyText_NeverThrowsAndFindsItsOwnText() =>
        Gen.Select(TextGens.Arbitrary, Gen.Int, Gen.Int).Sample((text, a, b) =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var start = (a & int.MaxValue) % text.Length;
            var end = start + 1 + ((b & int.MaxValue) % (text.Length - start));
            var anchoring = new AnchoringText(text).Locate(text[start..end], startHint: start);
            if (anchoring.IsFound)
            {
                Assert.Equal(Fold(text[start..end]), Fold(text[anchoring.Start..anchoring.End]));
            }
        }, iter: FuzzScale.Of(3000));

    private static string Fold(string text) =>
        System.Text.RegularExpressions.Regex.Replace(FactStore.Text.TextFolding.FoldTypography(text), @"\s+", " ").Trim();
}
