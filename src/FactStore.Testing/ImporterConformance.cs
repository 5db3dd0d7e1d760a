namespace FactStore.Testing;

/// <summary>
/// Checks that an <see cref="IFactImporter"/> keeps the import contract. Run <see cref="VerifyAsync"/> (every check) or
/// the single checks from a test in any test framework; a failed check throws <see cref="ConformanceException"/> with a
/// message saying what the importer did and what the contract asks.
/// </summary>
/// <remarks>
/// Checks that need a store open a new one in a temporary folder, which they delete afterwards. The importer is passed
/// to the store directly, not registered, so its name may be anything. An input is read several times: give one that can
/// be opened again (<see cref="ImportInput.FromFile"/>, <see cref="ImportInput.FromBytes"/>, or
/// <see cref="ImportInput.FromStream"/> whose function opens a new stream each time).
/// </remarks>
public static partial class ImporterConformance
{
    /// <summary>Runs every check: those on <paramref name="sampleInput"/>, and those on the bad and large inputs when given.</summary>
    /// <param name="importer">The importer to check.</param>
    /// <param name="sampleInput">A small valid input that yields some records.</param>
    /// <param name="badInput">An input with a bad line, for <see cref="BadInputNamesItsLineAsync"/>; skipped when <see langword="null"/>.</param>
    /// <param name="largeInput">
    /// Makes an input of about the given number of records, for <see cref="MemoryStaysBoundedAsync"/>; skipped when
    /// <see langword="null"/>.
    /// </param>
    /// <param name="options">How the checks run; <see cref="ConformanceOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the checks.</param>
    /// <returns>A task that completes when every check passed.</returns>
    /// <exception cref="ConformanceException">A check failed.</exception>
    public static async Task VerifyAsync(
        IFactImporter importer,
        ImportInput sampleInput,
        ImportInput? badInput = null,
        Func<int, ImportInput>? largeInput = null,
        ConformanceOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        await RecordsAreValidAsync(importer, sampleInput, options, cancellationToken).ConfigureAwait(false);
        await SameInputSameRecordsAsync(importer, sampleInput, options, cancellationToken).ConfigureAwait(false);
        await ReimportAddsNothingAsync(importer, sampleInput, options, cancellationToken).ConfigureAwait(false);
        await CancellationIsHonouredAsync(importer, sampleInput, options, cancellationToken).ConfigureAwait(false);
        if (badInput is not null)
        {
            await BadInputNamesItsLineAsync(importer, badInput, options, cancellationToken).ConfigureAwait(false);
        }

        if (largeInput is not null)
        {
            await MemoryStaysBoundedAsync(importer, largeInput, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {ImportLimits.Excerpt(e.Message)}";

    private static string Where(int? line) => line is int l ? $"line {l}" : "no line";
}
