using System.Text;

namespace FactStore.Importers.Articles;

/// <summary>
/// The YAML-style front matter of a Markdown file: <c>---</c> on the first line, <c>key: value</c> lines, then
/// <c>---</c> (or <c>...</c>). Only what articles use is read: a scalar (quoted or not), a flow list
/// (<c>[a, b]</c>) or a block list (<c>- a</c> lines under the key); anything else is ignored.
/// </summary>
internal sealed class MarkdownFrontMatter
{
    private readonly Dictionary<string, (List<string> Values, int Line)> _values = new(StringComparer.OrdinalIgnoreCase);

    private MarkdownFrontMatter()
    {
    }

    /// <summary>How many characters of the text the front matter takes, its closing line included.</summary>
    public int Length { get; private set; }

    /// <summary>The front matter of a text, or <see langword="null"/> when it has none (no closing line: none).</summary>
    public static MarkdownFrontMatter? Read(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r', ' ') != "---")
        {
            return null;
        }

        var matter = new MarkdownFrontMatter();
        var length = lines[0].Length + 1;
        string? listKey = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            length += lines[i].Length + 1;
            if (line.TrimEnd() is "---" or "...")
            {
                matter.Length = Math.Min(length, text.Length);
                return matter;
            }

            if (listKey is not null && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                matter.Add(listKey, line.TrimStart()[2..], i + 1);
                continue;
            }

            listKey = null;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.Length == 0)
            {
                listKey = key;
            }
            else if (value.StartsWith('[') && value.EndsWith(']'))
            {
                foreach (var item in value[1..^1].Split(','))
                {
                    matter.Add(key, item, i + 1);
                }
            }
            else
            {
                matter.Add(key, value, i + 1);
            }
        }

        return null;
    }

    /// <summary>The charset a Markdown file declares (<c>charset:</c> or <c>encoding:</c> in its front matter), its bytes read as ASCII.</summary>
    public static DeclaredCharset? FindCharset(ReadOnlySpan<byte> bytes)
    {
        var matter = Read(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 64 * 1024)]));
        foreach (var key in (string[])["charset", "encoding"])
        {
            if (matter?.First(key) is string label)
            {
                return new DeclaredCharset(label, matter._values[key].Line);
            }
        }

        return null;
    }

    /// <summary>The first value of the first of <paramref name="keys"/> the front matter has.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var entry) && entry.Values.Count > 0)
            {
                return entry.Values[0];
            }
        }

        return null;
    }

    /// <summary>Every value of the first of <paramref name="keys"/> the front matter has.</summary>
    public IReadOnlyList<string> All(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var entry) && entry.Values.Count > 0)
            {
                return entry.Values;
            }
        }

        return [];
    }

    private void Add(string key, string value, int line)
    {
        value = value.Trim();
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
        {
            value = value[1..^1].Trim();
        }

        if (value.Length == 0)
        {
            return;
        }

        if (!_values.TryGetValue(key, out var entry))
        {
            _values[key] = entry = ([], line);
        }

        entry.Values.Add(value);
    }
}
