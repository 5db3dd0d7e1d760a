using System.Text;

namespace FactStore.Plugins.Csv;

/// <summary>
/// Reads RFC 4180 records one at a time: fields split by one delimiter, quoted fields with doubled quotes and line
/// breaks inside them, CRLF, LF or CR line ends, a last line with or without an end.
/// </summary>
internal sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private int _line;

    /// <summary>A reader of records from <paramref name="reader"/>, whose next line is <paramref name="firstLine"/> of the input.</summary>
    public CsvReader(TextReader reader, char delimiter, int firstLine = 1)
    {
        _reader = reader;
        _delimiter = delimiter;
        _line = firstLine;
    }

    /// <summary>The next record and the line it starts on, or <see langword="null"/> at the end of the input.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or text follows a closing quote.</exception>
    public (List<string> Fields, int Line)? Read()
    {
        if (_reader.Peek() < 0)
        {
            return null;
        }

        var start = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            var next = _reader.Read();
            if (quoted)
            {
                if (next < 0)
                {
                    throw new FormatException($"line {start}: a quoted field is not closed before the end of the input");
                }

                if (next == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    CountLine(next);
                    field.Append((char)next);
                }

                continue;
            }

            if (next < 0 || next is '\n' or '\r')
            {
                if (next == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                if (next >= 0)
                {
                    _line++;
                }

                fields.Add(field.ToString());
                return (fields, start);
            }

            if (next == _delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
            }
            else if (afterQuote)
            {
                throw new FormatException($"line {_line}: text after the closing quote of a field (quote a quote by doubling it)");
            }
            else if (next == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                field.Append((char)next);
            }
        }
    }

    private void CountLine(int c)
    {
        if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
        {
            _line++;
        }
    }
}
