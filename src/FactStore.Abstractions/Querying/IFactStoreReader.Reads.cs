namespace FactStore;

public partial interface IFactStoreReader
{
    /// <summary>
    /// Finds stances, each with its fact, source and holder: by holder, source, position, fact, or the entity the fact is
    /// about ("what did X say about Y" in one call). A page costs a fixed number of statements, whatever its size.
    /// </summary>
    /// <param name="query">The criteria.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The stances, in the order they were recorded, at most <see cref="StanceQuery.Limit"/>, each with
    /// <see cref="StanceEvidence.Fact"/>; when more match, <see cref="Page{T}.NextCursor"/> asks for them.
    /// </returns>
    /// <exception cref="ArgumentException"><see cref="StanceQuery.After"/> is not a cursor this method returned.</exception>
    Task<Page<StanceEvidence>> FindStancesAsync(StanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>Lists entities with how many facts are about them and how many stances they hold.</summary>
    /// <param name="query">The prefix, the moment and the page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entities, most facts first, then in the order recorded.</returns>
    /// <exception cref="ArgumentException"><see cref="ListQuery.After"/> is not a cursor this method returned.</exception>
    Task<Page<EntitySummary>> ListEntitiesAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Lists the predicates facts use, with how many facts use each.</summary>
    /// <param name="query">The prefix, the moment and the page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The predicates, most facts first, then by folded name.</returns>
    /// <exception cref="ArgumentException"><see cref="ListQuery.After"/> is not a cursor this method returned.</exception>
    Task<Page<PredicateSummary>> ListPredicatesAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Lists sources without their texts, with each text's length and how many facts and stances cite it.</summary>
    /// <param name="query">The title prefix, the moment and the page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sources, in the order they were recorded.</returns>
    /// <exception cref="ArgumentException"><see cref="ListQuery.After"/> is not a cursor this method returned.</exception>
    Task<Page<SourceSummary>> ListSourcesAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the evidence of many facts at once, as <see cref="GetEvidenceAsync(string, CancellationToken)"/>
    /// gives it for one (earlier versions, supersession and retraction included), in a fixed number of statements
    /// whatever the number of facts. Sources come without their texts unless <see cref="EvidenceOptions.IncludeSourceText"/>.
    /// </summary>
    /// <param name="factIds">The fact ids; a repeated id is answered once.</param>
    /// <param name="options">The moment, and whether sources carry their texts; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The evidence, in the order of the ids given; an id of a fact not known then is left out.</returns>
    Task<IReadOnlyList<FactEvidence>> GetEvidenceAsync(IEnumerable<string> factIds, EvidenceOptions? options = null, CancellationToken cancellationToken = default);
}
