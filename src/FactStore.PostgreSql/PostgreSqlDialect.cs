using FactStore.Engines;

namespace FactStore.PostgreSql;

/// <summary>PostgreSQL's fragments.</summary>
internal sealed class PostgreSqlDialect : ISqlDialect
{
    public static PostgreSqlDialect Instance { get; } = new();

    /// <summary>REPEATABLE READ: every statement of the transaction sees the snapshot of its first.</summary>
    public string BeginSnapshot => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

    /// <summary>The values carry the "C" collation of the columns they meet, or a recursive union mixing them fails.</summary>
    public string StringSet(string parameter) =>
        $"(SELECT j.value COLLATE \"C\" AS value FROM jsonb_array_elements_text(CAST({parameter} AS jsonb)) AS j(value))";

    /// <summary>PostgreSQL counts code points; each one beyond the Basic Multilingual Plane is two UTF-16 code units.</summary>
    public string Utf16Length(string column) =>
        $"COALESCE(length({column}) + length(regexp_replace({column}, '[^\\U00010000-\\U0010FFFF]', '', 'g')), 0)";
}
