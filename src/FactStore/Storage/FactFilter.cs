using System.Data.Common;
using System.Globalization;
using System.Text;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>Turns a <see cref="FactQuery"/> into one parameterized statement built from fixed fragments.</summary>
internal static class FactFilter
{
    private const string CursorPrefix = "f";

    // A probe of the small partial index of deprecated stances first: only a fact that has one pays for the second test,
    // which is 1 when every current stance of the fact is deprecated.
    private const string NotDeprecatedOnly =
        "(NOT EXISTS (SELECT 1 FROM stances d WHERE d.fact_id = f.id AND d.rank = 'deprecated')"
        + " OR (SELECT MIN(st.rank = 'deprecated') FROM stances st WHERE st.fact_id = f.id AND " + Sql.StanceCurrent + ") IS NOT 1)";

    /// <summary>Builds the query.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="query">The criteria.</param>
    /// <param name="anyDeprecated">
    /// Whether the store holds a deprecated stance at all; when it does not, the rank tests are left out, since a
    /// statement that long costs more to compile than the rows cost to read.
    /// </param>
    public static DbCommand Build(DbConnection connection, FactQuery query, bool anyDeprecated)
    {
        var command = connection.CreateCommand();
        var where = new List<string> { Sql.FactKnown };
        command.With("@known", query.KnownAt is DateTimeOffset known ? StoreTime.Write(known) : StoreTime.Now);

        if (!query.IncludeSuperseded)
        {
            where.Add(Sql.FactNotSuperseded);
        }

        if (!query.IncludeRetracted)
        {
            where.Add(Sql.FactNotRetracted);
        }

        if (query.Subject is not null && EntityLookup.IsEntityId(query.Subject))
        {
            where.Add("f.subject_id = @subject");
            command.With("@subject", query.Subject);
        }
        else if (query.Subject is not null)
        {
            where.Add("f.subject_id IN " + EntityLookup.Subquery("@subject_"));
            EntityLookup.Bind(command, "@subject_", query.Subject);
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

        if (query.ValidAt is DateOnly day)
        {
            where.Add(ValidOnDay("f"));
            command.With("@day", StoreTime.Day(day));
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
                + (query.ValidAt is null ? "" : " AND " + ValidOnDay("g")) + "))");
        }

        if (query.After is string cursor)
        {
            where.Add("f.seq > @after");
            command.With("@after", ReadCursor(cursor, query));
        }

        var sql = new StringBuilder(Sql.SelectFact)
            .Append(" WHERE ").AppendJoin(" AND ", where)
            .Append(" ORDER BY f.seq LIMIT @limit");
        command.CommandText = sql.ToString();

        // One more than asked for: its presence tells the caller that another page follows.
        command.With("@limit", query.Limit + 1);
        return command;
    }

    /// <summary>Fact <c>{alias}</c> holds on day <c>@day</c>: its validity is stated, placeable and covers the day.</summary>
    private static string ValidOnDay(string alias) =>
        $"{alias}.placeable = 1 AND ({alias}.valid_from IS NOT NULL OR {alias}.valid_to IS NOT NULL) AND ({alias}.valid_from_day IS NULL OR {alias}.valid_from_day <= @day) AND ({alias}.valid_to_day IS NULL OR {alias}.valid_to_day >= @day)";

    public static string Cursor(long seq) => CursorPrefix + seq.ToString(CultureInfo.InvariantCulture);

    private static long ReadCursor(string cursor, FactQuery query) =>
        cursor.StartsWith(CursorPrefix, StringComparison.Ordinal)
        && long.TryParse(cursor.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : throw new ArgumentException($"'{cursor}' is not a cursor this store returned: pass a page's NextCursor as FactQuery.After.", nameof(query));
}
