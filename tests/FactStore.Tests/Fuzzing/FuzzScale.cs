namespace FactStore.Tests.Fuzzing;

/// <summary>
/// Iteration counts are kept small so the folder runs in seconds; <c>FACTSTORE_FUZZ_SCALE=50</c> multiplies them for a
/// longer hunt (a failure prints the seed that reproduces it: <c>CsCheck_Seed=…</c>).
/// </summary>
internal static class FuzzScale
{
    private static readonly long Factor =
        long.TryParse(Environment.GetEnvironmentVariable("FACTSTORE_FUZZ_SCALE"), out var factor) && factor > 0 ? factor : 1;

    public static long Of(long iterations) => iterations * Factor;
}
