using System.Data.Common;
using System.Globalization;
using System.Text;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>Turns a <see cref="FactQuery"/> into one parameterized statement built from fixed fragments.</summary>
internal static class FactFilter
{
    private const string CursorPrefix = "f";
    private const char TimelineCursor = 'v';

    // A probe of the small partial index of deprecated stances first: only a fact that has one pays for the second test,
    // which is 1 when every current stance of the fact is deprecated.
    private const string NotDeprecatedOnly =
        "(NOT EXISTS (SELECT 1 FROM stances d WHERE d.fact_id = f.id AND d.rank = 'deprecated')"
        + " OR (SELECT MIN(CASE WHEN st.rank = 'deprecated' THEN 1 ELSE 0 END) FROM stances st WHERE st.fact_id = f.id AND " + Sql.StanceCurrent + ") IS DISTINCT FROM 1)";

    /// <summary>Builds the query.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="query">The criteria.</param>
    /// <param name="anyDeprecated">
    /// Whether the store holds a deprecated stance at all; when it does not, the rank tests are left out, since a
    /// statement that long costs more to compile than the rows cost to read.
    /// </param>
    /// <param name="known">The record stamp the query is answered as of (<see cref="RecordHorizon"/>).</param>
    public static DbCommand Build(DbConnection connection, FactQuery query, bool anyDeprecated, string known)
    {
        var command = connection.CreateCommand();
        var where = new List<string> { Sql.FactKnown };
        command.With("@known", known);

        where.AddRange(Sql.Standing(query.IncludeSuperseded, query.IncludeRetracted, stance: false));

        if (query.Subject is not null)
        {
            where.Add(EntityLookup.Condition(command, "@subject_", query.Subject, "f.subject_id"));
        }

        if (query.About is not null)
        {
            where.Add(EntityLookup.About(command, query.About));
        }

        if (query.Predicate is not null)
        {
            where.Add("f.predicate_folded = @predicate");
            command.With("@predicate", TextFolding.FoldName(query.Predicate));
        }

        if (query.Object is not null)
        {
            where.Add("(f.object_entity_id IN " + EntityLookup.Subquery("@object_") + " OR f.object_folded = @object_folded)");
            EntityLookup.Bind(command, "@object_", query.Object);
        }

        ValidityFilter.Bind(command, query);
        var validity = ValidityFilter.Condition(query, "f");
        if (validity is not null)
        {
            where.Add(validity);
        }

        if (query.OnlyContested)
        {
            where.Add(Sql.HasCurrentStance("f", "st.position = 'supports'"));
            where.Add(Sql.HasCurrentStance("f", "st.position = 'refutes'"));
        }

        if (query.Ranks != RankFilter.All && anyDeprecated)
        {
            where.Add(NotDeprecatedOnly);
        }

        if (query.Ranks == RankFilter.Best)
        {
            // Wikidata's best rank: a preferred fact, or no standing preferred fact for the same subject and predicate.
            where.Add("(" + Sql.HasCurrentStance("f", "st.rank = 'preferred'")
                + " OR NOT EXISTS (SELECT 1 FROM facts g WHERE g.subject_id = f.subject_id AND g.predicate_folded = f.predicate_folded"
                + " AND g.id <> f.id AND " + Sql.FactStanding("g") + " AND " + Sql.HasCurrentStance("g", "st.rank = 'preferred'")
                + (validity is null ? "" : " AND " + ValidityFilter.Condition(query, "g")) + "))");
        }

        var timeline = query.Order == FactOrder.Validity;
        var key = ValidityFilter.TimelineKey("f");
        if (query.After is string cursor && timeline)
        {
            var after = PageCursor.ReadNumbers(cursor, TimelineCursor, 2, nameof(FactQuery), nameof(query));
            where.Add($"({key} > @after_key OR ({key} = @after_key AND f.seq > @after))");
            command.With("@after_key", after[0]).With("@after", after[1]);
        }
        else if (query.After is string recorded)
        {
            where.Add("f.seq > @after");
            command.With("@after", ReadCursor(recorded, query));
        }

        var sql = new StringBuilder(timeline ? Sql.SelectFactWith(key + " AS timeline_key") : Sql.SelectFact)
            .Append(" WHERE ").AppendJoin(" AND ", where)
            .Append(timeline ? $" ORDER BY {key}, f.seq" : " ORDER BY f.seq").Append(" LIMIT @limit");
        command.CommandText = sql.ToString();

        // One more than asked for: its presence tells the caller that another page follows.
        command.With("@limit", query.Limit + 1);
        return command;
    }

    /// <summary>The cursor after a fact, in the query's order.</summary>
    public static string Cursor(FactQuery query, Row row) => query.Order == FactOrder.Validity
        ? PageCursor.Write(TimelineCursor, row.Long("timeline_key"), row.Long("seq"))
        : CursorPrefix + row.Long("seq").ToString(CultureInfo.InvariantCulture);

    private static long ReadCursor(string cursor, FactQuery query) =>
        cursor.StartsWith(CursorPrefix, StringComparison.Ordinal)
        && long.TryParse(cursor.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : throw new ArgumentException($"'{cursor}' is not a cursor this store returned: pass a page's NextCursor as FactQuery.After.", nameof(query));
}
