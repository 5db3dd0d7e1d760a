using System.Data.Common;
using System.Text;
using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Search;

internal sealed partial class SqliteSearch
{
    /// <summary>
    /// The most trigrams a name lookup asks for: enough for a name of some 30 letters in two spellings; a longer name
    /// is looked up by its beginning (its exact match is found without the index).
    /// </summary>
    private const int MaxTrigrams = 64;

    private const string NamesLike = """
        SELECT n.entity_id, n.alias, n.name, n.spelling FROM names_search n
        WHERE names_search MATCH @match AND n.recorded_at <= @known
        ORDER BY n.rank LIMIT @limit
        """;

    public async Task<IReadOnlyList<NameRow>> NamesLikeAsync(
        DbConnection connection, IReadOnlyList<string> spellings, string known, int limit, CancellationToken cancellationToken)
    {
        var trigrams = spellings.SelectMany(Trigrams).Distinct(StringComparer.Ordinal).Take(MaxTrigrams).ToList();
        if (trigrams.Count == 0)
        {
            return [];
        }

        // Any shared trigram gathers a name; BM25 puts those sharing the most, and the rarest, first.
        await using var command = connection.Command(NamesLike)
            .With("@match", string.Join(" OR ", trigrams.Select(Quoted))).With("@known", known).With("@limit", limit);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        var names = new List<NameRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(new NameRow { EntityId = row.String("entity_id"), Alias = row.String("alias"), Name = row.String("name"), Spelling = row.String("spelling") });
        }

        return names;
    }

    /// <summary>Every sequence of three characters (code points, as the trigram tokenizer counts them).</summary>
    private static IEnumerable<string> Trigrams(string text)
    {
        var runes = text.EnumerateRunes().Where(r => !Rune.IsControl(r)).Select(r => r.ToString()).ToList();
        for (var i = 0; i + 3 <= runes.Count; i++)
        {
            yield return runes[i] + runes[i + 1] + runes[i + 2];
        }
    }
}
