using FactStore.Engines;

namespace FactStore.Sqlite;

/// <summary>SQLite's fragments: JSON arrays through <c>json_each</c>, UTF-16 lengths counted from UTF-8 bytes.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    /// <summary>A deferred transaction reads one snapshot from its first read on and takes no write lock.</summary>
    public string BeginSnapshot => "BEGIN";

    public string StringSet(string parameter) => $"(SELECT value FROM json_each({parameter}))";

    /// <summary>
    /// SQLite counts a text's length in code points; a code point beyond the Basic Multilingual Plane is two UTF-16 code
    /// units and the only one whose UTF-8 form starts with a byte F0 to F4. Those bytes are counted by removing them
    /// (<c>replace</c> works on bytes), so the text is never copied out of the database.
    /// </summary>
    public string Utf16Length(string column)
    {
        var withoutLeads = column;
        foreach (var lead in (string[])["F0", "F1", "F2", "F3", "F4"])
        {
            withoutLeads = $"replace({withoutLeads}, CAST(x'{lead}' AS TEXT), '')";
        }

        return $"COALESCE(length({column}) + length(CAST({column} AS BLOB)) - length(CAST({withoutLeads} AS BLOB)), 0)";
    }
}
