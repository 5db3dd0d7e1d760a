using CsCheck;

namespace FactStore.Tests.Fuzzing;

/// <summary>Generators of hostile and plausible texts.</summary>
internal static class TextGens
{
    /// <summary>Any UTF-16 text, lone surrogates, controls and combining marks included.</summary>
    public static Gen<string> Arbitrary { get; } = Gen.Frequency(
        (2, Gen.String[Gen.Char, 0, 40]),
        (2, Gen.String[Gen.Char["\ud800\udfff\u0301\u0308 \u00A0\t\n-–'’\"“aAzZ0é"], 0, 40]),
        (1, Gen.String));

    /// <summary>Text over <paramref name="alphabet"/>, with some arbitrary characters mixed in.</summary>
    public static Gen<string> Over(string alphabet, int maxLength = 30) => Gen.Frequency(
        (8, Gen.String[Gen.Char[alphabet], 0, maxLength]),
        (1, Gen.String[Gen.Char, 0, maxLength]));
}
