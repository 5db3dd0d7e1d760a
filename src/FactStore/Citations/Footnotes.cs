using System.Globalization;
using System.Text;

namespace FactStore.Citations;

/// <summary>
/// Markdown footnotes numbered in the order they are cited (<c>[^1]</c>, <c>[^2]</c>…), each the reference of the
/// cited stance's source; written together at the end.
/// </summary>
internal sealed class Footnotes
{
    private readonly List<string> _notes = [];

    /// <summary>The stance's evidence as Markdown (see <see cref="ReferenceText.Quote"/>), followed by its footnote mark.</summary>
    public string Cite(StanceEvidence stance)
    {
        _notes.Add(ReferenceText.Markdown(Reference.Of(stance.Source)));
        return MarkdownEscape.Text(ReferenceText.Capitalized(ReferenceText.Quote(stance, withHolder: true))) + Mark(_notes.Count);
    }

    /// <summary>The footnotes, one a line; empty when none was cited.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _notes.Count; i++)
        {
            text.Append(Mark(i + 1)).Append(": ").Append(_notes[i]).Append('\n');
        }

        return text.ToString();
    }

    private static string Mark(int number) => "[^" + number.ToString(CultureInfo.InvariantCulture) + "]";
}
