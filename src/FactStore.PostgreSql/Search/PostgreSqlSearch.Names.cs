using System.Data.Common;
using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.PostgreSql.Search;

/// <summary>Labels and aliases, indexed as the writer goes and looked up by pg_trgm similarity.</summary>
internal sealed partial class PostgreSqlSearch
{
    public string InsertNames(int count) => SearchTables.InsertNames(count);

    public async Task<IReadOnlyList<NameRow>> NamesLikeAsync(
        DbConnection connection, IReadOnlyList<string> spellings, string known, int limit, CancellationToken cancellationToken)
    {
        var wanted = spellings.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        // Any shared trigram gathers a name (as SQLite's trigram index does); the most similar come first.
        var match = string.Join(" OR ", wanted.Select((_, i) => $"n.name % @s{i} OR n.spelling % @s{i}"));
        var order = string.Join(", ", wanted.Select((_, i) => $"similarity(n.name, @s{i}), similarity(n.spelling, @s{i})"));
        await using var command = connection.Command(
            $"""
            SELECT set_config('pg_trgm.similarity_threshold', '0.1', false);
            SELECT n.entity_id, n.alias, n.name, n.spelling FROM names_search n
            WHERE n.recorded_at <= @known AND ({match})
            ORDER BY GREATEST({order}) DESC, n.entity_id, n.alias LIMIT @limit
            """)
            .With("@known", known).With("@limit", limit);
        for (var i = 0; i < wanted.Count; i++)
        {
            command.With($"@s{i}", wanted[i]);
        }

        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        var names = new List<NameRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(new NameRow { EntityId = row.String("entity_id"), Alias = row.String("alias"), Name = row.String("name"), Spelling = row.String("spelling") });
        }

        return names;
    }
}
