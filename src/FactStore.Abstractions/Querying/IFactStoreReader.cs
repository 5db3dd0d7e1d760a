namespace FactStore;

/// <summary>Reads a fact store. Every method is safe to call concurrently.</summary>
/// <remarks>
/// A reader answers from what the store knows now; <see cref="AsKnownAt"/> gives one that answers every read as the store
/// knew it at an earlier moment, the one way to ask "as known at": records recorded later are absent. Lists come in pages (<see cref="Page{T}"/>), never cut short silently. See <c>docs/queries.md</c>.
/// </remarks>
public partial interface IFactStoreReader
{
    /// <summary>Gets a source by id.</summary>
    /// <param name="id">The source id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The source, or <see langword="null"/> when there is none with that id.</returns>
    Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets an entity by id, with every alias recorded for it.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets a fact by id, whatever its state (superseded and retracted facts too).</summary>
    /// <param name="id">The fact id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The fact, or <see langword="null"/>.</returns>
    Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets a stance by id, whatever its state.</summary>
    /// <param name="id">The stance id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stance, or <see langword="null"/>.</returns>
    Task<Stance?> GetStanceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists every source, in the order they were recorded.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sources.</returns>
    Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds the sources that have a locator: a URL, a DOI, a file name, a Wikidata id. Several sources may share one (a
    /// page known by reference, and the same page once its text was imported).
    /// </summary>
    /// <param name="locator">The locator; a string converts (<c>"https://…"</c>, <c>"doi:…"</c>, <c>"file:a.txt"</c>), normalized as <see cref="ExternalId"/> does.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sources, in the order they were recorded.</returns>
    Task<IReadOnlyList<Source>> FindSourcesAsync(ExternalId locator, CancellationToken cancellationToken = default);

    /// <summary>Finds the entities a name denotes, through labels and aliases (case, diacritics and typography folded).</summary>
    /// <param name="name">A label or alias, e.g. <c>Tokaev</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entities; more than one when the name is ambiguous.</returns>
    Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Finds facts.</summary>
    /// <param name="query">The criteria.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The facts, in the order they were recorded, at most <see cref="FactQuery.Limit"/>; when more match, the page's
    /// <see cref="Page{T}.NextCursor"/> asks for them through <see cref="FactQuery.After"/>.
    /// </returns>
    Task<Page<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the latest version of a fact: the end of its chain of standing corrections, as known at a moment. A
    /// retracted correction does not count; the fact returned may itself be retracted, which
    /// <see cref="GetEvidenceAsync(string, CancellationToken)"/> tells.
    /// </summary>
    /// <param name="id">The id of any version of the fact.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The latest version, or <see langword="null"/> when no fact has that id.</returns>
    Task<Fact?> GetLatestVersionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets a fact with its entities and its current stances, each with source, holder and citation.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The evidence, or <see langword="null"/> when the fact was not known then.</returns>
    Task<FactEvidence?> GetEvidenceAsync(string factId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists what the store recorded, in record-time order: records added, corrected, retracted, redacted, names added.
    /// Asks "what changed between two times" (<see cref="ChangeQuery.Since"/>, <see cref="ChangeQuery.Until"/>) and
    /// "what is the history of this record" (<see cref="ChangeQuery.RecordId"/>).
    /// </summary>
    /// <param name="query">The span of record time, and the record, to list changes for.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The changes, oldest first (ties by record id), one page at a time.</returns>
    Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Searches the text of statements, quotes and source texts, best match first (BM25): words and "phrases" as a user
    /// types them, never query syntax (see <see cref="SearchQuery"/>).
    /// </summary>
    /// <param name="query">The text to find, where, and as known when.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>
    /// The hits, best first, at most <see cref="SearchQuery.Limit"/>; when more match, the page's
    /// <see cref="Page{T}.NextCursor"/> asks for them through <see cref="SearchQuery.After"/>. Empty when the text holds
    /// no word to search.
    /// </returns>
    /// <exception cref="ArgumentException"><see cref="SearchQuery.After"/> is not a cursor this store returned.</exception>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds the entities a name may denote, forgiving what people get wrong: a surname alone, a hyphen or a space,
    /// another transliteration, one typo. It never guesses: an ambiguous name returns its candidates and no match.
    /// <see cref="FindEntitiesAsync(string, CancellationToken)"/> stays exact.
    /// </summary>
    /// <param name="name">A name as a user typed it, e.g. <c>Moshes</c>, <c>Kasym Jomart Tokaev</c>, or an id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The match, if one is clear, and the candidates; no candidate for a blank name.</returns>
    Task<NameResolution> ResolveNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Runs a registered query provider on this reader, so it answers as this reader does.</summary>
    /// <param name="providerName">The provider's <see cref="IFactQueryProvider.Name"/>.</param>
    /// <param name="request">The query's parameters.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The provider's answer.</returns>
    /// <exception cref="ArgumentException">No provider with that name is registered.</exception>
    Task<QueryResult> QueryAsync(string providerName, QueryRequest request, CancellationToken cancellationToken = default);

    /// <summary>The moment this reader answers as known at; <see langword="null"/> for now.</summary>
    DateTimeOffset? KnownAt { get; }

    /// <summary>
    /// A reader that answers every read as the store knew it at <paramref name="moment"/>: records, supersessions and
    /// retractions recorded later are ignored, counts and pages included, so an answer once given never changes. A
    /// redaction takes effect whenever it was recorded: its text is gone from every answer.
    /// </summary>
    /// <param name="moment">The moment; a moment before the first import finds nothing.</param>
    /// <returns>The reader; it opens nothing and stays valid as long as the store is open.</returns>
    IFactStoreReader AsKnownAt(DateTimeOffset moment);
}
