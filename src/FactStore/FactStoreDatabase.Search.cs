using FactStore.Searching;
using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    /// <summary>The most labels and aliases a name lookup scores, besides its exact matches.</summary>
    private const int NamesScored = 200;

    /// <inheritdoc/>
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => SearchAsync(query, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<Page<SearchHit>> SearchAsync(SearchQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = query.After is string cursor ? SearchCursor.Parse(cursor, nameof(query)) : null;
        var phrases = SearchText.Phrases(query.Text);
        if (phrases.Count == 0 || query.Scope == SearchScope.None)
        {
            return new Page<SearchHit>([], null);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var known = await RecordHorizon.OfAsync(_engine, connection, knownAt, cancellationToken).ConfigureAwait(false);
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, _engine, cancellationToken).ConfigureAwait(false);
        var request = new SearchRequest
        {
            Phrases = phrases,
            Scope = query.Scope,
            Known = known,
            IncludeSuperseded = query.IncludeSuperseded,
            IncludeRetracted = query.IncludeRetracted,
            After = after is null ? null : new SearchPosition { Score = after.Score, Kind = after.Kind, Seq = after.Seq },
            Limit = query.Limit + 1,
            MatchStart = SearchSnippet.MatchStart.ToString(),
            MatchEnd = SearchSnippet.MatchEnd.ToString(),
            Cut = SearchSnippet.Cut.ToString(),
        };
        var rows = await _engine.Search.SearchAsync(connection, request, cancellationToken).ConfigureAwait(false);

        // Each kind came best first, one more than the page: merged, one more than the page says another follows.
        var ranked = rows.OrderByDescending(r => r.Score).ThenBy(r => r.Kind).ThenBy(r => r.Seq).Take(query.Limit + 1).ToList();
        var page = ranked.Take(query.Limit).ToList();
        var next = ranked.Count > query.Limit ? new SearchCursor(page[^1].Score, page[^1].Kind, page[^1].Seq).ToString() : null;
        return new Page<SearchHit>(page.ConvertAll(Hit), next);
    }

    /// <inheritdoc/>
    public Task<NameResolution> ResolveNameAsync(string name, CancellationToken cancellationToken = default) => ResolveNameAsync(name, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<NameResolution> ResolveNameAsync(string name, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var matcher = new NameMatcher(name);
        if (matcher.IsBlank)
        {
            return new NameResolution { Query = name, Candidates = [] };
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var known = await RecordHorizon.OfAsync(_engine, connection, knownAt, cancellationToken).ConfigureAwait(false);
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, _engine, cancellationToken).ConfigureAwait(false);
        var exactIds = new List<string>();
        await using (var command = EntityLookup.Bind(connection.Command(Sql.EntitiesByName), "@", name).With("@known", known))
        await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                exactIds.Add(reader.GetString(0));
            }
        }

        var names = await _engine.Search.NamesLikeAsync(connection, [matcher.Folded, matcher.Spelling], known, NamesScored, cancellationToken).ConfigureAwait(false);
        var ids = exactIds.Concat(names.Select(n => n.EntityId)).Distinct(StringComparer.Ordinal).ToList();
        var entities = await EntityBatch.ReadAsync(connection, ids, known, cancellationToken).ConfigureAwait(false);
        return NameResolver.Resolve(name, matcher, exactIds, names, entities);
    }

    /// <summary>A hit from its row: the snippet to show, and for a quote or a source text the match's place in the source's text.</summary>
    private static SearchHit Hit(SearchRow row)
    {
        var (snippet, start, end) = SearchSnippet.Read(row.Snippet, row.TextStart is null ? null : row.Text);
        return new SearchHit
        {
            Kind = row.Kind,
            RecordId = row.RecordId,
            FactId = row.FactId,
            SourceId = row.SourceId,
            Snippet = snippet,
            Start = start + row.TextStart,
            End = end + row.TextStart,
            Score = row.Score,
        };
    }
}
