using System.Globalization;
using System.Text;
using CsCheck;
using FactStore.Searching;
using FactStore.Text;

namespace FactStore.Tests.Fuzzing;

/// <summary>Name folding (<see cref="TextFolding.FoldName"/>) and the transliteration key (<see cref="NameSpelling.Fold"/>) on any text.</summary>
public class NameFoldingFuzzTests
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzáàâäãåçéèêëíìîïñóòôöõúùûüýčšžřěőűłøæœđğışțąężźćńśабвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґўәғқңөұүһ -'’.";

    private static readonly Gen<string> Names = TextGens.Over(Letters, 24);

    private static readonly Gen<string> Anything = Gen.Frequency((2, Names), (1, TextGens.Arbitrary));

    [Fact]
    public void FoldName_AnyText_IsIdempotent() =>
        Anything.Sample(s => Assert.Equal(TextFolding.FoldName(s), TextFolding.FoldName(TextFolding.FoldName(s))), iter: FuzzScale.Of(3000));

    /// <summary>Found by the property above: the mark between a letter and a space was dropped after trimming.</summary>
    [Fact]
    public void FoldName_MarkAfterASpace_LeavesNoTrailingSpace()
    {
        Assert.Equal("a", TextFolding.FoldName("A \u0308"));
        Assert.Equal("a b", TextFolding.FoldName("a \u0308 b"));
    }

    [Fact]
    public void NameSpellingFold_AnyText_IsIdempotent() =>
        Anything.Sample(s => Assert.Equal(NameSpelling.Fold(s), NameSpelling.Fold(NameSpelling.Fold(s))), iter: FuzzScale.Of(3000));

    /// <summary>Found by the property above: the first pass left an initial glide (i before a vowel) the rules drop.</summary>
    [Fact]
    public void NameSpellingFold_RulesThatMakeAPlaceForAnEarlierRule_RunAgain() =>
        Assert.Equal("ea", NameSpelling.Fold("ïїèå"));

    [Fact]
    public void Folds_AnyText_NeverThrow() =>
        TextGens.Arbitrary.Sample(s =>
        {
            _ = TextFolding.FoldName(s);
            _ = NameSpelling.Fold(s);
            _ = NameSpelling.Compact(s);
            _ = NameSpelling.Words(s);
        }, iter: FuzzScale.Of(3000));

    [Fact]
    public void Folds_CaseVariants_FoldEqual() =>
        Gen.Select(Names.Where(IsLetters), Gen.Bool).Sample((name, upper) =>
        {
            var variant = upper ? name.ToUpperInvariant() : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
            Assert.Equal(TextFolding.FoldName(name), TextFolding.FoldName(variant));
            Assert.Equal(NameSpelling.Fold(name), NameSpelling.Fold(variant));
        }, iter: FuzzScale.Of(3000));

    [Fact]
    public void FoldName_DiacriticVariants_FoldEqual() =>
        Names.Where(IsLetters).Sample(name =>
        {
            Assert.Equal(TextFolding.FoldName(Bare(name)), TextFolding.FoldName(name));
            Assert.Equal(TextFolding.FoldName(name.Normalize(NormalizationForm.FormD)), TextFolding.FoldName(name));
        }, iter: FuzzScale.Of(3000));

    private static bool IsLetters(string s) => s.All(c => Letters.Contains(c, StringComparison.Ordinal));

    /// <summary>The name without its combining marks, as a reader without a keyboard for them types it.</summary>
    private static string Bare(string name) => new(name.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
}
