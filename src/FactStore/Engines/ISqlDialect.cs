namespace FactStore.Engines;

/// <summary>The SQL fragments that differ between engines; every other statement is shared.</summary>
/// <remarks>A fragment never holds a value: values are always parameters. Implementations are stateless.</remarks>
public interface ISqlDialect
{
    /// <summary>
    /// A subquery of the strings in a parameter that holds them as a JSON array, so that a read of any number of records
    /// is one statement with one parameter (SQLite: <c>json_each</c>; PostgreSQL: <c>jsonb_array_elements_text</c>).
    /// </summary>
    /// <param name="parameter">The parameter's name, e.g. <c>@ids</c>.</param>
    /// <returns>A parenthesized subquery with one text column named <c>value</c>.</returns>
    string StringSet(string parameter);

    /// <summary>The length of a text column in UTF-16 code units (as <see cref="string.Length"/> counts), 0 when it is null.</summary>
    /// <param name="column">The column, e.g. <c>s.text</c>.</param>
    /// <returns>An integer expression.</returns>
    string Utf16Length(string column);

    /// <summary>
    /// The statement that starts a read-only snapshot on a connection without a transaction object, for a long read
    /// whose commands are made by code that knows no transaction (an export); ended with <c>ROLLBACK</c>.
    /// </summary>
    string BeginSnapshot { get; }
}
