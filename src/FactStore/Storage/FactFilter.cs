using System.Data.Common;
using System.Text;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>Turns a <see cref="FactQuery"/> into one parameterized statement built from fixed fragments.</summary>
internal static class FactFilter
{

    public static DbCommand Build(DbConnection connection, FactQuery query)
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

        if (query.Subject is not null)
        {
            where.Add("f.subject_id IN " + ByName("@subject"));
            command.With("@subject", query.Subject).With("@subject_folded", TextFolding.FoldName(query.Subject));
        }

        if (query.Predicate is not null)
        {
            where.Add("f.predicate_folded = @predicate");
            command.With("@predicate", TextFolding.FoldName(query.Predicate));
        }

        if (query.Object is not null)
        {
            where.Add("(f.object_entity_id IN " + ByName("@object") + " OR f.object_folded = @object_folded)");
            command.With("@object", query.Object).With("@object_folded", TextFolding.FoldName(query.Object));
        }

        if (query.ValidAt is DateOnly day)
        {
            where.Add("f.placeable = 1 AND (f.valid_from IS NOT NULL OR f.valid_to IS NOT NULL) AND (f.valid_from_day IS NULL OR f.valid_from_day <= @day) AND (f.valid_to_day IS NULL OR f.valid_to_day >= @day)");
            command.With("@day", StoreTime.Day(day));
        }

        if (query.OnlyContested)
        {
            where.Add($"EXISTS (SELECT 1 FROM stances st WHERE st.fact_id = f.id AND st.position = 'supports' AND {Sql.StanceCurrent})");
            where.Add($"EXISTS (SELECT 1 FROM stances st WHERE st.fact_id = f.id AND st.position = 'refutes' AND {Sql.StanceCurrent})");
        }

        var sql = new StringBuilder(Sql.SelectFact)
            .Append(" WHERE ").AppendJoin(" AND ", where)
            .Append(" ORDER BY f.seq LIMIT @limit");
        command.CommandText = sql.ToString();
        command.With("@limit", query.Limit);
        return command;
    }

    /// <summary>The ids of the entities a name parameter denotes, as known then: by folded alias, or the parameter taken as an id.</summary>
    private static string ByName(string parameter) =>
        $"(SELECT a.entity_id FROM entity_aliases a WHERE a.folded = {parameter}_folded AND a.recorded_at <= @known UNION SELECT {parameter})";
}
