using System.Data.Common;
using System.Globalization;
using FactStore.Storage;
using FactStore.Text;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    private const char EntityCursor = 'e', PredicateCursor = 'p', SourceCursor = 'o';

    /// <inheritdoc/>
    public Task<Page<EntitySummary>> ListEntitiesAsync(ListQuery query, CancellationToken cancellationToken = default) => ListEntitiesAsync(query, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Page<EntitySummary>> ListEntitiesAsync(ListQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(knownAt, async reads =>
        {
            var (command, named, after) = ListCommand(reads, query, "a.folded", EntityCursor);
            if (after is not null)
            {
                command.With("@after", PageCursor.Number(after, query.After!, nameof(ListQuery), nameof(query)));
            }

            command.CommandText = Sql.ListEntities(named.Length == 0 ? "" : Sql.EntitiesNamed(named), query.After is not null);
            var rows = await RecordSetReader.ListAsync(
                command, r => (Id: r.String("id"), Seq: r.Long("seq"), Facts: r.Long("fact_count"), Stances: r.Long("stance_count")), cancellationToken)
                .ConfigureAwait(false);
            var page = PageCursor.Page(rows, query.Limit, r => r, r => PageCursor.Write(EntityCursor, r.Facts, r.Seq));
            var entities = await reads.EntitiesAsync(page.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);
            return new Page<EntitySummary>(
                page.Select(r => new EntitySummary { Entity = entities[r.Id], FactCount = (int)r.Facts, StanceCount = (int)r.Stances }).ToList(),
                page.NextCursor);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Page<PredicateSummary>> ListPredicatesAsync(ListQuery query, CancellationToken cancellationToken = default) => ListPredicatesAsync(query, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Page<PredicateSummary>> ListPredicatesAsync(ListQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(knownAt, async reads =>
        {
            var (command, condition, after) = ListCommand(reads, query, "f.predicate_folded", PredicateCursor);
            if (after is not null)
            {
                command.With("@after", after);
            }

            command.CommandText = Sql.ListPredicates(condition, query.After is not null);
            var rows = await RecordSetReader.ListAsync(
                command, r => (Folded: r.String("folded"), Summary: new PredicateSummary { Predicate = r.String("predicate"), FactCount = (int)r.Long("fact_count") }),
                cancellationToken).ConfigureAwait(false);
            return PageCursor.Page(
                rows,
                query.Limit,
                r => r.Summary,
                r => PageCursor.Write(PredicateCursor, r.Summary.FactCount.ToString(CultureInfo.InvariantCulture), r.Folded));
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Page<SourceSummary>> ListSourcesAsync(ListQuery query, CancellationToken cancellationToken = default) => ListSourcesAsync(query, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Page<SourceSummary>> ListSourcesAsync(ListQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(knownAt, async reads =>
        {
            var command = reads.Command("").With("@limit", query.Limit + 1);
            var condition = "";
            if (query.Prefix is string prefix)
            {
                // Titles are not stored folded: they are folded here, from one read of the titles alone.
                var folded = TextFolding.FoldName(prefix);
                var titled = await RecordSetReader.ListAsync(reads.Command(Sql.SourceTitles), r => (Id: r.String("id"), Title: r.String("title")), cancellationToken)
                    .ConfigureAwait(false);
                command.With("@ids", IdSet.Json(titled.Where(t => TextFolding.FoldName(t.Title).StartsWith(folded, StringComparison.Ordinal)).Select(t => t.Id)));
                condition += $" AND s.id IN {reads.Ids}";
            }

            if (query.After is string cursor)
            {
                command.With("@after", PageCursor.ReadNumbers(cursor, SourceCursor, 1, nameof(ListQuery), nameof(query))[0]);
                condition += " AND s.seq > @after";
            }

            command.CommandText = Sql.ListSources(condition, _engine.Dialect.Utf16Length("s.text"));
            var rows = await RecordSetReader.ListAsync(
                command,
                r => (Id: r.String("id"), Seq: r.Long("seq"), Length: r.Long("text_length"), Facts: r.Long("fact_count"), Stances: r.Long("stance_count")),
                cancellationToken).ConfigureAwait(false);
            var page = PageCursor.Page(rows, query.Limit, r => r, r => PageCursor.Write(SourceCursor, r.Seq));
            var sources = await reads.SourcesAsync(page.Select(r => r.Id), includeText: false, cancellationToken).ConfigureAwait(false);
            return new Page<SourceSummary>(
                page.Select(r => new SourceSummary { Source = sources[r.Id], TextLength = (int)r.Length, FactCount = (int)r.Facts, StanceCount = (int)r.Stances }).ToList(),
                page.NextCursor);
        }, cancellationToken);
    }

    /// <summary>
    /// A list ordered by a count: a command with the page size bound (one more than the limit), the prefix condition on
    /// <paramref name="column"/>, and the cursor's count bound as <c>@after_count</c>; the cursor's tie-breaker is returned
    /// for the caller to bind as <c>@after</c>.
    /// </summary>
    private static (DbCommand Command, string Prefix, string? After) ListCommand(RecordSetReader reads, ListQuery query, string column, char cursorKind)
    {
        var command = reads.Command("").With("@limit", query.Limit + 1);
        var prefix = NamePrefix.Condition(command, column, query.Prefix);
        if (query.After is not string cursor)
        {
            return (command, prefix, null);
        }

        var after = PageCursor.Read(cursor, cursorKind, 2, nameof(ListQuery), nameof(query));
        command.With("@after_count", PageCursor.Number(after[0], cursor, nameof(ListQuery), nameof(query)));
        return (command, prefix, after[1]);
    }
}
