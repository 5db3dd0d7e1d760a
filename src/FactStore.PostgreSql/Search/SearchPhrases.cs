using System.Data.Common;
using FactStore.Searching.Fts5;
using FactStore.Storage;
using NpgsqlTypes;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// A request's phrases as FTS5 reads them: each tokenized, those without a token dropped (FTS5 drops them from the
/// query), repeats kept in the order (each counts in BM25) but matched once. Bound as arrays over the distinct
/// phrases: <c>@queries</c> (each a tsquery of its lexemes joined by <c>&lt;-&gt;</c>) and <c>@lexemes</c> (its lexemes
/// joined by spaces, which no lexeme holds); <c>@order</c> gives each phrase of the query its distinct phrase (from 1).
/// </summary>
internal sealed class SearchPhrases
{
    public SearchPhrases(IEnumerable<string> phrases)
    {
        Terms = phrases.Select(p => (IReadOnlyList<string>)Fts5Tokens.Terms(p)).Where(t => t.Count > 0).ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        Order = [.. Terms.Select(t => string.Join(' ', t.Select(SearchLexeme.Of))).Select(l =>
        {
            if (!numbers.TryGetValue(l, out var number))
            {
                distinct.Add(l);
                numbers[l] = number = distinct.Count;
            }

            return number;
        })];
        Distinct = distinct;
    }

    /// <summary>Each phrase's terms, in the query's order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Terms { get; }

    /// <summary>Each distinct phrase's lexemes, joined by spaces, in order of first appearance.</summary>
    public IReadOnlyList<string> Distinct { get; }

    /// <summary>For each phrase of <see cref="Terms"/>, its number in <see cref="Distinct"/>, from 1.</summary>
    public int[] Order { get; }

    /// <summary>Binds the distinct phrases' queries and lexemes, and the order.</summary>
    public DbCommand Bind(DbCommand command) => command
        .With("@queries", Distinct.Select(Query).ToArray())
        .With("@lexemes", Distinct.ToArray())
        .With("@order", Order);

    /// <summary>A distinct phrase as a tsquery (from 0).</summary>
    public NpgsqlTsQuery Query(int number) => Query(Distinct[number]);

    private static NpgsqlTsQuery Query(string lexemes) => lexemes.Split(' ')
        .Select(l => (NpgsqlTsQuery)new NpgsqlTsQueryLexeme(l))
        .Aggregate((left, right) => new NpgsqlTsQueryFollowedBy(left, 1, right));
}
