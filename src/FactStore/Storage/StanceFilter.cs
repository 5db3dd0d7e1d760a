using System.Data.Common;
using System.Text;

namespace FactStore.Storage;

/// <summary>Turns a <see cref="StanceQuery"/> into one parameterized statement built from fixed fragments.</summary>
internal static class StanceFilter
{
    private const char CursorKind = 's';

    private const char TextCursorKind = 't';

    // A stance that cites no position sorts first: -1 is below every offset.
    private const string Start = "coalesce(st.quote_start, -1)";

    private const string End = "coalesce(st.quote_end, -1)";

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
            where.Add(After(command, query, cursor));
        }

        var order = query.Order == StanceOrder.Text ? $"{Start}, {End}, st.seq" : "st.seq";
        command.CommandText = new StringBuilder(Sql.SelectStance)
            .Append(" JOIN facts f ON f.id = st.fact_id WHERE ").AppendJoin(" AND ", where)
            .Append(" ORDER BY ").Append(order).Append(" LIMIT @limit").ToString();
        command.With("@limit", query.Limit + 1);
        return command;
    }

    /// <summary>The cursor after the stance of a row, in the query's order.</summary>
    public static string Cursor(Row row, StanceOrder order) => order == StanceOrder.Text
        ? PageCursor.Write(TextCursorKind, row.NullableInt("quote_start") ?? -1, row.NullableInt("quote_end") ?? -1, row.Long("seq"))
        : PageCursor.Write(CursorKind, row.Long("seq"));

    private static string After(DbCommand command, StanceQuery query, string cursor)
    {
        if (query.Order != StanceOrder.Text)
        {
            command.With("@after", PageCursor.ReadNumbers(cursor, CursorKind, 1, nameof(StanceQuery), nameof(query))[0]);
            return "st.seq > @after";
        }

        var key = PageCursor.ReadNumbers(cursor, TextCursorKind, 3, nameof(StanceQuery), nameof(query));
        command.With("@after_start", key[0]).With("@after_end", key[1]).With("@after", key[2]);
        return $"({Start} > @after_start OR ({Start} = @after_start AND ({End} > @after_end OR ({End} = @after_end AND st.seq > @after))))";
    }

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
