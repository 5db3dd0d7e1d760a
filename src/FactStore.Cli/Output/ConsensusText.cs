using System.Globalization;

namespace FactStore.Cli.Output;

/// <summary>How the text output of <c>contested</c> and <c>consensus</c> names voices, quotes and sources.</summary>
internal static class ConsensusText
{
    /// <summary>The counting rule of <see cref="Consensus"/>, in one line.</summary>
    public const string Rule =
        "Each voice counts once: a quoted speaker however many outlets quote them, else the source's publisher however many of its articles say it, else the source itself.";

    /// <summary><c>contested: 1 voice supports, 3 refute, 1 undecided</c>.</summary>
    public static string Summary(Consensus consensus) =>
        $"{RecordName(consensus.Verdict)}: {Count(consensus.Supporting.Count, "supports", "support")}, "
        + $"{Count(consensus.Refuting.Count, "refutes", "refute")}, {consensus.Undecided.Count.ToString(CultureInfo.InvariantCulture)} undecided";

    /// <summary>Each voice with its quotes, <c>Arkady Moshes: “…”; “…”</c>: on a line of its own on a terminal, else separated by <c> | </c>.</summary>
    public static string Voices(IReadOnlyList<ConsensusVoice> voices, bool terminal) =>
        string.Join(terminal ? "\n" : " | ", voices.Select(v => v.Name + ": " + string.Join("; ", v.Stances.Select(Quote))));

    /// <summary>A stance's quote in typographic quotes, or a note that it cites its source as a whole.</summary>
    public static string Quote(StanceEvidence stance) =>
        stance.Stance.Citation?.Quote is string quote ? $"“{quote}”" : "(the source as a whole)";

    /// <summary>Where a stance is from: the source's title or publisher, its first locator and the offsets.</summary>
    public static string Where(StanceEvidence stance)
    {
        var source = stance.Source;
        var parts = new List<string>();
        if (source.Title is string title)
        {
            parts.Add(title.StartsWith('“') || title.StartsWith('"') ? title : $"“{title}”");
        }

        if (source.Publisher is string publisher)
        {
            parts.Add(publisher);
        }

        parts.Add(source.Locators.Count > 0 ? source.Locators[0].ToString() : source.Id);
        if (stance.Stance.Citation is { Start: int start, End: int end })
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{start}–{end}"));
        }

        return string.Join(", ", parts);
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " voice " + one : " voices " + many);

    private static string RecordName(ConsensusVerdict verdict) => FactStore.Exporting.RecordJson.Name(verdict);
}
