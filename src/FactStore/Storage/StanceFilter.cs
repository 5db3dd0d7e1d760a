using System.Data.Common;
using System.Text;

namespace FactStore.Storage;

/// <summary>Turns a <see cref="StanceQuery"/> into one parameterized statement built from fixed fragments.</summary>
internal static class StanceFilter
{
    private const char CursorKind = 's';

    /// <summary>Builds the query on a command that has <c>@known</c> bound; it reads one row more than the limit.</summary>
    public static DbCommand Build(DbCommand command, StanceQuery query)
    {
        var where = new List<string> { "st.recorded_at <= @known" };
        where.AddRange(Sql.Standing(query.IncludeSuperseded, query.IncludeRetracted, stance: true));

        if (query.Holder is not null)
        {
            where.Add(EntityLookup.Condition(command, "@holder_", query.Holder, "st.holder_id"));
        }

        if (query.About is not null)
        {
            where.Add(EntityLookup.About(command, query.About));
        }

        if (query.Source is string source)
        {
            where.Add(SourceCondition(command, source));
        }

        if (query.Position is StancePosition position)
        {
            where.Add("st.position = @position");
            command.With("@position", RecordColumns.Enum(position));
        }

        if (query.Fact is not null)
        {
            where.Add("st.fact_id = @fact");
            command.With("@fact", query.Fact);
        }

        if (query.After is string cursor)
        {
            where.Add("st.seq > @after");
            command.With("@after", PageCursor.ReadNumbers(cursor, CursorKind, 1, nameof(StanceQuery), nameof(query))[0]);
        }

        command.CommandText = new StringBuilder(Sql.SelectStance)
            .Append(" JOIN facts f ON f.id = st.fact_id WHERE ").AppendJoin(" AND ", where)
            .Append(" ORDER BY st.seq LIMIT @limit").ToString();
        command.With("@limit", query.Limit + 1);
        return command;
    }

    /// <summary>The cursor after the stance of a row.</summary>
    public static string Cursor(Row row) => PageCursor.Write(CursorKind, row.Long("seq"));

    /// <summary>A source id is compared as it is; anything else is a locator (a bare name is a file name).</summary>
    private static string SourceCondition(DbCommand command, string source)
    {
        if (source.StartsWith("src_", StringComparison.Ordinal))
        {
            command.With("@source", source);
            return "st.source_id = @source";
        }

        var locator = ExternalId.Parse(source);
        command.With("@scheme", locator.Scheme).With("@locator", locator.Value);
        return "st.source_id IN " + Sql.SourceIdsByLocator;
    }
}
