using System.Runtime.CompilerServices;

namespace FactStore.Importers.ClaimReview;

/// <summary>
/// <c>claimreview</c>: reads schema.org ClaimReview fact-checks, as JSON-LD (an object, an array, an <c>@graph</c>,
/// Google's fact-check DataFeed) or as HTML pages carrying JSON-LD blocks, into a plain-claim fact, the fact-check
/// article and the claim's appearances as sources by reference, the reviewer and claimant as entities, and their stances.
/// </summary>
/// <remarks>
/// The mapping, and the rule that turns a rating into a position, are in <c>docs/claimreview.md</c> (see also
/// <see cref="ClaimReviewRating"/>). Bad input (malformed JSON, no ClaimReview, a ClaimReview without
/// <c>claimReviewed</c>) is an <see cref="InvalidRecordException"/> naming the input and the line. Stateless, so one
/// instance serves concurrent imports.
/// </remarks>
internal sealed class ClaimReviewImporter : IFactImporter
{
    /// <inheritdoc/>
    public string Name => "claimreview";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reviews = await ClaimReviewInput.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        foreach (var (review, line) in reviews.Reviews)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<StoreRecord> records;
            try
            {
                records = ClaimReviewRecords.Read(reviews, review);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                throw new InvalidRecordException(ImportLimits.Excerpt(e.Message), input.Name, line, innerException: e);
            }

            foreach (var record in records)
            {
                yield return new ImportItem { Record = record, Line = line };
            }
        }
    }
}
