using Spectre.Console;

namespace FactStore.Cli.Output;

/// <summary>
/// Rows shown as a table on a terminal, and as one tab-separated line per row, without ANSI codes, when standard output is
/// redirected (so scripts can cut columns). Columns marked terminal-hidden (long ids) are left out of the table only.
/// </summary>
internal sealed class TextTable(params TextColumn[] columns)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string?[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"A row needs {columns.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(Array.ConvertAll(cells, c => c ?? ""));
    }

    /// <summary>Writes the rows; on a terminal with a closing line that counts them (e.g. "3 facts").</summary>
    public void Write(CliConsole console, string singular, string plural)
    {
        if (!console.IsTerminal)
        {
            foreach (var row in _rows)
            {
                console.Out.WriteLine(string.Join('\t', row.Select(OneLine)));
            }

            return;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        var shown = Enumerable.Range(0, columns.Length).Where(i => !columns[i].HiddenOnTerminal).ToArray();
        var table = new Table().Border(TableBorder.Rounded).AddColumns(shown.Select(i => columns[i].Header).ToArray());
        foreach (var row in _rows)
        {
            table.AddRow(shown.Select(i => new Spectre.Console.Text(row[i])).ToArray());
        }

        terminal.Write(table);
        terminal.WriteLine($"{_rows.Count} {(_rows.Count == 1 ? singular : plural)}");
    }

    /// <summary>A cell on one line of its own: tabs and line breaks in the text become spaces.</summary>
    private static string OneLine(string cell) =>
        cell.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? cell : string.Join(' ', cell.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
